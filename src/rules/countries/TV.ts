import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tuvalu. Twilio locale summary read 2026-11-23 (its sender table was not in the
// search index). The AWS Oceania table's rows after Palau could not be read,
// so AWS is not cited. Sent's Tuvalu guide (sender facts) read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Tuvalu', url: 'https://twilio.com/en-us/guidelines/tv/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Tuvalu SMS guide', url: 'https://www.sent.dm/resources/tuvalu-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TV: CountryRules = /* @__PURE__ */ region({
  country: 'TV',
  name: 'Tuvalu',
  reviewed: R,
  timeZones: ['Pacific/Funafuti'],
  languages: ['tvl', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
  },
});
