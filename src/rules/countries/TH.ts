import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Thailand. Twilio guidelines (sender tables from a stored copy of the Twilio
// page) and AWS registration forms read 2026-11-23. The AWS Asia row for
// Thailand could not be read.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for Thailand', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-thailand.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Thailand', url: 'https://www.twilio.com/en-us/guidelines/th/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

export const TH: CountryRules = /* @__PURE__ */ region({
  country: 'TH',
  name: 'Thailand',
  reviewed: R,
  timeZones: ['Asia/Bangkok'],
  languages: ['th'],
  senders: {
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'required', sources: [S_TW, S_AWS_REG] },
      programme: 'th.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'AIS also blocks SMS from non-Thai numbers unless the subscriber turns this off.' },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'th.sender-id',
      name: 'Sender ID registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; unregistered IDs are blocked since 6 October 2025. Operators may deactivate IDs left unused for a long time.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW, S_AWS_REG],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.th.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Bangkok' },
        text: 'No marketing SMS between 21:00 and 09:00.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  content: {
    value: [
      { id: 'content.th.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'No shortened URLs.', sources: [S_TW] },
      {
        id: 'content.th.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Register every full-length URL with the sender ID first (NBTC rule); links must lead to a verified, non-interactive, lawful page, and banks should send none.',
        sources: [S_TW],
      },
      {
        id: 'content.th.loans',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No money-lending or loan content; registering loan senders needs a Bank of Thailand licence.',
        sources: [S_TW],
      },
      { id: 'content.th.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.th.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.th.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.th.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.th.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.th.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.th.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.th.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
