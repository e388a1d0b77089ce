import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Caribbean Netherlands (Bonaire, Sint Eustatius, Saba). Sent's Netherlands
// Antilles guide (it says it covers these islands) and the locale summary of
// Twilio's Netherlands Antilles (+599) page read 2026-11-23. No AWS row was reachable.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Netherlands Antilles SMS guide', url: 'https://www.sent.dm/resources/an-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Netherlands Antilles', url: 'https://www.twilio.com/en/guidelines/an/sms', kind: 'provider', reviewed: R } as const;

export const BQ: CountryRules = /* @__PURE__ */ region({
  country: 'BQ',
  name: 'Caribbean Netherlands',
  reviewed: R,
  timeZones: ['America/Kralendijk'],
  languages: ['nl', 'pap', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT, S_TW], note: 'Sent and Twilio (former Netherlands Antilles, +599) offer no two-way SMS.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
  },
});
