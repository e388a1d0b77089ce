import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bhutan. AWS Asia table and Twilio guidelines (sender tables from a stored
// copy of the Twilio page) read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bhutan', url: 'https://www.twilio.com/en-us/guidelines/bt/sms', kind: 'provider', reviewed: R } as const;

export const BT: CountryRules = /* @__PURE__ */ region({
  country: 'BT',
  name: 'Bhutan',
  reviewed: R,
  timeZones: ['Asia/Thimphu'],
  languages: ['dz'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_ASIA], note: 'Delivery to B-Mobile is best-effort.' },
      registration: { value: 'none', sources: [S_TW, S_AWS_ASIA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_ASIA] },
      twoWay: { value: false, sources: [S_TW, S_AWS_ASIA], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW, S_AWS_ASIA] } },
  },
});
