import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ukraine. ClickSend, Sent.dm and a goUrban page quoting Twilio's sender ID
// list read 2026-11-23. The AWS Europe table could not be reached.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ukraine', url: 'https://www.twilio.com/en-us/guidelines/ua/sms', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Ukraine +380', url: 'https://help.clicksend.com/article/ikoyewdltz-ukraine', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Ukraine SMS guide', url: 'https://www.sent.dm/resources/ukraine-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const UA: CountryRules = /* @__PURE__ */ region({
  country: 'UA',
  name: 'Ukraine',
  reviewed: R,
  timeZones: ['Europe/Kyiv'],
  languages: ['uk'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_CS, S_GU],
        note: 'ClickSend and goUrban require registration; the Twilio page lists unregistered IDs as supported and preserved. Not supported is kept.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS, S_TW] },
      registration: { value: 'required', sources: [S_CS, S_GU], note: 'The Twilio page says registration is not required; required is kept.' },
      programme: 'ua.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; ClickSend offers dedicated long codes. Not supported is recorded.' },
      twoWay: {
        value: false,
        sources: [S_SENT, S_TW],
        note: 'ClickSend supports two-way on a dedicated long code; Sent.dm and Twilio say two-way is not offered. One-way is recorded.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Operators reject numeric IDs; Twilio tries delivery with a generic alphanumeric ID instead, and messages to Trimob fail.',
      },
      senderIdPreserved: { value: false, sources: [S_CS, S_SENT, S_TW], note: 'Numeric senders are replaced with a generic alphanumeric ID.' },
    },
    'short-code': { supported: { value: false, sources: [S_SENT, S_TW] } },
  },
  registrations: [
    {
      id: 'ua.sender-id',
      name: 'Sender ID pre-registration with Ukrainian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; operators class it as local or international, and foreign brands, payment, social and OTT names count as international.',
      sources: [S_CS, S_GU],
    },
  ],
  content: {
    value: [
      { id: 'content.ua.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CS] },
      { id: 'content.ua.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
    ],
    sources: [S_CS],
  },
  obligations: [
    { id: 'identification.ua.sender-name', category: 'identification', level: 'required', text: 'Do not use generic sender IDs such as SMS or Info; they are treated as international.', senderTypes: ['alphanumeric'], sources: [S_CS, S_TW] },
  ],
});
