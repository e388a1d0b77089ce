import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Malawi. Read 2026-11-23: SureSMS, goUrban (relaying Twilio), D&C Chambers,
// Tech Hive Advisory. The AWS Africa row for Malawi could not be read and no
// Twilio page for Malawi was found in the index.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Malawi, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Malawi was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Malawi', url: 'https://suresms.com/en/landing-control/malawi/', kind: 'provider', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_DNC = { title: 'D&C Chambers legal alert: Complying with the Malawi Data Protection Act, 2024', url: 'https://dncchambers.com/legal-alerts', kind: 'secondary', reviewed: R } as const;
const S_THA = {
  title: "Tech Hive Advisory: Malawi's Data Protection Act",
  url: 'https://techhiveadvisory.africa/insights/malawis-data-protection-act-aligning-to-the-new-regulatory-framework',
  kind: 'secondary', reviewed: R,
} as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Malawi (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Malawi, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mw/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const MW: CountryRules = /* @__PURE__ */ region({
  country: 'MW',
  name: 'Malawi',
  reviewed: R,
  timeZones: ['Africa/Blantyre'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TWC, S_SURE],
        note: 'Twilio marks dynamic sender names as supported by the operators and kept unchanged; SureSMS also allows names. goUrban (secondary) lists Malawi as needing a registered name; it does not override a provider page.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SURE], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: {
        value: 'none',
        sources: [S_TWC],
        note: 'Twilio marks pre-registration as not required by the operators. Only goUrban (secondary) says a registered name is needed; it does not override a provider page.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWC],
        note: 'Twilio marks international numbers as not supported by the operators (Airtel does not take dynamic numeric senders); Twilio still sells them, with the number not kept. SureSMS (not a major provider) accepts foreign numeric IDs; it does not override a major-provider page.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  registrations: [
    {
      id: 'mw.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the alphanumeric sender ID before sending. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_GOURBAN],
    },
  ],
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.mw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.mw.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.mw.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: { value: ['Data Protection Act, 2024 (No. 3 of 2024)'], sources: [S_DNC, S_THA] },
  obligations: [
    {
      id: 'identification.mw.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      sources: [S_SURE],
    },
  ],
});
