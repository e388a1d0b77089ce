import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Lebanon. Mapp country guide read 2026-11-23; the AWS Asia row for Lebanon could not be
// read. Sender rows re-read 2026-12-06 against Twilio's guideline page for Lebanon, in a
// word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/lebanon_lb.md). No stored twilio.com page for Lebanon was found, so the copy
// stands for Twilio's page (policy section 5). The Bird and Infobip sections of that
// repository do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Lebanon (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lb/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Lebanon, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lb/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_MAPP = { title: 'Mapp Documentation: Lebanon', url: 'https://docs.mapp.com/docs/lebanon.md', kind: 'provider', reviewed: R } as const;

export const LB: CountryRules = /* @__PURE__ */ region({
  country: 'LB',
  name: 'Lebanon',
  reviewed: R,
  timeZones: ['Asia/Beirut'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_MAPP], note: 'Twilio, the only major-provider page, marks dynamic names as supported by the operators and kept unchanged, and decides. Mapp (another provider) says both operators take only registered names; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_MAPP], note: 'Twilio: the operators require no pre-registration. Mapp says Alfa and Touch require it.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_MAPP] },
      registration: { value: 'none', sources: [S_TW, S_MAPP], note: 'Twilio, the only major-provider page, marks pre-registration as not required by the operators, and decides; Mapp (another provider) says Alfa and Touch require it.' },
      programme: 'lb.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW, S_MAPP], note: 'Twilio marks international long codes as not supported by the operators; Mapp says Alfa and Touch replace numeric senders. Twilio still carries them best effort under a generic name (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_MAPP] },
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_MAPP, S_TW], note: 'Only Mapp (not a major provider) says short codes are not supported, which cannot establish false under the research policy; Twilio gives no operator value and does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'lb.sender-id',
      name: 'Sender ID pre-registration (Alfa, Touch)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with both operators before sending. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_MAPP],
    },
  ],
  optOut: {
    marketingInstructions: { value: 'not-required', sources: [S_MAPP] },
  },
});
