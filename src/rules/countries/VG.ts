import { region } from '../brief';
import { ALPHA_ONE_WAY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// British Virgin Islands. Only Sent's country guide was found (read 2026-11-23).
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: British Virgin Islands SMS guide', url: 'https://www.sent.dm/resources/vg-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const VG: CountryRules = /* @__PURE__ */ region({
  country: 'VG',
  name: 'British Virgin Islands',
  reviewed: R,
  timeZones: ['America/Tortola'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
  },
});
