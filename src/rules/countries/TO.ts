import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tonga. Twilio locale summary read 2026-11-23 (its sender table was not in the
// search index). The AWS Oceania table's rows after Palau could not be read,
// so AWS is not cited. Sender-ID facts from Sent's Tonga guide and SureSMS's Tonga
// rules, read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's Tonga guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/tonga_to.md, which names the page). The stored twilio.com page
// shows only its locale summary, which the copy matches, so the copy stands for the page (policy section 5).
// Its operator rows are all blank; only Twilio's offers are taken from it.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Tonga (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/to/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Tonga, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/to/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Tonga SMS guide', url: 'https://www.sent.dm/resources/tonga-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SURE = {
  title: 'SureSMS: SMS rules for Tonga',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/tonga/',
  kind: 'provider', reviewed: R,
} as const;

export const TO: CountryRules = /* @__PURE__ */ region({
  country: 'TO',
  name: 'Tonga',
  reviewed: R,
  timeZones: ['Pacific/Tongatapu'],
  languages: ['to', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT, S_SURE], note: "Twilio's operator row is blank; Sent's guide (secondary) and SureSMS's page say names are accepted." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row is blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC], note: 'Twilio says only that it offers no two-way SMS here (its offer); no page says what the operators do.' },
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row is blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
