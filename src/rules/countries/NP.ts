import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Nepal. Twilio guidelines read 2026-11-23 (sender tables from a stored copy of
// the Twilio page). The AWS Asia row for Nepal could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Nepal', url: 'https://www.twilio.com/en-us/guidelines/np/sms', kind: 'provider', reviewed: R } as const;

export const NP: CountryRules = /* @__PURE__ */ region({
  country: 'NP',
  name: 'Nepal',
  reviewed: R,
  timeZones: ['Asia/Katmandu'],
  languages: ['ne'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Ncell replaces unregistered IDs with a generic name; delivery is best-effort.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'required', sources: [S_TW] },
      programme: 'np.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Networks do not support numeric senders; Twilio delivers best-effort with a generic name.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'np.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; Ncell overwrites unregistered IDs.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW],
    },
  ],
});
