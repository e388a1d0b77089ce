import { region } from '../brief';
import { ALPHA_ONE_WAY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Turks & Caicos Islands. Only the locale summary of Twilio's guidelines was
// reachable (read 2026-11-23); its sender table, the row in the AWS North America
// table and any other provider page were not found in the stored copies.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06 from Twilio's Turks and Caicos Islands SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/turks_and_caicos_islands_tc.md); its
// locale part matches the stored twilio.com page, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Turks and Caicos Islands, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tc/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Turks and Caicos Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tc/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const TC: CountryRules = /* @__PURE__ */ region({
  country: 'TC',
  name: 'Turks & Caicos Islands',
  reviewed: R,
  timeZones: ['America/Grand_Turk'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, ...VONAGE_NAMES_ACCEPTED.sources], note: 'Twilio marks unregistered names as supported by the operators; the 2024 Vonage page (compiled copy, secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, ...VONAGE_NO_REGISTRATION.sources] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks sender pre-registration as not supported by the operators; unregistered names are used instead.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks domestic long codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. Twilio offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
});
