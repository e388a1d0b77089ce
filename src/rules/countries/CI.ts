import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Côte d'Ivoire. Twilio guidelines (with sender table), ClickSend country page and s.dm guide read 2026-11-23.
// Not in the AWS Africa rows that could be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ivory Coast', url: 'https://www.twilio.com/guidelines/ci/sms', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Cote d\'Ivoire +225', url: 'https://help.clicksend.com/article/xsuv8czw4w-cote-d-ivoire-225', kind: 'provider', reviewed: R } as const;
const S_SDM = { title: 'Sent: Ivory Coast SMS Guide', url: 'https://www.s.dm/resources/ivory-coast-sms-guide', kind: 'secondary', reviewed: R } as const;

export const CI: CountryRules = /* @__PURE__ */ region({
  country: 'CI',
  name: 'Côte d’Ivoire',
  reviewed: R,
  timeZones: ['Africa/Abidjan'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_CS, S_SDM], note: 'Operators refuse unregistered IDs; Twilio tries them on a best-effort basis only.' },
      registration: { value: 'required', sources: [S_TW, S_CS] },
      programme: 'ci.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_CS] },
      registration: { value: 'required', sources: [S_TW, S_CS] },
      programme: 'ci.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 70 }, sources: [S_TW, S_CS], note: 'Twilio: 3 weeks; ClickSend: 50 business days.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_CS, S_TW], note: 'ClickSend: numeric sender IDs are not allowed. Twilio lists them as an operator capability it does not offer.' },
      twoWay: { value: false, sources: [S_TW, S_CS], note: 'Twilio and ClickSend offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW, S_CS], note: 'Operators do not support them and MTN rejects numeric senders (Twilio sends them anyway).' },
    },
    'short-code': { supported: { value: true, sources: [S_TW], note: 'An operator capability per Twilio, which does not offer it.' } },
  },
  registrations: [
    {
      id: 'ci.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID (up to 11 characters, no spaces) with its traffic type, sample content, service description, monthly volume and a signed NOC.',
      leadTime: { minDays: 21, maxDays: 70 },
      sources: [S_CS, S_TW],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ci.marketing',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '19:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Abidjan' },
        text: 'Send marketing only from 08:00 to 19:00 local time; senders are fined outside it.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
  obligations: [
    {
      id: 'identification.ci.brand-in-text',
      category: 'identification',
      level: 'required',
      text: 'If the sender ID is not your brand name, name the company in the message (an MTN rule).',
      sources: [S_CS],
    },
    {
      id: 'registration.ci.traffic-type',
      category: 'registration',
      level: 'required',
      text: 'Never send transactional traffic on a sender ID registered for marketing; marketing IDs are granted only from 100,000 messages a month.',
      sources: [S_CS],
    },
  ],
});
