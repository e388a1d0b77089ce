import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cameroon. Vonage country page and Lex Africa read 2026-11-23. Re-audited
// 2026-12-06: AWS Africa table; Twilio sender table (read from a stored copy of
// the page); Bird and Infobip country notes (from a stored copy bundling their pages).
// Re-read 2026-12-06: Twilio's sender table is read in a word-for-word markdown copy in
// a public GitHub compilation that names the page's address (Twilio's row descriptions are
// reproduced verbatim, as on the stored twilio.com pages of other countries; the stored
// twilio.com page for Cameroon itself was not found, so no part of it could be compared).
// The Bird and Infobip entries come from the same compilation but do not name their page's
// address. Vonage's Cameroon page re-read.
// Re-read 2026-12-06 under section 5 of the research policy: the Bird and Infobip sections of
// that compilation name no page, so they are cited as secondary ("read in a compiled copy").
// The Twilio section names its page; no stored twilio.com page for Cameroon exists to compare
// it with, so it stands for the page (kind provider). Values that rested on Bird or Infobip
// were re-decided; offers resting only on them dropped.
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Cameroon (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cm/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = { ...S_AWS_AFRICA, reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Cameroon (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Cameroon (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_VONAGE = { title: 'Vonage (Nexmo) Help: Cameroon SMS Features and Restrictions', url: 'https://help.nexmo.com/hc/en-us/articles/204017303-Cameroon-SMS-Features-and-Restrictions', kind: 'provider', reviewed: R } as const;
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
        note: 'Major-provider pages: Twilio marks dynamic names as not supported by the operators (MTN accepts only registered names) and AWS says registration is required; Vonage (re-read 2026-12-06) says unregistered names work. Two of three decide. The compiled Bird and Infobip copies (secondary) also say registration is needed (Infobip: Orange for all traffic, the others for local traffic).',
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
      ],
      registration: { value: 'required', sources: [S_TW, S_AWS, S_BIRD, S_INFOBIP] },
      programme: 'cm.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 21, maxDays: 21 },
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio: 3 weeks. The compiled Infobip copy (secondary, does not override Twilio) gives within a day for international traffic and up to a week for local traffic.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Twilio: promotional sender IDs cannot be registered.' },
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        sources: [S_INFOBIP, S_BIRD, S_TW],
        note: 'No major-provider page about the operators speaks: Twilio gives no operator value for domestic long codes (only that international numbers fail on MTN), Vonage (re-read 2026-12-06) speaks only of dynamic names, and AWS and Twilio not selling them are offers. The two secondary compiled copies split: Infobip says numeric senders are blocked, Bird lists Cameroonian numbers as a sender.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_INFOBIP, S_BIRD],
        note: 'Twilio (the only major-provider page about the operators that speaks) marks international long codes as not supported by the operators (MTN fails them); Twilio still sends them. The compiled copies (secondary) split: Infobip says numeric senders are blocked, Bird lists international numbers as a sender.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Twilio: preserved where delivered.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS, S_BIRD], note: 'AWS sells Cameroonian short codes, with two-way; Twilio gives no operator value. The compiled Bird copy (secondary) agrees.' },
      offers: [
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS] },
        { provider: 'twilio', offered: false, sources: [S_TW] },
      ],
      twoWay: {
        value: true,
        sources: [S_AWS, S_TW, S_INFOBIP],
        note: 'AWS offers two-way SMS here, through short codes. Twilio offers no two-way SMS (its own product); the compiled Infobip copy (secondary) says the same of Infobip.',
      },
    },
  },
  registrations: [
    {
      id: 'cm.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID before sending; MTN accepts only registered IDs (Twilio, about 3 weeks). The compiled Infobip copy (secondary) adds that Orange needs registration for all traffic and that local and international traffic are registered separately.',
      leadTime: { minDays: 21, maxDays: 21 },
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
    note: 'Vonage names adult and political content; the religious and person-to-person items rest only on the compiled Infobip copy (secondary), which fills them because no better source speaks.',
  },
  dataProtection: {
    value: ['Law No. 2024/017 of 23 December 2024 on personal data protection'],
    sources: [S_LEX],
    note: 'Existing processing had to comply by 23 June 2026.',
  },
});
