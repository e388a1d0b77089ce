import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Yemen. Twilio guidelines read 2026-11-23 (sender tables from a stored copy of
// the Twilio page). The AWS Asia row for Yemen could not be read.
// Sender rows re-read 2026-12-06 from Twilio's Yemen guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/yemen_ye.md, which names the page; the same tables as the stored
// copy read 2026-11-23), standing for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Yemen (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ye/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Yemen, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ye/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_TW = { title: 'Twilio SMS Guidelines: Yemen', url: 'https://www.twilio.com/en-us/guidelines/ye/sms', kind: 'provider', reviewed: R } as const;

export const YE: CountryRules = /* @__PURE__ */ region({
  country: 'YE',
  name: 'Yemen',
  reviewed: R,
  timeZones: ['Asia/Aden'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks unregistered names as supported." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Some networks keep the name, others replace it with a generic one.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks pre-registration as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: false, sources: [S_TWC], note: 'Follows from not supported; Twilio also offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks numeric senders as not supported; Twilio still tries them best-effort, and they may be replaced or fail." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks short codes as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
