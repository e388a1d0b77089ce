import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Uzbekistan. D7 Networks, Sent.dm and Twilio guidelines read 2026-11-23. Twilio
// sender table read from a stored copy of the page. No AWS row was reachable.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Uzbekistan', url: 'https://www.twilio.com/en-us/guidelines/uz/sms', kind: 'provider', reviewed: R } as const;
const S_D7 = { title: 'D7 Networks: SMS regulations in Uzbekistan', url: 'https://d7networks.com/sms/uzbekistan/sms-regulations', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Uzbekistan SMS guide', url: 'https://www.sent.dm/resources/uzbekistan-sms-guide', kind: 'secondary', reviewed: R } as const;

export const UZ: CountryRules = /* @__PURE__ */ region({
  country: 'UZ',
  name: 'Uzbekistan',
  reviewed: R,
  timeZones: ['Asia/Tashkent'],
  languages: ['uz'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_D7], note: 'D7: dynamic IDs work only on Uzmobile; Perfectum replaces them and Ucell/Beeline need registration. Sent.dm and Twilio say dynamic IDs work but may be overwritten.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_D7, S_SENT, S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_D7], note: 'D7 says Ucell and Beeline carry only registered sender IDs; Twilio says operators offer no pre-registration. Recorded as working with registration, since a name that is not registered is refused either way.' },
      registration: { value: 'required', sources: [S_D7], note: 'Sent.dm and Twilio say pre-registration is not offered; D7 requires it on Ucell and Beeline.' },
      programme: 'uz.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_SENT, S_TW], note: 'Sent.dm and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not accept it; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  consent: { marketing: { value: 'express', sources: [S_D7, S_SENT] } },
  optOut: { marketingInstructions: { value: 'best-practice', sources: [S_D7] } },
  registrations: [
    {
      id: 'uz.sender-id',
      name: 'Sender ID registration with Ucell and Beeline',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID for Ucell and Beeline; local companies also need message templates approved.',
      sources: [S_D7],
    },
  ],
  content: {
    value: [
      { id: 'content.uz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_D7] },
      { id: 'content.uz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_D7] },
      { id: 'content.uz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_D7] },
    ],
    sources: [S_D7],
  },
});
