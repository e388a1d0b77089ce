import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// St. Pierre & Miquelon (France). Twilio guidelines (locale summary only) and
// Sent's country guide read 2026-11-23. The territory was not seen in the reachable
// part of the AWS North America table.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: St Pierre and Miquelon', url: 'https://static1.twilio.com/guidelines/pm/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: St Pierre and Miquelon SMS guide', url: 'https://www.sent.dm/resources/st-pierre-and-miquelon-sms-guide', kind: 'secondary', reviewed: R } as const;

export const PM: CountryRules = /* @__PURE__ */ region({
  country: 'PM',
  name: 'St. Pierre & Miquelon',
  reviewed: R,
  timeZones: ['America/Miquelon'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: true, sources: [S_SENT] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and Sent offer no two-way SMS here.' } },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
