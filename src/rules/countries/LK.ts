import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sri Lanka. Twilio guidelines (sender tables from a stored copy of the Twilio
// page) and AWS registration forms read 2026-11-23. The AWS Asia row for Sri
// Lanka could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Sri Lanka', url: 'https://www.twilio.com/en-us/guidelines/lk/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

export const LK: CountryRules = /* @__PURE__ */ region({
  country: 'LK',
  name: 'Sri Lanka',
  reviewed: R,
  timeZones: ['Asia/Colombo'],
  languages: ['si', 'ta'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Twilio delivers unregistered IDs best-effort only, and they are not preserved.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'required', sources: [S_TW, S_AWS_REG] },
      programme: 'lk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        sources: [S_TW],
        note: 'Mobitel blocks registered IDs carrying anything but OTP and transactional traffic.',
      },
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
      id: 'lk.sender-id',
      name: 'Sender ID registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with the operators before sending.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW, S_AWS_REG],
    },
  ],
});
