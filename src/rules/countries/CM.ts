import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cameroon. Vonage country page and Lex Africa read 2026-11-23. Re-audited
// 2026-12-06: AWS Africa table; Twilio sender table (read from a stored copy of
// the page); Bird and Infobip country notes (from a stored copy bundling their pages).
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Cameroon (stored copy)', url: 'https://www.twilio.com/en-us/guidelines/cm/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = { ...S_AWS_AFRICA, reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Cameroon (stored copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Cameroon (stored copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
} as const;
const S_VONAGE = { title: 'Vonage (Nexmo) Help: Cameroon SMS Features and Restrictions', url: 'https://help.nexmo.com/hc/en-us/articles/204017303-Cameroon-SMS-Features-and-Restrictions', kind: 'provider', reviewed: R0 } as const;
const S_LEX = { title: 'Lex Africa: Cameroon data protection law compliance', url: 'https://lexafrica.com/2025/10/cameroon-data-protection-law-compliance/', kind: 'secondary', reviewed: R0 } as const;

export const CM: CountryRules = /* @__PURE__ */ region({
  country: 'CM',
  name: 'Cameroon',
  reviewed: R,
  timeZones: ['Africa/Douala'],
  languages: ['fr', 'en'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_AWS, S_BIRD, S_INFOBIP, S_VONAGE],
        note: 'Twilio marks dynamic names as not supported by the operators (MTN accepts only registered names); AWS and Bird say registration is required; Infobip says Orange needs registration for all traffic and the others for local traffic. Vonage (read 2026-11-23) says unregistered names work.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_AWS, S_INFOBIP, S_BIRD] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      registration: { value: 'required', sources: [S_TW, S_AWS, S_BIRD, S_INFOBIP] },
      programme: 'cm.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 1, maxDays: 21 },
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio: 3 weeks. Infobip: within a day for international traffic, up to a week for local traffic.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Twilio: promotional sender IDs cannot be registered.' },
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        sources: [S_INFOBIP, S_BIRD, S_TW],
        note: 'Infobip says numeric senders are blocked; Bird lists Cameroonian numbers as a sender. Twilio gives no operator value for domestic long codes. The former false rested on AWS and Twilio not selling them.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_INFOBIP, S_BIRD],
        note: 'Twilio marks international long codes as not supported by the operators (MTN fails them) and Infobip says numeric senders are blocked. Bird lists international numbers as a sender; Twilio still sends them.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Twilio: preserved where delivered.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS, S_BIRD] },
      offers: [
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
        { provider: 'twilio', offered: false, sources: [S_TW] },
      ],
      twoWay: {
        value: true,
        sources: [S_AWS, S_TW, S_INFOBIP],
        note: 'AWS offers two-way SMS here, through short codes. Twilio and Infobip offer no two-way SMS, which concerns their own products.',
      },
    },
  },
  registrations: [
    {
      id: 'cm.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID before sending; MTN accepts only registered IDs and Orange needs registration for all traffic. Local and international traffic are registered separately.',
      leadTime: { minDays: 1, maxDays: 21 },
      sources: [S_AWS, S_TW, S_INFOBIP],
    },
  ],
  content: {
    value: [
      { id: 'content.cm.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_VONAGE, S_INFOBIP] },
      { id: 'content.cm.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_VONAGE, S_INFOBIP] },
      { id: 'content.cm.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_INFOBIP] },
      { id: 'content.cm.p2p', topic: 'other', restriction: 'prohibited', text: 'Person-to-person traffic over A2P routes is blocked.', sources: [S_INFOBIP] },
    ],
    sources: [S_VONAGE, S_INFOBIP],
  },
  dataProtection: {
    value: ['Law No. 2024/017 of 23 December 2024 on personal data protection'],
    sources: [S_LEX],
    note: 'Existing processing had to comply by 23 June 2026.',
  },
});
