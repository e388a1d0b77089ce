import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Montserrat. SureSMS's country rules and Sent's country guide read 2026-11-23.
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
// Sender rows re-read 2026-12-06: Twilio's Montserrat page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/montserrat_uk_ms.md); the
// search of 2026-11-23 found no stored twilio.com page for Montserrat (not re-searched today), so the
// copy stands for the page (policy section 5). Its operator row decides over SureSMS and Sent.
const R = '2026-11-23' as const;
const S_SURE = {
  title: 'SureSMS: SMS rules for Montserrat',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/montserrat/',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Montserrat SMS guide', url: 'https://s.dm/resources/montserrat-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Montserrat (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ms/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Montserrat, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ms/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MS: CountryRules = /* @__PURE__ */ region({
  country: 'MS',
  name: 'Montserrat',
  reviewed: R,
  timeZones: ['America/Montserrat'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE], note: 'Twilio marks unregistered names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: Sent offers no two-way SMS here; Twilio offers none either (its offer).' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_SURE],
        note: 'Twilio marks international numbers as supported by the operators and kept unchanged, and decides. SureSMS (a smaller provider, lower in the hierarchy) marks them supported in its table but its text allows numeric senders only for two-way services.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.ms.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.ms.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.ms.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.ms.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.ms.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
