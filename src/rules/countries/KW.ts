import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kuwait. Twilio guidelines (sender tables from a stored copy of the Twilio
// page) and AWS registration forms read 2026-11-23. The AWS Asia row for Kuwait
// could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kuwait', url: 'https://www.twilio.com/en-us/guidelines/kw/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

export const KW: CountryRules = /* @__PURE__ */ region({
  country: 'KW',
  name: 'Kuwait',
  reviewed: R,
  timeZones: ['Asia/Kuwait'],
  languages: ['ar'],
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
      programme: 'kw.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 28, maxDays: 28 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Viva rejects numeric senders; other networks replace them with a generic name.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'kw.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; promotional IDs must contain "AD". Numbers on the Do-Not-Disturb registry cannot be reached.',
      leadTime: { minDays: 28, maxDays: 28 },
      sources: [S_TW, S_AWS_REG],
    },
  ],
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_TW], note: 'Promotional messages must carry opt-in and opt-out instructions.' },
  },
  content: {
    value: [
      { id: 'content.kw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.kw.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.kw.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
  obligations: [
    {
      id: 'identification.kw.ad-sender',
      category: 'identification',
      level: 'required',
      text: 'Send promotional messages from a registered sender ID containing "AD".',
      useCases: ['marketing'],
      senderTypes: ['alphanumeric'],
      sources: [S_TW],
    },
  ],
});
