import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Eritrea. Twilio locale summary, Sent guide (sender facts only) and SureSMS read 2026-11-23;
// the Twilio sender table was not reached, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Eritrea', url: 'https://www.twilio.com/guidelines/er/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Eritrea SMS Guide', url: 'https://www.sent.dm/resources/eritrea-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Eritrea', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/eritrea/', kind: 'provider', reviewed: R } as const;

export const ER: CountryRules = /* @__PURE__ */ region({
  country: 'ER',
  name: 'Eritrea',
  reviewed: R,
  timeZones: ['Africa/Asmera'],
  languages: ['ti', 'ar', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT, S_SURE] },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so; names are not registered here, only sent as is. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' } },
  },
});
