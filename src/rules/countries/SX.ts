import { region } from '../brief';
import { ALPHA_ONE_WAY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Sint Maarten. Only Sent's Netherlands Antilles guide touches it (read
// 2026-11-23): it says it covers Sint Maarten, but its facts are written for +599
// numbers, while Sint Maarten has used +1 721 since 2011; only its negative
// findings are kept. No AWS row or Twilio page was reachable.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Netherlands Antilles SMS guide', url: 'https://www.sent.dm/resources/an-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const SX: CountryRules = /* @__PURE__ */ region({
  country: 'SX',
  name: 'Sint Maarten',
  reviewed: R,
  timeZones: ['America/Lower_Princes'],
  languages: ['nl', 'en'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS in the former Netherlands Antilles.' },
    },
  },
});
