import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Czechia. ClickSend and Sent.dm read 2026-11-23. The Twilio page and the AWS
// Europe table could not be reached, so they are not cited.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Czech Republic +420', url: 'https://help.clicksend.com/article/6ls63lr8mf-czech-republic-420', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Czech Republic SMS guide', url: 'https://www.sent.dm/resources/cz-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const CZ: CountryRules = /* @__PURE__ */ region({
  country: 'CZ',
  name: 'Czechia',
  reviewed: R,
  timeZones: ['Europe/Prague'],
  languages: ['cs'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_CS, S_SENT], note: 'Unregistered IDs may fail on T-Mobile, which blocks generic senders.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS, S_SENT] },
      registration: { value: 'required', sources: [S_CS, S_SENT] },
      programme: 'cz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 63 }, sources: [S_CS], note: 'ClickSend: 10 business days for local brands, 45 for foreign ones; Sent.dm says about 3 weeks.' },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': { supported: { value: true, sources: [S_CS] }, twoWay: { value: true, sources: [S_CS, S_SENT] } },
  },
  consent: { laws: { value: ['Act No. 480/2004 Coll. on Certain Information Society Services'], sources: [S_CS, S_SENT] } },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_CS], note: 'Commercial messages must give a working address for opting out.' },
  },
  registrations: [
    {
      id: 'cz.sender-id',
      name: 'Sender ID pre-registration with Czech operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID before sending; foreign brands take much longer than local ones.',
      leadTime: { minDays: 14, maxDays: 63 },
      sources: [S_CS],
    },
  ],
  content: {
    value: [
      { id: 'content.cz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CS] },
      { id: 'content.cz.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
    ],
    sources: [S_CS],
  },
  obligations: [
    {
      id: 'identification.cz.commercial-label',
      category: 'identification',
      level: 'required',
      text: 'Mark marketing SMS as commercial communication and do not hide the brand; ClickSend advises starting them with "OS:".',
      useCases: ['marketing', 'mixed'],
      sources: [S_CS],
    },
  ],
});
