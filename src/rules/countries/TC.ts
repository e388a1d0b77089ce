import { region } from '../brief';
import type { CountryRules } from '../types';

// Turks & Caicos Islands. Only the locale summary of Twilio's guidelines was
// reachable (read 2026-11-23); its sender table, the row in the AWS North America
// table and any other provider page were not found in the stored copies.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Turks and Caicos Islands', url: 'https://twilio.com/guidelines/tc/sms', reviewed: R } as const;

export const TC: CountryRules = /* @__PURE__ */ region({
  country: 'TC',
  name: 'Turks & Caicos Islands',
  reviewed: R,
  timeZones: ['America/Grand_Turk'],
  languages: ['en'],
  senders: {
    'local-long-code': { twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' } },
  },
});
