import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ethiopia. Twilio guidelines (with sender table), Twilio registration article and s.dm guide read 2026-11-23.
// Not in the AWS Africa rows that could be reached.
// Re-checked 2026-12-06 against the research policy; no page could be re-read, so sources keep 2026-11-23.
const R = '2026-11-23' as const;
const R1 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ethiopia', url: 'https://www.twilio.com/guidelines/et/sms', kind: 'provider', reviewed: R } as const;
const S_TW_REG = {
  title: 'Twilio Support: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Ethiopia',
  url: 'https://support.twilio.com/hc/en-us/articles/37519128072475-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Ethiopia',
  kind: 'provider', reviewed: R,
} as const;
const S_SDM = { title: 'Sent: Ethiopia SMS Guide', url: 'https://www.s.dm/resources/ethiopia-sms-guide', kind: 'secondary', reviewed: R } as const;

export const ET: CountryRules = /* @__PURE__ */ region({
  country: 'ET',
  name: 'Ethiopia',
  reviewed: R1,
  timeZones: ['Africa/Addis_Ababa'],
  languages: ['am', 'om', 'so', 'ti', 'aa'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator row: the operators do not support unregistered names; the Ethiopian MTN network filters them.' },
      registration: { value: 'unknown', sources: [S_TW, S_SDM], note: 'Moot while unregistered names are not supported; names are pre-registered instead.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW, S_TW_REG] }],
      registration: { value: 'required', sources: [S_TW, S_TW_REG, S_SDM] },
      programme: 'et.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 10, maxDays: 10 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Promotional and local banking traffic are forbidden.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW, S_SDM], note: 'Twilio and s.dm: no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator row: not an operator capability, and MTN refuses numeric senders; Twilio still sends them, with the number not preserved.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'et.sender-id',
      name: 'Sender ID pre-registration with the Ethiopian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with a signed authorisation letter and the company\'s business licence.',
      leadTime: { minDays: 10, maxDays: 10 },
      sources: [S_TW_REG, S_TW],
    },
  ],
  content: {
    value: [
      { id: 'content.et.banking', topic: 'other', restriction: 'prohibited', text: 'No local banking traffic (Twilio).', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
