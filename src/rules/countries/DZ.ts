import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Algeria. AWS Africa table, Twilio locale summary, D7 Networks and sent.dm read 2026-11-23.
// The Twilio sender table could not be reached; AWS and D7 see dynamic sender IDs, sent.dm says registration is required.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Algeria', url: 'https://www.twilio.com/en/guidelines/dz/sms', kind: 'provider', reviewed: R } as const;
const S_D7 = { title: 'D7 Networks: SMS Regulations in Algeria', url: 'https://d7networks.com/sms/algeria/sms-regulations', kind: 'provider', reviewed: R } as const;
const S_D7_BLOG = { title: 'D7 Networks blog: The Best Practices and SMS Regulations in Algeria (2025-08-21)', url: 'https://d7networks.com/blog/sms-regulations-algeria', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Algeria SMS Guide', url: 'https://www.sent.dm/resources/dz-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const DZ: CountryRules = /* @__PURE__ */ region({
  country: 'DZ',
  name: 'Algeria',
  reviewed: R,
  timeZones: ['Africa/Algiers'],
  languages: ['ar', 'ber'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SENT, S_AWS_AFRICA, S_D7], note: 'AWS and D7 say dynamic sender IDs work without registration; sent.dm says pre-registration is required. The conservative value is taken.' },
      registration: { value: 'required', sources: [S_SENT] },
      programme: 'dz.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT, S_AWS_AFRICA] },
      registration: { value: 'required', sources: [S_SENT], note: 'AWS and D7 say no registration is needed; sent.dm says it is.' },
      programme: 'dz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_AFRICA, S_D7], note: 'AWS offers no local numbers; D7 says numeric senders are refused or overwritten.' },
      twoWay: { value: false, sources: [S_TW, S_AWS_AFRICA], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_D7], note: 'D7: Ooredoo and Mobilis refuse numeric senders; Djezzy replaces them with a generic name.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_AFRICA, S_D7] } },
  },
  registrations: [
    {
      id: 'dz.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with business registration papers and proof of the brand before sending.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_SENT],
    },
  ],
  consent: {
    marketing: { value: 'express-written', sources: [S_SENT, S_D7_BLOG], note: 'sent.dm asks for recorded written or electronic opt-in; D7 asks for opt-in.' },
    transactional: { value: 'implied-or-express', sources: [S_D7_BLOG], note: 'A prior business relationship or an opt-in is enough (D7).' },
  },
  optOut: {
    keywords: { value: ['STOP'], sources: [S_SENT, S_D7_BLOG] },
    marketingInstructions: { value: 'required', sources: [S_D7_BLOG] },
    wording: { value: 'Offer a free way to unsubscribe (reply, link or toll-free number), in the recipient\'s language.', sources: [S_D7_BLOG, S_SENT] },
  },
  help: { keywords: { value: ['HELP'], sources: [S_SENT, S_D7_BLOG] } },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.dz.marketing',
        level: 'recommended',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Algiers' },
        text: 'Send promotional SMS in daytime only, 08:00 to 21:00 Algerian time (sent.dm); D7 says daytime unless urgent.',
        sources: [S_SENT, S_D7_BLOG],
      },
    ],
    sources: [S_SENT, S_D7_BLOG],
  },
  content: {
    value: [
      { id: 'content.dz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_D7_BLOG, S_SENT] },
      { id: 'content.dz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_D7_BLOG, S_SENT] },
      { id: 'content.dz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_D7_BLOG, S_SENT] },
    ],
    sources: [S_D7_BLOG, S_SENT],
  },
  obligations: [
    {
      id: 'identification.dz.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender names such as INFO or SMS; operators refuse them.',
      senderTypes: ['alphanumeric'],
      sources: [S_D7, S_D7_BLOG],
    },
  ],
});
