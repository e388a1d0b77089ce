import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Yemen. Twilio guidelines read 2026-11-23 (sender tables from a stored copy of
// the Twilio page). The AWS Asia row for Yemen could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Yemen', url: 'https://www.twilio.com/en-us/guidelines/ye/sms', kind: 'provider', reviewed: R } as const;

export const YE: CountryRules = /* @__PURE__ */ region({
  country: 'YE',
  name: 'Yemen',
  reviewed: R,
  timeZones: ['Asia/Aden'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Some networks keep the name, others replace it with a generic one.' },
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Numeric senders are tried best-effort; they may be replaced or fail.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
});
