import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mozambique. Read 2026-11-23: SureSMS, DataGuidance. The AWS Africa row for
// Mozambique could not be read and no Twilio page for it was found in the index.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Mozambique, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Mozambique was found to compare it with,
// so the copy stands for the page. Its operator row decides `supported`; its "Twilio
// supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Mozambique', url: 'https://suresms.com/en/landing-control/mozambique/', kind: 'provider', reviewed: R } as const;
const S_DG = { title: 'DataGuidance: Mozambique jurisdiction summary', url: 'https://legacy.dataguidance.com/taxonomy/term/1530', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Mozambique (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mz/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Mozambique, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mz/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const MZ: CountryRules = /* @__PURE__ */ region({
  country: 'MZ',
  name: 'Mozambique',
  reviewed: R,
  timeZones: ['Africa/Maputo'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TWC, S_SURE],
        note: 'Twilio marks dynamic sender names as supported by the operators and kept unchanged. SureSMS (not a major provider) says Movitel replaces unregistered names and Vodacom blocks them; it does not override a major-provider page.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SURE] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: {
        value: 'recommended',
        sources: [S_TWC, S_SURE],
        note: 'Twilio: the operators do not require registration (no split between local and international traffic), but Twilio recommends registering a name (about a week). SureSMS (not a major provider) calls registration mandatory; it does not override a major-provider page.',
      },
      programme: 'mz.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWC, S_SURE],
        note: 'Twilio marks international numbers as not supported by the operators (not at all on Movitel) and suggests a registered name instead; Twilio still sells them, with the number not kept. SureSMS says Movitel overwrites numeric IDs.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TWC, S_SURE] },
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  registrations: [
    {
      id: 'mz.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the alphanumeric sender ID before sending; generic IDs such as INFO, SMS or NOTICE are refused. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_SURE],
    },
  ],
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.mz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.mz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.mz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: {
    value: ['Electronic Transactions Law (Law No. 3/2017)'],
    sources: [S_DG],
    note: 'No general data-protection law; this and sector laws carry the data rules.',
  },
});
