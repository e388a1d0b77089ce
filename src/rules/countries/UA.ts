import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ukraine. Re-audited 2026-12-06: Twilio guidelines (sender table read from a
// stored copy of the page), Bird and Infobip country notes (from a stored copy
// bundling their pages), ClickSend, Sent.dm; Law of Ukraine "On Advertising"
// art. 14-3 (read in a reproduction of the text) and press pages quoting the
// consumer-protection service. The AWS Europe table could not be reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ukraine (stored copy)', url: 'https://www.twilio.com/en-us/guidelines/ua/sms', kind: 'provider', reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Ukraine (stored copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Ukraine (stored copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
} as const;
const S_CS = { title: 'ClickSend Help: Ukraine +380', url: 'https://help.clicksend.com/article/ikoyewdltz-ukraine', kind: 'provider', reviewed: '2026-11-23' } as const;
const S_SENT = { title: 'Sent: Ukraine SMS guide', url: 'https://www.sent.dm/resources/ukraine-sms-guide', kind: 'secondary', reviewed: '2026-11-23' } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: '2026-11-23' } as const;
const S_ADV = {
  title: 'Law of Ukraine No. 270/96-VR "On Advertising", art. 14-3 (reproduction of the text)',
  url: 'https://protocol.ua/ua/pro_reklamu_stattya_14_3',
  kind: 'law', reviewed: R,
} as const;
const S_SUD = {
  title: 'Sud.ua: Spam advertising is banned, when calls and messages break the law (State Service on Food Safety and Consumer Protection explains)',
  url: 'https://sud.ua/uk/news/ukraine/352129-spam-reklama-pod-zapretom-kogda-zvonki-i-soobscheniya-stanovyatsya-narusheniem-zakona',
  kind: 'secondary', published: '2026-01-30', reviewed: R,
} as const;
const S_ELM = {
  title: 'Electromotor: fines for spam in Ukraine (art. 14-3 of the Law "On Advertising")',
  url: 'https://electromotor.com.ua/dovedetsia-viklasti-50-tis-grn-iak-v-ykra%d1%97ni-karaut-za-spam',
  kind: 'secondary', reviewed: R,
} as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const UA: CountryRules = /* @__PURE__ */ region({
  country: 'UA',
  name: 'Ukraine',
  reviewed: R,
  timeZones: ['Europe/Kyiv'],
  languages: ['uk'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_INFOBIP, S_CS, S_GU],
        note: 'Twilio marks unregistered names as supported by the operators and preserved; Bird says registration is mandatory on some networks and generic names are refused; Infobip recommends registered names for throughput and reliability; ClickSend requires registration.',
      },
      restriction: {
        text: 'Unregistered names are accepted, but some networks require registration and operators block or filter generic names (SMS, Info); an unregistered name may be replaced or filtered. Register the name for reliable delivery.',
        sources: [S_TW, S_BIRD, S_INFOBIP],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: {
        value: 'unknown',
        sources: [S_TW, S_BIRD],
        note: 'Twilio says unregistered names are preserved; Bird says a name may be changed on some networks.',
      },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP, S_CS] },
      offers: [
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      registration: {
        value: 'recommended',
        sources: [S_TW, S_INFOBIP, S_BIRD, S_CS],
        note: 'Twilio marks pre-registration as not required and Infobip recommends it; Bird says it is mandatory on some networks and ClickSend requires it. Operators may ask for proof of the right to the brand; local names are for Ukrainian residents only (Infobip).',
      },
      programme: 'ua.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 13, maxDays: 23 },
        sources: [S_INFOBIP],
        note: 'Infobip files requests with the operators on the 5th, 15th and 25th of each month; approval takes about 13 days after filing.',
      },
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_BIRD, S_INFOBIP, S_CS],
        note: 'Twilio marks domestic long codes as not supported by the operators (operators accept no numeric senders); Bird lists Ukrainian numbers as a sender (the number may be changed on some networks) and Infobip and ClickSend sell Ukrainian virtual numbers. The hierarchy does not settle it.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
        { provider: 'infobip', offered: true, twoWay: true, sources: [S_INFOBIP] },
      ],
      twoWay: {
        value: true,
        sources: [S_INFOBIP, S_CS],
        note: 'Infobip and ClickSend offer two-way messaging on a Ukrainian virtual number. Twilio and Sent say two-way is not offered, which concerns their own products.',
      },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD],
        note: 'Twilio marks international long codes as not supported by the operators but delivers them best-effort with the number replaced; Bird lists international numbers as a sender whose ID may be changed.',
      },
      restriction: {
        networks: ['Trimob'],
        text: 'Operators do not accept numeric senders: a foreign number is replaced by a generic name on delivery (best effort), and on Trimob the message fails. Replies cannot reach the sender.',
        sources: [S_TW],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      twoWay: { value: false, sources: [S_TW], note: 'The number is replaced on delivery.' },
      senderIdPreserved: { value: false, sources: [S_TW, S_CS, S_SENT], note: 'Numeric senders are replaced with a generic alphanumeric ID.' },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_BIRD, S_SENT],
        note: 'Twilio marks short codes as not supported by the operators (Sent agrees); Bird lists Ukrainian short codes as a sender. The two major-provider pages disagree.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
    },
  },
  consent: {
    marketing: {
      value: 'express-written',
      sources: [S_ADV, S_SUD, S_ELM],
      note: 'Advertising sent as spam, including mass calls, is banned without the consumer\'s prior written consent, which may be given electronically (Law "On Advertising" art. 14-3). The Law "On Electronic Communications" defines spam as messages sent without prior consent more than five times to one subscriber.',
    },
    laws: {
      value: ['Law of Ukraine "On Advertising" (art. 14-3)', 'Law of Ukraine "On Electronic Communications"'],
      sources: [S_ADV, S_SUD],
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'recommended',
      sources: [S_ADV, S_ELM],
      note: 'Advertising over phone numbers is allowed only if the consumer can forbid the use of their data at any time and free of charge (art. 14-3); the law requires the means, not a notice in each message, but a notice is the usual way to show it.',
    },
  },
  registrations: [
    {
      id: 'ua.sender-id',
      name: 'Sender ID pre-registration with Ukrainian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with the operators (required on some networks); operators class it as local or international, and foreign brands, payment, social and OTT names count as international. Operators may ask for proof of the right to the brand.',
      leadTime: { minDays: 13, maxDays: 23 },
      sources: [S_INFOBIP, S_BIRD, S_TW, S_CS, S_GU],
    },
  ],
  content: {
    value: [
      { id: 'content.ua.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CS, S_INFOBIP] },
      { id: 'content.ua.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS, S_INFOBIP] },
      { id: 'content.ua.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_INFOBIP] },
      { id: 'content.ua.violence', topic: 'other', restriction: 'prohibited', text: 'No violent content.', sources: [S_INFOBIP] },
    ],
    sources: [S_CS, S_INFOBIP],
  },
  obligations: [
    { id: 'identification.ua.sender-name', category: 'identification', level: 'required', text: 'Do not use generic sender IDs such as SMS or Info; operators block or filter them.', senderTypes: ['alphanumeric'], sources: [S_TW, S_BIRD, S_CS] },
    {
      id: 'consent.ua.advertising-written-consent',
      category: 'consent',
      level: 'required',
      text: 'Get the recipient\'s prior written consent (an electronic form counts) before sending advertising by SMS (Law "On Advertising" art. 14-3).',
      useCases: MKT,
      sources: [S_ADV, S_SUD, S_ELM],
    },
    {
      id: 'opt-out.ua.free-refusal',
      category: 'opt-out',
      level: 'required',
      text: 'Give recipients of advertising a free way to refuse further use of their number at any time, and honour it (Law "On Advertising" art. 14-3). Saying how in the message is the simplest way to show it.',
      useCases: MKT,
      sources: [S_ADV, S_ELM],
    },
  ],
});
