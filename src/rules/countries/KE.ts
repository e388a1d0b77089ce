import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kenya. Read 2026-11-23: Twilio support article on Kenyan sender ID
// registration, AWS list of registration forms, Telerivet, Uwazii Mobile, SMS
// Leopard, goUrban (relaying Twilio), CIPIT (Strathmore) and Mondaq. The AWS
// Africa row for Kenya could not be read.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kenya', url: 'https://www.twilio.com/en-us/guidelines/ke/sms', kind: 'provider', reviewed: R } as const;
const S_TW_SUP = {
  title: 'Twilio Support: Documents required to register your Alphanumeric Sender ID in Kenya',
  url: 'https://support.twilio.com/hc/en-us/articles/360039841994-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Kenya',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms (Kenya sender ID registration)', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.md', kind: 'provider', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_LEOPARD = { title: 'SMS Leopard: Understanding sender IDs, registration and best practices', url: 'https://smsleopard.com/blogs/understanding-sender-ids-registration-and-best-practices', kind: 'provider', reviewed: R } as const;
const S_TELERIVET = { title: 'Telerivet blog: Sending SMS in Kenya, sender ID rules and Safaricom approval', url: 'https://www.telerivet.com/blog/kenya-sms-sender-id-compliance-safaricom', kind: 'provider', reviewed: R } as const;
const S_UWAZII = { title: 'Uwazii Mobile: SMS guidelines for transactional and promotional messages', url: 'https://support.uwaziimobile.com/portal/en/kb/articles/sms-guidelines', kind: 'provider', reviewed: R } as const;
const S_CIPIT = {
  title: 'CIPIT (Strathmore): Opt-in or opt-out? Consent requirements for direct marketing in Kenya',
  url: 'https://cipit.strathmore.edu/opt-in-or-opt-out-demystifying-proposed-consent-requirements-for-direct-marketing-in-kenya/',
  kind: 'secondary', reviewed: R,
} as const;
const S_MONDAQ = { title: 'Mondaq: Kenya data privacy comparative guide', url: 'https://www.mondaq.com/privacy/1190020/data-privacy-comparative-guide', kind: 'secondary', reviewed: R } as const;

export const KE: CountryRules = /* @__PURE__ */ region({
  country: 'KE',
  name: 'Kenya',
  reviewed: R,
  timeZones: ['Africa/Nairobi'],
  languages: ['en', 'sw'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_LEOPARD, S_TELERIVET, S_TW],
        note: 'Operators accept only approved sender IDs; Twilio says Safaricom, the largest network, refuses dynamic IDs while smaller networks take them.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_SUP, S_AWS_REG, S_LEOPARD, S_TW] },
      registration: { value: 'required', sources: [S_TELERIVET, S_TW_SUP, S_AWS_REG, S_GOURBAN, S_TW] },
      programme: 'ke.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 28, maxDays: 28 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['marketing'],
        sources: [S_TELERIVET, S_UWAZII],
        note: 'Telerivet: alphanumeric IDs carry transactional traffic only, promotions go out from numeric IDs or short codes. Uwazii describes promotional sender names. The stricter reading is kept.',
      },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_TW] } },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'ke.sender-id',
      name: 'Sender ID registration with each operator',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with each operator through a licensed content service provider, with separate IDs for promotional and transactional traffic. Twilio asks for an authorisation letter (local senders) or a certificate of incorporation (foreign senders).',
      leadTime: { minDays: 28, maxDays: 28 },
      sources: [S_TELERIVET, S_TW_SUP, S_LEOPARD, S_TW],
    },
  ],
  consent: {
    marketing: { value: 'express', sources: [S_CIPIT], note: 'The Data Protection Act requires consent given by a clear affirmative opt-in.' },
    laws: { value: ['Data Protection Act, 2019', 'Data Protection (General) Regulations, 2021'], sources: [S_MONDAQ, S_CIPIT] },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_UWAZII, S_TELERIVET] },
    transactionalInstructions: { value: 'not-required', sources: [S_UWAZII] },
    wording: { value: 'Promotional messages carry the operators\' opt-out route: dial *456*9*5#.', sources: [S_UWAZII] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ke.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Nairobi' },
        text: 'Send promotional SMS only between 08:00 and 18:00 Kenyan time; transactional messages may go at any hour. Telerivet reports Safaricom drops promotions sent after 18:00.',
        sources: [S_UWAZII, S_TELERIVET],
      },
    ],
    sources: [S_UWAZII, S_TELERIVET],
  },
  dataProtection: { value: ['Data Protection Act, 2019'], sources: [S_MONDAQ] },
  obligations: [
    {
      id: 'identification.ke.separate-sender-ids',
      category: 'identification',
      level: 'required',
      text: 'Use separate sender IDs for promotional and transactional traffic.',
      sources: [S_TELERIVET, S_UWAZII],
    },
  ],
});
