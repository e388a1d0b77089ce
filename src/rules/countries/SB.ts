import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Solomon Islands. Twilio guidelines read 2026-11-23. Twilio sender table read
// from a stored copy of the page. The AWS Oceania table's rows after Palau could
// not be read, so AWS is not cited.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Solomon Islands', url: 'https://twilio.com/en-us/guidelines/sb/sms', kind: 'provider', reviewed: R } as const;

export const SB: CountryRules = /* @__PURE__ */ region({
  country: 'SB',
  name: 'Solomon Islands',
  reviewed: R,
  timeZones: ['Pacific/Guadalcanal'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators do not require pre-registration; Twilio does not offer it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_TW] }, senderIdPreserved: { value: true, sources: [S_TW] } },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
});
