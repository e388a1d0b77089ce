import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ecuador. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ecuador', url: 'https://www.twilio.com/en-us/guidelines/ec/sms', reviewed: R } as const;
const S_BIRD = { title: 'Bird country SMS notes: Ecuador (stored copy)', reviewed: R } as const;
const S_IB = { title: 'Infobip SMS coverage notes: Ecuador (stored copy)', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const EC: CountryRules = /* @__PURE__ */ region({
  country: 'EC',
  name: 'Ecuador',
  reviewed: R,
  timeZones: ['America/Guayaquil', 'Pacific/Galapagos'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA, S_BIRD], note: 'Only the CNT network accepts dynamic IDs (Twilio).' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_BIRD] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW, S_BIRD] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; the two-way AWS lists runs on short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_BIRD, S_TW], note: 'Twilio delivers but replaces the number (except on CNT); Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA, S_BIRD, S_IB] },
      registration: { value: 'required', sources: [S_IB], note: 'Infobip: message templates must be registered with Claro (see obligations).' },
      twoWay: { value: true, sources: [S_AWS_SOUTH_AMERICA, S_IB], note: 'Infobip: on a dedicated code, usually 1-2 months to set up.' },
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_IB], note: 'Marketing must carry an opt-out option.' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ec.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Guayaquil' },
        text: 'Send promotional SMS only Mon-Fri 09:00-18:00. Infobip adds Saturday 09:00-12:00 only with approval by email.',
        sources: [S_BIRD, S_IB],
      },
    ],
    sources: [S_BIRD, S_IB],
  },
  content: {
    value: [
      { id: 'content.ec.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_IB] },
      { id: 'content.ec.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_IB] },
      { id: 'content.ec.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_IB] },
    ],
    sources: [S_IB],
  },
  obligations: [
    {
      id: 'identification.ec.sender-name',
      category: 'identification',
      level: 'required',
      text: 'Name the sender (brand or company) in every message.',
      sources: [S_BIRD, S_IB],
    },
    {
      id: 'registration.ec.claro-templates',
      category: 'registration',
      level: 'required',
      text: 'Register message templates with Claro; marketing also needs whitelisting and a description of the opt-in and opt-out flow.',
      sources: [S_IB],
    },
    {
      id: 'frequency.ec.one-promotion-a-day',
      category: 'quiet-hours',
      level: 'required',
      text: 'Send a given person at most one promotional message a day.',
      useCases: MKT,
      sources: [S_IB],
    },
  ],
});
