import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Vanuatu. Sent's Vanuatu SMS guide and Twilio guidelines read 2026-11-23.
// Twilio sender table read from a stored copy of the page. The AWS Oceania
// table's rows after Palau could not be read, so AWS is not cited.
// Sender rows re-read 2026-12-06 from Twilio's Vanuatu guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/vanuatu_vu.md, which names the page; the same tables as the
// stored copy read 2026-11-23), standing for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Vanuatu (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/vu/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Vanuatu, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/vu/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Vanuatu SMS Guide', url: 'https://www.sent.dm/resources/vu-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Vanuatu', url: 'https://www.twilio.com/en-us/guidelines/vu/sms', kind: 'provider', reviewed: R } as const;

export const VU: CountryRules = /* @__PURE__ */ region({
  country: 'VU',
  name: 'Vanuatu',
  reviewed: R,
  timeZones: ['Pacific/Efate'],
  languages: ['bi', 'en', 'fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks unregistered names as supported." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 0, maxDays: 0 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row leaves domestic long codes blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: 'Twilio says only that it offers no two-way SMS here (its offer); Sent (secondary) repeats it. No page says what the operators do.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks foreign numbers as not supported; Twilio still delivers, with the number replaced." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row leaves short codes blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
