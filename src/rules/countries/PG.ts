import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Papua New Guinea. Twilio locale summary (its sender table was not in the
// search index) and Sent's PNG guide read 2026-11-23. The AWS Oceania table's
// rows after Palau could not be read, so AWS is not cited.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Papua New Guinea', url: 'https://www.twilio.com/en/guidelines/pg/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Papua New Guinea SMS Guide', url: 'https://www.sent.dm/resources/papa-new-guinea-sms-guide', kind: 'secondary', reviewed: R } as const;

export const PG: CountryRules = /* @__PURE__ */ region({
  country: 'PG',
  name: 'Papua New Guinea',
  reviewed: R,
  timeZones: ['Pacific/Port_Moresby'],
  languages: ['en', 'tpi', 'ho'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and Sent report no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Only Sent\'s guide checked. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
