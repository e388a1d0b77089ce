import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Zimbabwe. Read 2026-11-23: Twilio locale summary (its sender table could not
// be reached), goUrban (relaying Twilio), G. Dzitiro Attorneys. The AWS Africa
// row for Zimbabwe could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Zimbabwe', url: 'https://www.twilio.com/en/guidelines/zw/sms', kind: 'provider', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_GDA = { title: 'G. Dzitiro Attorneys: Data privacy articles (Cyber and Data Protection Act)', url: 'https://gda.vectorground.net/category/data-privacy/feed/', kind: 'secondary', reviewed: R } as const;

export const ZW: CountryRules = /* @__PURE__ */ region({
  country: 'ZW',
  name: 'Zimbabwe',
  reviewed: R,
  timeZones: ['Africa/Harare'],
  languages: ['en', 'sn', 'nd'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_GOURBAN], note: 'Twilio says sender ID and content registration is required.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio recommends alphanumeric IDs on every network but cannot register them here yet.' },
      registration: { value: 'required', sources: [S_TW, S_GOURBAN] },
      programme: 'zw.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: 'unknown', sources: [S_TW], note: 'Telecel Zimbabwe refuses numeric sender IDs; other networks are not described.' },
    },
  },
  registrations: [
    {
      id: 'zw.sender-id',
      name: 'Sender ID and content registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID and the message content before sending; Twilio does not offer this registration yet.',
      sources: [S_TW, S_GOURBAN],
    },
  ],
  content: {
    value: [
      {
        id: 'content.zw.telecel-otp-only',
        topic: 'other',
        restriction: 'restricted',
        text: 'Telecel Zimbabwe accepts only OTT/OTP (one-time passcode) traffic.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  dataProtection: {
    value: ['Cyber and Data Protection Act [Chapter 12:07]', 'Cyber and Data Protection Regulations (SI 155 of 2024)'],
    sources: [S_GDA],
  },
  obligations: [
    {
      id: 'identification.zw.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic alphanumeric sender IDs.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW],
    },
  ],
});
