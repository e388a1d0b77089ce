import { region } from '../brief';
import { ALPHA_ONE_WAY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// St. Vincent & Grenadines. Only Sent's country guide was found (read 2026-11-23).
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Saint Vincent and the Grenadines SMS guide', url: 'https://sent.dm/resources/vc_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const VC: CountryRules = /* @__PURE__ */ region({
  country: 'VC',
  name: 'St. Vincent & Grenadines',
  reviewed: R,
  timeZones: ['America/St_Vincent'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
  },
});
