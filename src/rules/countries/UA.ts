import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ukraine. Re-audited 2026-12-06: Twilio guidelines (sender table read from a
// stored copy of the page), Bird and Infobip country notes (from a stored copy
// bundling their pages), ClickSend, Sent.dm; Law of Ukraine "On Advertising"
// art. 14-3 (read in a reproduction of the text) and press pages quoting the
// consumer-protection service. The AWS Europe table could not be reached.
// Re-read 2026-12-06: Twilio's sender table is read in a word-for-word markdown copy
// in a public GitHub compilation that names the page's address (Twilio's row descriptions
// are reproduced verbatim, as on the stored twilio.com pages of other countries; the
// stored twilio.com page for Ukraine itself was not found, so no part of it could be
// compared). The Bird and Infobip entries come from the same compilation but do not name
// their page's address. ClickSend re-read; SureSMS's Ukraine page read.
// Re-read 2026-12-06 under section 5 of the research policy: the Bird and Infobip sections of
// that compilation name no page, so they are cited as secondary ("read in a compiled copy").
// The Twilio section names its page; no stored twilio.com page for Ukraine exists to compare
// it with, so it stands for the page (kind provider). Twilio is then the only major-provider
// page about the operators, and it decides over ClickSend and SureSMS (other providers) and
// the compiled copies. Offers resting only on Bird or Infobip dropped.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ukraine (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ua/sms', kind: 'provider', reviewed: R } as const;
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Ukraine, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ua/sms', kind: 'provider', reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Ukraine (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Ukraine (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_CS = { title: 'ClickSend Help: Ukraine +380', url: 'https://help.clicksend.com/article/ikoyewdltz-ukraine', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Ukraine', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/ukraine/', kind: 'provider', reviewed: R } as const;
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
        value: true,
        sources: [S_TW, S_BIRD, S_INFOBIP, S_CS, S_GU],
        note: 'Twilio (the only major-provider page about the operators) marks unregistered names as supported by the operators and preserved, and warns only against generic names (see the identification obligation). ClickSend (another provider) requires registration; the compiled copies (secondary) say registration is mandatory on some networks (Bird) and advisable for throughput (Infobip). Lower levels do not override Twilio.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: {
        value: true,
        sources: [S_TW, S_BIRD],
        note: 'Twilio says unregistered names are preserved; only the compiled Bird copy (secondary) says a name may be changed on some networks.',
      },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP, S_CS] },
      registration: {
        value: 'none',
        sources: [S_TW, S_INFOBIP, S_BIRD, S_CS],
        note: 'Twilio (the only major-provider page about the operators) marks pre-registration as not required by the operators. ClickSend (another provider) requires it for its own traffic; the compiled copies (secondary) say it is mandatory on some networks (Bird) or advisable (Infobip: operators may ask for proof of the right to the brand, local names only for residents). Registering stays possible (ua.sender-id).',
      },
      programme: 'ua.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 13, maxDays: 23 },
        sources: [S_INFOBIP],
        note: 'Only the compiled Infobip copy (secondary) speaks, and fills the value because nothing better does: requests go to the operators on the 5th, 15th and 25th of each month; approval takes about 13 days after filing.',
      },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_CS, S_SURE, S_BIRD, S_INFOBIP],
        note: 'Twilio (the only major-provider page about the operators) marks domestic long codes as not supported by the operators: they accept no numeric senders. Against it, at lower levels: ClickSend and SureSMS (other providers) say a dedicated Ukrainian number works for two-way traffic while other numeric senders are replaced or treated as international traffic; the compiled copies (secondary) list Ukrainian numbers as senders (Bird) and two-way virtual long numbers (Infobip). Lower levels do not override the major-provider level.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD],
        note: 'Twilio\'s operator row (the only major-provider page about the operators) marks international long codes as not supported, and its text says Ukrainian operators do not take numeric senders: Twilio still sells them but delivers them only best-effort with the number replaced by a generic name (failing on Trimob), which is its workaround, not operator acceptance. No source at its level or above says any network shows the number; the compiled Bird copy (secondary) lists international numbers with the ID possibly changed, which does not override a provider page.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      twoWay: { value: false, sources: [S_TW], note: 'The number is replaced on delivery.' },
      senderIdPreserved: { value: false, sources: [S_TW, S_CS, S_SENT], note: 'Numeric senders are replaced with a generic alphanumeric ID.' },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_SENT],
        note: 'Twilio (the only major-provider page about the operators that speaks) marks short codes as not supported by the operators; Sent (secondary) agrees. Only the compiled Bird copy (secondary) lists Ukrainian short codes as a sender; it does not override a provider page. The compiled Infobip copy lists only names and virtual long numbers; ClickSend and SureSMS do not mention short codes; no Vonage, Sinch, Plivo, Telnyx or AWS page for Ukraine was reached.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
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
      text: 'Optional registration of the sender ID with the operators (Twilio: not required by the operators; ClickSend requires it for its traffic; the compiled Bird copy says some networks require it). Operators class a name as local or international, and foreign brands, payment, social and OTT names count as international; they may ask for proof of the right to the brand (compiled Infobip copy).',
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
    note: 'Gambling and adult content: ClickSend, with the compiled Infobip copy. Alcohol and violence rest only on the compiled Infobip copy (secondary), which fills them because no better source speaks.',
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
