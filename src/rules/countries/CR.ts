import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Costa Rica. Read 2026-11-23: AWS North America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Costa Rica', url: 'https://www.twilio.com/en-us/guidelines/cr/sms', reviewed: R } as const;
const S_BIRD = { title: 'Bird country SMS notes: Costa Rica (stored copy)', reviewed: R } as const;
const S_IB = { title: 'Infobip SMS coverage notes: Costa Rica (stored copy)', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const CR: CountryRules = /* @__PURE__ */ region({
  country: 'CR',
  name: 'Costa Rica',
  reviewed: R,
  timeZones: ['America/Costa_Rica'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Bird lists alphanumeric senders as supported. The stricter value is kept.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_AWS_NORTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_BIRD, S_IB], note: 'Twilio lists operator support but does not offer them.' },
      twoWay: {
        value: false,
        sources: [S_TW],
        note: 'AWS, Bird and Infobip (local traffic) offer two-way numbers; Twilio lists no two-way SMS. The stricter value is kept.',
      },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_BIRD] },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Replaced with a local short or long code.' },
    },
    'short-code': { supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_TW, S_BIRD] } },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.cr.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Costa_Rica' },
        text: 'Send promotional SMS only 08:00-20:00 Costa Rica time.',
        sources: [S_IB],
      },
    ],
    sources: [S_IB],
  },
  content: {
    value: [
      { id: 'content.cr.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_BIRD, S_IB] },
      { id: 'content.cr.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_BIRD, S_IB] },
      { id: 'content.cr.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_BIRD, S_IB] },
      { id: 'content.cr.rival-operators', topic: 'other', restriction: 'prohibited', text: 'No promotions for rival mobile operators.', sources: [S_IB] },
      { id: 'content.cr.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'No generic URL shorteners; branded short links only.', sources: [S_BIRD] },
    ],
    sources: [S_BIRD, S_IB],
  },
});
