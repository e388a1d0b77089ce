import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Qatar. Twilio guidelines (summary only; the sender table was not reachable),
// Mapp and AWS registration forms read 2026-11-23. The AWS Asia row for Qatar
// could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Qatar', url: 'https://www.twilio.com/en/guidelines/qa/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Qatar', url: 'https://docs.mapp.com/docs/qatar.md', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

export const QA: CountryRules = /* @__PURE__ */ region({
  country: 'QA',
  name: 'Qatar',
  reviewed: R,
  timeZones: ['Asia/Qatar'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_MAPP] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_MAPP] },
      registration: { value: 'required', sources: [S_MAPP, S_AWS_REG] },
      programme: 'qa.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_MAPP] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_MAPP], note: 'Ooredoo and Vodafone accept no numeric senders.' } },
    'short-code': { supported: { value: false, sources: [S_MAPP] } },
  },
  registrations: [
    {
      id: 'qa.sender-id',
      name: 'Sender ID pre-registration (Ooredoo, Vodafone Qatar)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with the operators before sending.',
      sources: [S_MAPP, S_AWS_REG],
    },
  ],
  optOut: {
    marketingInstructions: { value: 'not-required', sources: [S_MAPP] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.qa.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['sat', 'sun', 'mon', 'tue', 'wed', 'thu'], start: '07:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Asia/Qatar' },
        text: 'No marketing SMS from 21:00 to 07:00, nor on Fridays or public holidays.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
  content: {
    value: [
      { id: 'content.qa.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content; offending accounts are deny-listed.', sources: [S_TW] },
      { id: 'content.qa.political', topic: 'political', restriction: 'prohibited', text: 'No political or governmental content.', sources: [S_TW] },
      { id: 'content.qa.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
