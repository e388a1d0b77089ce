import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Qatar. Twilio guidelines (summary only; the sender table was not reachable),
// Mapp and AWS registration forms read 2026-11-23. The AWS Asia row for Qatar
// could not be read.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Qatar, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address; it matches the part of the stored twilio.com page read on 2026-11-23
// (locale summary, two-way row), so it stands for the page. Its operator row decides
// `supported`; its "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Qatar', url: 'https://www.twilio.com/en/guidelines/qa/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Qatar', url: 'https://docs.mapp.com/docs/qatar.md', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Qatar (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/qa/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Qatar, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/qa/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const QA: CountryRules = /* @__PURE__ */ region({
  country: 'QA',
  name: 'Qatar',
  reviewed: R,
  timeZones: ['Asia/Qatar'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_MAPP], note: 'Twilio marks dynamic names as not supported by the operators; from 11 August 2025 unregistered names are blocked.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_MAPP] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC, S_MAPP, S_AWS_REG], note: 'Twilio: required by the operators, with no split between local and international traffic; names unused for a long time may be deactivated.' },
      programme: 'qa.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_MAPP, S_TWC], note: 'Only Mapp (not a major provider) says the operators refuse domestic numbers, which cannot establish a false; Twilio\'s operator row is blank here, and Twilio does not sell them.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: 'unknown', sources: [S_TW], note: 'Twilio offers no two-way SMS here (an offer); no page about the operators speaks.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC, S_MAPP], note: 'Twilio marks international numbers as not supported by the operators; Mapp: Ooredoo and Vodafone accept no numeric senders.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_MAPP, S_TWC], note: 'Only Mapp (not a major provider) says the operators refuse short codes, which cannot establish a false; Twilio\'s operator row is blank here, and Twilio does not sell them.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
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
