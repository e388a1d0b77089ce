import { region } from '../brief';
import type { CountryRules } from '../types';

// Grenada. Only Sent's country guide was found (read 2026-11-23). Grenada's row in
// the AWS North America table was not reachable in the stored copy, and no Twilio
// page for Grenada was found.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Grenada SMS guide', url: 'https://sent.dm/resources/gd_sms_guidance', reviewed: R } as const;

export const GD: CountryRules = /* @__PURE__ */ region({
  country: 'GD',
  name: 'Grenada',
  reviewed: R,
  timeZones: ['America/Grenada'],
  languages: ['en'],
  senders: {
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
  },
});
