import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// North Macedonia. Messente and Sent.dm read 2026-11-23. Twilio and AWS Europe
// pages could not be reached.
const R = '2026-11-23' as const;
const S_MES = { title: 'Messente: Macedonia SMS regulations', url: 'https://support.messente.com/macedonia-sms-regulations', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Macedonia SMS guide', url: 'https://www.sent.dm/resources/macedonia-sms-guide', kind: 'secondary', reviewed: R } as const;

export const MK: CountryRules = /* @__PURE__ */ region({
  country: 'MK',
  name: 'North Macedonia',
  reviewed: R,
  timeZones: ['Europe/Skopje'],
  languages: ['mk', 'sq'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_MES], note: 'Messente says unregistered IDs are overwritten; Sent.dm says no registration is needed.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_MES] },
      registration: { value: 'required', sources: [S_MES], note: 'Sent.dm says no registration is needed; the stricter Messente rule is kept.' },
      programme: 'mk.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says international providers offer no two-way SMS.' } },
  },
  consent: { marketing: { value: 'express', sources: [S_MES] } },
  optOut: { marketingInstructions: { value: 'required', sources: [S_MES] } },
  registrations: [
    {
      id: 'mk.sender-id',
      name: 'Sender ID pre-registration with Macedonian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with company details and sample content; unregistered IDs are replaced.',
      sources: [S_MES],
    },
  ],
  content: {
    value: [
      { id: 'content.mk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_MES] },
      { id: 'content.mk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_MES] },
      { id: 'content.mk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_MES] },
    ],
    sources: [S_MES],
  },
});
