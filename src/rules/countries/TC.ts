import { region } from '../brief';
import { ALPHA_ONE_WAY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Turks & Caicos Islands. Only the locale summary of Twilio's guidelines was
// reachable (read 2026-11-23); its sender table, the row in the AWS North America
// table and any other provider page were not found in the stored copies.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Turks and Caicos Islands', url: 'https://twilio.com/guidelines/tc/sms', kind: 'provider', reviewed: R } as const;

export const TC: CountryRules = /* @__PURE__ */ region({
  country: 'TC',
  name: 'Turks & Caicos Islands',
  reviewed: R,
  timeZones: ['America/Grand_Turk'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' } },
  },
});
