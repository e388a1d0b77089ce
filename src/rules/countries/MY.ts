import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Malaysia. Twilio guidelines (sender tables from a stored copy of the Twilio
// page) and Mapp read 2026-11-23. The AWS Asia row for Malaysia could not be read.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for Malaysia', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-malaysia.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Malaysia', url: 'https://www.twilio.com/en-us/guidelines/my/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Malaysia', url: 'https://docs.mapp.com/docs/malaysia.md', kind: 'provider', reviewed: R } as const;

export const MY: CountryRules = /* @__PURE__ */ region({
  country: 'MY',
  name: 'Malaysia',
  reviewed: R,
  timeZones: ['Asia/Kuala_Lumpur', 'Asia/Kuching'],
  languages: ['ms'],
  traffic: {
    a2pOnP2pRoutesFiltered: { value: true, sources: [S_TW], note: 'Malaysian long codes may carry only person-to-person traffic.' },
  },
  senders: {
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Twilio accepts a name but operators replace it with a numeric sender.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Operators accept registration only for domestic senders (2 weeks), and even then the name is replaced by a short code.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW] },
      twoWay: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['otp', 'transactional', 'notification', 'reminder', 'alert', 'marketing', 'polling', 'charity', 'political', 'emergency', 'chatbot', 'mixed'],
        sources: [S_TW],
        note: 'Person-to-person traffic only, at most 200 messages a day per number.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Operators do not support foreign numbers; Twilio sends A2P traffic this way but the sender becomes a random approved short code.',
      },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Operators support short codes, but Twilio offers none of its own.' },
      senderIdPreserved: { value: false, sources: [S_MAPP], note: 'Mapp says operators replace every sender type.' },
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.my.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Kuala_Lumpur' },
        text: 'No marketing SMS between 20:00 and 08:00 (Twilio); Mapp allows 08:00 to 23:00, so the stricter window is kept.',
        sources: [S_TW, S_MAPP],
      },
    ],
    sources: [S_TW],
  },
  content: {
    value: [
      {
        id: 'content.my.links-numbers-personal-data',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No URLs, phone numbers or requests for personal data (ID, card or bank account numbers) in the body; such messages are blocked (MCMC rule).',
        sources: [S_TW],
        effectiveFrom: '2024-09-01',
      },
      { id: 'content.my.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.my.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.my.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.my.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No money-lending or loan content.', sources: [S_TW] },
      { id: 'content.my.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.my.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.my.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.my.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.my.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
      {
        id: 'content.my.banking-otp',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['otp'],
        text: 'Banking rules limit SMS OTP for banks; check with the banking regulator first.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  obligations: [
    {
      id: 'identification.my.rm0-and-brand',
      category: 'identification',
      level: 'required',
      text: 'Begin every message with "RM0" (free to receive) and name the brand in the text; otherwise it is cut or blocked.',
      sources: [S_TW, S_MAPP],
    },
  ],
});
