import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sri Lanka. Re-audited 2026-12-06: Twilio guideline page, Bird Asia guide and
// Infobip coverage page (sender tables read in a compiled copy labelled with the
// page URLs), AWS registration forms. The AWS Asia row for Sri Lanka could not
// be read.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Sri Lanka', url: 'https://www.twilio.com/en-us/guidelines/lk/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: '2026-11-23' } as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Sri Lanka), from "Choose the right sender: availability and restrictions by country"',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Sri Lanka',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;

export const LK: CountryRules = /* @__PURE__ */ region({
  country: 'LK',
  name: 'Sri Lanka',
  reviewed: R,
  timeZones: ['Asia/Colombo'],
  languages: ['si', 'ta'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio marks unregistered names as not supported by the operators, yet delivers them best-effort with the name replaced; Bird and Infobip say Dialog, Etisalat and Hutch require registration.',
      },
      restriction: {
        text: 'Unregistered names are delivered best-effort only and replaced on the way, so recipients do not see your name; register it for reliable delivery.',
        sources: [S_TW, S_BIRD, S_INFOBIP],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
      ],
      registration: { value: 'required', sources: [S_TW, S_BIRD, S_INFOBIP, S_AWS_REG] },
      programme: 'lk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 7, maxDays: 21 },
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio: 3 weeks; Infobip: about one week.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        sources: [S_TW, S_INFOBIP],
        note: 'Mobitel blocks registered IDs carrying anything but OTP and transactional traffic (Twilio); promotional traffic is allowed only as domestic traffic from a local entity, never as international traffic (Infobip).',
      },
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_INFOBIP, S_BIRD],
        note: 'Twilio marks domestic long codes as not supported by the operators; Infobip says domestic traffic may use numeric senders and sells virtual long numbers for two-way traffic to local entities. The two major-provider pages that speak disagree.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'infobip', offered: true, twoWay: true, sources: [S_INFOBIP] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
      ],
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio marks numeric senders as not supported by the operators but delivers foreign numbers best-effort with the number replaced; Infobip delivers international traffic under a name only.',
      },
      restriction: {
        text: 'The foreign number is replaced with another sender and delivery is best-effort only; recipients cannot reply.',
        sources: [S_TW, S_INFOBIP],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
      ],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'bird', offered: false, sources: [S_BIRD] }],
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [S_INFOBIP],
      note: 'Infobip: domestic promotional messages must carry an opt-out (a virtual long number or a link) in the registered template.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.lk.domestic-promotional',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Colombo' },
        text: 'Domestic promotional messages may be sent only between 08:00 and 20:00 (Infobip); international promotional traffic is not allowed at all.',
        sources: [S_INFOBIP],
      },
    ],
    sources: [S_INFOBIP],
  },
  registrations: [
    {
      id: 'lk.sender-id',
      name: 'Sender ID registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with the operators before sending, for domestic and international traffic alike. Domestic (local-entity) status requires all infrastructure in Sri Lanka and MNO approval (Infobip).',
      leadTime: { minDays: 7, maxDays: 21 },
      sources: [S_TW, S_INFOBIP, S_AWS_REG],
    },
  ],
  obligations: [
    {
      id: 'opt-out.lk.domestic-promotional',
      category: 'opt-out',
      level: 'required',
      text: 'Put an opt-out (a reply number or a link) in every domestic promotional message template.',
      useCases: ['marketing', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [S_INFOBIP],
    },
  ],
});
