import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Vietnam. Twilio guidelines (sender tables from a stored copy of the Twilio
// page) and AWS registration forms read 2026-11-23. The AWS Asia row for
// Vietnam could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Vietnam', url: 'https://www.twilio.com/en-us/guidelines/vn/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

export const VN: CountryRules = /* @__PURE__ */ region({
  country: 'VN',
  name: 'Vietnam',
  reviewed: R,
  timeZones: ['Asia/Ho_Chi_Minh'],
  languages: ['vi'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'required', sources: [S_TW, S_AWS_REG] },
      programme: 'vn.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 35, maxDays: 35 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Twilio carries no promotional traffic to Vietnam.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Operators do not accept numeric senders; unregistered senders are blocked since 25 August 2025.',
      },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'vn.sender-id',
      name: 'Sender ID and message template registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID and message templates before sending; supply the business registration certificate and proof of the right to the brand. Unregistered IDs are blocked.',
      leadTime: { minDays: 35, maxDays: 35 },
      sources: [S_TW, S_AWS_REG],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.vn.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Ho_Chi_Minh' },
        text: 'No marketing SMS between 20:00 and 08:00.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  content: {
    value: [
      { id: 'content.vn.crypto', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No virtual-currency or money-lending content.', sources: [S_TW] },
      {
        id: 'content.vn.finance-licence',
        topic: 'other',
        restriction: 'restricted',
        text: 'Finance-related content needs a State Bank of Vietnam licence.',
        sources: [S_TW],
      },
      { id: 'content.vn.links', topic: 'other', restriction: 'prohibited', text: 'No URLs, WhatsApp/LINE chat links or phone numbers in the body.', sources: [S_TW] },
      { id: 'content.vn.charity', topic: 'other', restriction: 'prohibited', useCases: ['charity'], text: 'No charity content.', sources: [S_TW] },
      { id: 'content.vn.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.vn.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.vn.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.vn.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.vn.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.vn.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.vn.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.vn.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
  obligations: [
    {
      id: 'identification.vn.brand-in-body',
      category: 'identification',
      level: 'required',
      text: 'Put the brand or app name, matching the sender ID, in the message body (e.g. "[Brand] ...").',
      sources: [S_TW],
      effectiveFrom: '2024-08-12',
    },
  ],
});
