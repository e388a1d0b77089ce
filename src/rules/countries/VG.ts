import { region } from '../brief';
import type { CountryRules } from '../types';

// British Virgin Islands. Only Sent's country guide was found (read 2026-11-23).
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: British Virgin Islands SMS guide', url: 'https://www.sent.dm/resources/vg-sms-guidance', reviewed: R } as const;

export const VG: CountryRules = /* @__PURE__ */ region({
  country: 'VG',
  name: 'British Virgin Islands',
  reviewed: R,
  timeZones: ['America/Tortola'],
  languages: ['en'],
  senders: {
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
  },
});
