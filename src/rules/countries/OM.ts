import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Oman. Twilio guidelines read 2026-11-23 (sender tables from a stored copy of
// the Twilio page). The AWS Asia row for Oman could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Oman', url: 'https://www.twilio.com/en-us/guidelines/om/sms', kind: 'provider', reviewed: R } as const;

export const OM: CountryRules = /* @__PURE__ */ region({
  country: 'OM',
  name: 'Oman',
  reviewed: R,
  timeZones: ['Asia/Muscat'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Twilio tries unregistered IDs best-effort only, and they are overwritten.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'required', sources: [S_TW] },
      programme: 'om.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 18, maxDays: 18 }, sources: [S_TW], note: 'International registration; domestic registration (14 days) is suspended at Twilio.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support numeric senders; Twilio delivers best-effort with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'om.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; unregistered IDs are overwritten and may not be delivered.',
      leadTime: { minDays: 18, maxDays: 18 },
      sources: [S_TW],
    },
  ],
});
