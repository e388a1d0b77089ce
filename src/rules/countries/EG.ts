import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Egypt. AWS Africa table and Egypt registration page, Twilio guidelines and the s.dm guide read 2026-11-23.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Egypt', url: 'https://twilio.com/guidelines/eg/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_EG = { title: 'AWS End User Messaging SMS: Egypt sender ID registration', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-egypt.html', kind: 'provider', reviewed: R } as const;
const S_SDM = { title: 'Sent: Egypt SMS Guide', url: 'https://www.s.dm/resources/egypt-sms-guide', kind: 'secondary', reviewed: R } as const;

export const EG: CountryRules = /* @__PURE__ */ region({
  country: 'EG',
  name: 'Egypt',
  reviewed: R,
  timeZones: ['Africa/Cairo'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_AWS_AFRICA, S_TW],
        note: 'AWS requires registration; Twilio (operators accept dynamic IDs) and s.dm (optional for international traffic) disagree. The conservative value is taken.',
      },
      registration: { value: 'required', sources: [S_AWS_AFRICA] },
      programme: 'eg.sender-id',
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_AWS_AFRICA, S_AWS_EG, S_TW] },
      registration: { value: 'required', sources: [S_AWS_AFRICA, S_AWS_EG, S_SDM, S_TW], note: 'Twilio: required for domestic traffic, recommended for international.' },
      programme: 'eg.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SDM, S_TW], note: 'Three weeks for domestic traffic (s.dm, Twilio); Twilio gives one week for international.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_AFRICA, S_TW] },
      twoWay: { value: false, sources: [S_TW, S_SDM, S_AWS_AFRICA], note: 'Twilio and s.dm: no two-way SMS. AWS lists two-way through its short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio: operators do not accept it, though Twilio still sends it.' },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Twilio marks it preserved, but Etisalat replaces the number with a generic name.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_AWS_AFRICA, S_TW], note: 'AWS lists short codes; Twilio says operators do not support them. The conservative value is taken.' },
      twoWay: { value: false, sources: [S_TW, S_AWS_AFRICA], note: 'AWS lists two-way SMS; Twilio says it is not supported. The conservative value is taken.' },
    },
  },
  registrations: [
    {
      id: 'eg.sender-id',
      name: 'Egypt sender ID registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID (3 to 11 characters) with a signed letter of authorisation, and prove the brand link when it is not obvious.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_AWS_EG, S_AWS_AFRICA, S_SDM, S_TW],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.eg.marketing',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        allowed: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], start: '09:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Africa/Cairo' },
        text: 'Send marketing SMS only from 09:00 to 21:00 local time, Sunday to Thursday; never on Friday, Saturday or official holidays.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
});
