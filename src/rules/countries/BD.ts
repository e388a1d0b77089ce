import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bangladesh. AWS Asia table and Twilio guidelines (sender tables from a stored
// copy of the Twilio page) read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bangladesh', url: 'https://www.twilio.com/en-us/guidelines/bd/sms', kind: 'provider', reviewed: R } as const;

export const BD: CountryRules = /* @__PURE__ */ region({
  country: 'BD',
  name: 'Bangladesh',
  reviewed: R,
  timeZones: ['Asia/Dhaka'],
  languages: ['bn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_AWS_ASIA],
        note: 'GrameenPhone, Robi/Axiata and TeleTalk block unregistered IDs since 8 September 2025; other networks still accept them.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_AWS_ASIA] },
      registration: { value: 'required', sources: [S_TW, S_AWS_ASIA] },
      programme: 'bd.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_ASIA] },
      twoWay: { value: false, sources: [S_TW, S_AWS_ASIA], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support foreign numbers; Twilio delivers on the smaller networks only, replacing the number.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW, S_AWS_ASIA] } },
  },
  registrations: [
    {
      id: 'bd.sender-id',
      name: 'Sender ID registration (GrameenPhone, Robi/Axiata, TeleTalk)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; the three main networks block unregistered IDs.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW, S_AWS_ASIA],
      effectiveFrom: '2025-09-08',
    },
  ],
});
