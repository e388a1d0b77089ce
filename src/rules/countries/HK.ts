import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA } from '../sources';
import type { CountryRules } from '../types';

// Hong Kong. AWS Asia table and Twilio guidelines (sender tables read from a
// stored copy of the Twilio page) read 2026-11-23.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for Hong Kong', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-hong-kong.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Hong Kong', url: 'https://www.twilio.com/en-us/guidelines/hk/sms', kind: 'provider', reviewed: R } as const;

export const HK: CountryRules = /* @__PURE__ */ region({
  country: 'HK',
  name: 'Hong Kong SAR China',
  reviewed: R,
  timeZones: ['Asia/Hong_Kong'],
  languages: ['zh', 'en'],
  senders: {
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_AWS_ASIA],
        note: 'AWS lists sender IDs without registration; Twilio says China Mobile Hong Kong refuses unregistered IDs while other networks accept them.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_AWS_ASIA] },
      registration: { value: 'required', sources: [S_TW], note: 'Needed for China Mobile Hong Kong; Twilio advises it for full coverage.' },
      programme: 'hk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 18, maxDays: 18 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_AWS_ASIA] },
      twoWay: { value: true, sources: [S_TW, S_AWS_ASIA] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Operators do not accept foreign numbers; Twilio delivers except on China Mobile Hong Kong, replacing the number.',
      },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW, S_AWS_ASIA] } },
  },
  registrations: [
    {
      id: 'hk.sender-id',
      name: 'Sender ID registration (China Mobile Hong Kong)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before use; China Mobile Hong Kong blocks unregistered IDs.',
      leadTime: { minDays: 18, maxDays: 18 },
      sources: [S_TW],
    },
    {
      id: 'hk.ofca-ssrs',
      name: 'OFCA SMS Sender Registration Scheme ("#" prefix)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'OFCA advises registering the sender ID with a "#" prefix (e.g. #brand) on its register, then with the provider; registered "#" IDs reach all networks since 21 February 2024.',
      sources: [S_TW],
      effectiveFrom: '2024-02-21',
    },
  ],
  content: {
    value: [
      { id: 'content.hk.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.hk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.hk.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.hk.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No money-lending or loan content.', sources: [S_TW] },
      { id: 'content.hk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.hk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.hk.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.hk.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.hk.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
