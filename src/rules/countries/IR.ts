import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iran. Twilio guidelines read 2026-11-23 (sender tables from a stored copy of
// the Twilio page). Twilio blocks all SMS to Iran since 15 March 2025. The AWS
// Asia row for Iran could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Iran', url: 'https://www.twilio.com/en-us/guidelines/ir/sms', kind: 'provider', reviewed: R } as const;

export const IR: CountryRules = /* @__PURE__ */ region({
  country: 'IR',
  name: 'Iran',
  reviewed: R,
  timeZones: ['Asia/Tehran'],
  languages: ['fa'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TW],
        note: 'Operators accept registered IDs, but Twilio stopped all delivery to Iran on 15 March 2025.',
      },
      registration: { value: 'required', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_TW] } },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
});
