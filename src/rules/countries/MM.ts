import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Myanmar (Burma). Twilio guidelines read 2026-11-23 (sender tables from a
// stored copy of the Twilio page). The AWS Asia row could not be read.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Myanmar', url: 'https://www.twilio.com/en-us/guidelines/mm/sms', kind: 'provider', reviewed: R } as const;

export const MM: CountryRules = /* @__PURE__ */ region({
  country: 'MM',
  name: 'Myanmar (Burma)',
  reviewed: R,
  timeZones: ['Asia/Rangoon'],
  languages: ['my'],
  traffic: {
    a2pOnP2pRoutesFiltered: { value: true, sources: [S_TW], note: 'A2P messages from Myanmar long codes fail; they are for person-to-person traffic.' },
  },
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): MyTel replaces unregistered names; Twilio says names are kept. The stricter answer is kept.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'recommended', sources: [S_TW] },
      programme: 'mm.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 7 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW] },
      twoWay: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['otp', 'transactional', 'notification', 'reminder', 'alert', 'marketing', 'polling', 'charity', 'political', 'emergency', 'chatbot', 'mixed'],
        sources: [S_TW],
        note: 'Person-to-person traffic only.',
      },
    },
    'international-long-code': { supported: { value: false, sources: [S_TW] } },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'mm.sender-id',
      name: 'Optional sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Registration is not required, but Twilio recommends registering the sender ID.',
      leadTime: { minDays: 7, maxDays: 7 },
      sources: [S_TW],
    },
  ],
});
