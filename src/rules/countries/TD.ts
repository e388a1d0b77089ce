import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Chad. AWS Africa table, sent.dm guide and goUrban's Twilio note read 2026-11-23; no Twilio page found.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Chad SMS Guide', url: 'https://www.sent.dm/resources/chad-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio (countries needing a registered sender ID)', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Chad SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/chad_td.md); no
// stored twilio.com page for Chad was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Chad, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/td/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Chad, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/td/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const TD: CountryRules = /* @__PURE__ */ region({
  country: 'TD',
  name: 'Chad',
  reviewed: R,
  timeZones: ['Africa/Ndjamena'],
  languages: ['fr', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_GOURBAN], note: 'Twilio, the only major-provider page about the operators, marks unregistered names as supported by them (generic names are not allowed; the name must stand for the brand, service or product), and decides. goUrban (secondary) lists Chad among countries where Twilio needs a registered name; it does not override.' },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
      registration: { value: 'none', sources: [S_TW4, S_GOURBAN], note: 'Twilio: pre-registration is no longer available in Chad, and names are sent without it. goUrban (secondary) says a registered name is needed.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW4, S_GOURBAN, S_SENT], note: 'Twilio marks sender pre-registration as not supported by the operators and says it is no longer available in Chad; it decides over goUrban and sent.dm (secondary), which describe registered names.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW4, S_SENT], note: 'Twilio says the operators in Chad do not support numeric senders and marks domestic long codes as not supported by them. AWS sells no local numbers here (its offer).' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW4_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. AWS and Twilio offer no two-way SMS here (their offers).' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW4, S_SENT], note: 'Twilio says the operators in Chad do not support numeric senders and marks international long codes as not supported by them.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4, S_SENT], note: 'Twilio marks short codes as not supported by the operators. AWS sells none here (its offer).' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW4_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
    },
  },
  registrations: [
    {
      id: 'td.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID through your provider before sending. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_GOURBAN],
    },
  ],
});
