import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kuwait. Twilio guidelines (sender tables from a stored copy of the Twilio
// page) and AWS registration forms read 2026-11-23. The AWS Asia row for Kuwait
// could not be read.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06 against the word-for-word copy of Twilio's page that names
// it (GitHub nevetsagetro/OKR-warranted, data/raw/kuwait_kw.md); it agrees with what was read
// on 2026-11-23, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kuwait (sender tables read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/kw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Kuwait, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/kw/sms',
  kind: 'provider', reviewed: R4,
} as const;
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
      supported: { value: false, sources: [S_TW], note: 'Twilio marks unregistered names as not supported by the operators; Twilio still accepts them and delivers best effort only, without keeping the name (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_AWS_REG] },
      programme: 'kw.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 28, maxDays: 28 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international long codes as not supported by the operators: Viva rejects numeric senders; other networks replace them with a generic name (Twilio still carries them best effort: its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
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
