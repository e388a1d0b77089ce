import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guatemala. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages). The AWS North America row for
// Guatemala could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guatemala', url: 'https://www.twilio.com/en-us/guidelines/gt/sms', reviewed: R } as const;
const S_BIRD = { title: 'Bird country SMS notes: Guatemala (stored copy)', reviewed: R } as const;
const S_IB = { title: 'Infobip SMS coverage notes: Guatemala (stored copy)', reviewed: R } as const;

export const GT: CountryRules = /* @__PURE__ */ region({
  country: 'GT',
  name: 'Guatemala',
  reviewed: R,
  timeZones: ['America/Guatemala'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_BIRD, S_TW],
        note: 'Twilio lists operator support but IDs are replaced with a local number or short code; Bird offers no alphanumeric senders.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_BIRD],
        note: 'Twilio registers IDs with Claro only (kept as sent there); Bird offers no alphanumeric senders. The stricter value is kept.',
      },
      registration: { value: 'recommended', sources: [S_TW], note: 'Unregistered IDs on Claro are best effort.' },
      programme: 'gt.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; Bird and Infobip (shared numbers) offer local numbers.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; Infobip offers it on local numbers and short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_BIRD, S_TW], note: 'Twilio delivers but replaces the number; Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; Bird and Infobip offer short codes.' },
    },
  },
  registrations: [
    {
      id: 'gt.sender-id',
      name: 'Sender ID pre-registration with Claro Guatemala',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with Claro, the only network that takes registrations; other networks replace IDs.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.gt.all',
        level: 'required',
        useCases: ['otp', 'transactional', 'notification', 'reminder', 'alert', 'customer-care', 'conversational', 'chatbot', 'marketing', 'polling', 'charity', 'political', 'emergency', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Guatemala' },
        text: 'Bird and Infobip allow SMS only 08:00-20:00, for all traffic; Bird also lists 20:00-09:00 as quiet. 09:00-20:00 is kept.',
        sources: [S_BIRD, S_IB],
      },
    ],
    sources: [S_BIRD, S_IB],
  },
  content: {
    value: [
      { id: 'content.gt.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_BIRD, S_IB] },
      { id: 'content.gt.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_BIRD, S_IB] },
      { id: 'content.gt.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_BIRD, S_IB] },
      { id: 'content.gt.rival-operators', topic: 'other', restriction: 'prohibited', text: 'No promotions for rival mobile operators.', sources: [S_IB] },
    ],
    sources: [S_BIRD, S_IB],
  },
});
