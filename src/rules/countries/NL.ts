import { S_VONAGE_TFN } from '../sources';
import type { CountryRules } from '../types';

// Netherlands. Researched 2026-11-23.
// Consent for commercial, idealistic and charitable electronic messages:
// Telecommunicatiewet art. 11.7, enforced by ACM. No alphanumeric sender
// registry was found. ACM reserves 06 numbers for mobile telephony; SMS sent
// by applications/equipment must use 097 (M2M) numbers.
const REVIEWED = '2026-11-23' as const;
/** Re-audit of 2026-12-06: sources re-read that day carry this date. */
const R = '2026-12-06' as const;

// --- Sources -----------------------------------------------------------------
const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for Netherlands',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-netherlands.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_NL = {
  title: 'Twilio SMS Guidelines: Netherlands',
  url: 'https://www.twilio.com/en/guidelines/nl/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
// Re-read 2026-12-06: Twilio's, Bird's and Infobip's Netherlands sections read in a
// compilation held in a public GitHub repository (nevetsagetro/OKR-warranted,
// data/raw/netherlands_nl.md). Re-read 2026-12-06 under section 5 of the research policy: the
// Twilio section names its page and carries Twilio's field descriptions; its first part
// (locale summary, the "Guidelines keep" heading, two-way "Yes", landline row and the
// compliance text) matches the stored page S_TWILIO_NL word for word, so the copy stands
// for the page ('provider'). The Bird and Infobip sections do not name their pages:
// 'secondary' ("read in a compiled copy"); no fact and no offer rests on them alone.
const S_TWILIO_NL_COPY = {
  title: 'Twilio SMS Guidelines: Netherlands (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/nl/sms',
  kind: 'provider', reviewed: R,
} as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TWILIO_NL_OFFER = {
  title: 'Twilio SMS Guidelines: Netherlands ("Twilio supported" row; read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/nl/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_NL = {
  title: 'Bird Docs: SMS country information guide, Europe (Netherlands) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP_NL = {
  title: 'Infobip Docs: SMS coverage and connectivity, Netherlands (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_SURESMS_NL = {
  title: 'SureSMS: SMS rules for Netherlands',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/netherlands/',
  kind: 'provider', reviewed: R,
} as const;
const S_ACM_TELE2 = {
  title: 'ACM: Tele2 must stop incorrect use of mobile phone numbers',
  url: 'https://acm.nl/en/node/12000',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_ACM_097 = {
  title: 'ACM: The number of available dedicated mobile-phone codes keeps falling',
  url: 'https://www.acm.nl/en/publications/publication/16057/The-number-of-available-dedicated-mobile-phone-codes-keeps-falling',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_CMS_NL = {
  title: 'CMS: OPT OUT niet langer verplicht voor alle elektronische berichten (7 Jul 2014)',
  url: 'https://cms.law/nl/NLD/Publication/OPT-OUT-niet-langer-verplicht-voor-alle-elektronische-berichten',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CORDEMEYER = {
  title: 'Cordemeyer & Slager: Uitbreiding spamverbod per 1 juli 2009',
  url: 'https://www.cordemeyerslager.nl/nieuwsbrief-telecomsector-uitbreiding-spamverbod-per-1-juli-2009/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_AWS_REG_LIST = {
  title: 'AWS End User Messaging SMS: Registration forms (list of countries)',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_WEBWERELD_SMSCODE = {
  title: 'Webwereld: Nieuwe wet maakt SMS-gedragscode strenger (STOP of UIT)',
  url: 'https://webwereld.nl/nieuws/business/nieuwe-wet-maakt-sms-gedragscode-strenger-3746391/',
  kind: 'secondary', reviewed: R,
} as const;
const S_HEAR_SMSCODE = {
  title: 'Hear.nl: Sms-gedragscode per 1 maart aangescherpt',
  url: 'https://www.hear.nl/sms_gedragscode_per_1_maart_aangescherpt/',
  kind: 'secondary', reviewed: R,
} as const;
const S_SENTDM_NL = {
  title: 'Sent: Netherlands SMS guidance (third-party summary)',
  url: 'https://www.sent.dm/resources/nl-sms-guidance',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TW = { title: 'Telecommunicatiewet (BWBR0009950), artikel 11.7', kind: 'law', reviewed: REVIEWED } as const;
const S_GDPR = { title: 'Regulation (EU) 2016/679 (GDPR)', kind: 'law', reviewed: REVIEWED } as const;
const S_UAVG = { title: 'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)', kind: 'law', reviewed: REVIEWED } as const;

export const NL: CountryRules = {
  country: 'NL',
  name: 'Netherlands',
  status: 'researched',
  reviewed: R,
  timeZones: ['Europe/Amsterdam'],
  languages: ['nl'],
  traffic: {
    regime: {
      value: 'unknown',
      note: 'No Netherlands-specific source consulted says whether application-mediated conversations count as P2P.',
    },
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_ACM_TELE2, S_SURESMS_NL],
      note: 'ACM ordered an operator to stop using 06 (mobile) numbers for text messages sent between equipment and mobile phones; such traffic belongs on 097 numbers. SureSMS says A2P is expected on 097 numbers and P2P routes may not be used. This is a numbering rule enforced by ACM rather than a described content filter.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: false,
        note: 'Decided by the only major-provider page that speaks about the operators: Twilio\u2019s operator row marks short codes as not supported by Dutch operators (page read through a verbatim copy whose first part matches the stored page; sent.dm, a third-party summary, repeats it). Other side: Bird\u2019s section lists Dutch short codes as usable and Infobip\u2019s sells them with replies, but both were read only in a compiled copy that does not name their pages (secondary), which cannot override a provider page. Bird\u2019s or Infobip\u2019s own pages, if found, would reopen this.',
        sources: [S_TWILIO_NL_COPY, S_SENTDM_NL, S_BIRD_NL, S_INFOBIP_NL],
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'toll-free': {
      supported: {
        value: false,
        sources: [S_VONAGE_TFN, S_AZURE_TF],
        note: 'Vonage: of its toll-free numbers worldwide only US and Canadian ones can send text. Azure lists its Dutch toll-free numbers for calls only.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_ACM_TELE2, S_ACM_097, S_SURESMS_NL],
        note: 'The regulator decides: ACM reserves 06 numbers for mobile telephony and says text services between equipment and phones must use 097 numbers. SureSMS: A2P is expected on the 097 range.',
      },
      restriction: {
        text: 'Only Dutch 097 (M2M) numbers may carry application-generated SMS; 06 mobile numbers are reserved for person-to-person use, and operators can be told by ACM to stop service on numbers used otherwise.',
        sources: [S_ACM_TELE2, S_ACM_097, S_SURESMS_NL],
      },
      registration: { value: 'unknown', note: 'No registration programme for Dutch numbers was found.' },
      twoWay: {
        value: true,
        sources: [S_TWILIO_NL],
        note: 'Twilio lists two-way SMS as supported in the Netherlands (country level); two-way on 097 numbers specifically was not confirmed.',
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: true,
        note: 'Decided by the only major-provider page that speaks: Twilio\u2019s operator row marks foreign long codes as supported, with the number preserved (read through a verbatim copy). Bird\u2019s section of a compiled copy (secondary) agrees and decides nothing. SureSMS lists foreign numeric sender IDs as supported (its notes add that numeric IDs are generally for two-way services).',
        sources: [S_TWILIO_NL_COPY, S_BIRD_NL, S_SURESMS_NL],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_NL_OFFER] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: true, sources: [S_TWILIO_NL_COPY] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_SURESMS_NL],
        note: 'Alphanumeric sender IDs are generally supported; generic IDs (INFO, SMS, NOTICE) are refused.',
      },
      registration: {
        value: 'none',
        sources: [S_SURESMS_NL, S_AWS_REG_LIST],
        note: 'No registration duty was found: SureSMS mentions none, and the Netherlands is absent from the AWS list of sender ID registration forms.',
      },
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: 'unknown',
        note: 'SureSMS has a row "Sender ID can be changed: No", which is ambiguous; no source states plainly whether carriers keep the ID unchanged.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TWILIO_NL_COPY, S_INFOBIP_NL, S_BIRD_NL],
        note: 'No Dutch sender ID registry exists to register with: Twilio\u2019s operator row says pre-registration is not required (read through a verbatim copy), which decides; Infobip\u2019s and Bird\u2019s sections of a compiled copy (secondary) say the same. A brand name chosen in advance works like a dynamic one.',
      },
      registration: { value: 'none', sources: [S_TWILIO_NL_COPY, S_INFOBIP_NL, S_BIRD_NL] },
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_TW, S_CORDEMEYER, S_CMS_NL],
      note: 'Art. 11.7: unsolicited electronic messages for commercial, idealistic or charitable purposes need prior consent that the sender can prove. Narrow exception for existing customers (contact details obtained in a sale, own similar products, opt-out offered at collection and in each message). Since 2009 the rule also covers messages to businesses, with narrower exceptions.',
    },
    transactional: {
      value: 'none',
      sources: [S_TW, S_CMS_NL],
      note: 'Art. 11.7 covers commercial, idealistic and charitable communication only. A GDPR lawful basis is still needed.',
    },
    laws: {
      value: [
        'Telecommunicatiewet, artikel 11.7',
        'Regulation (EU) 2016/679 (GDPR)',
        'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)',
      ],
      sources: [S_TW, S_GDPR, S_UAVG],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP', 'UIT'],
      sources: [S_WEBWERELD_SMSCODE, S_HEAR_SMSCODE, S_SENTDM_NL],
      note: 'Only secondary sources, so they fill an otherwise unknown fact: two news reports on the tightened Gedragscode SMS-Dienstverlening (the operators\' and SMS providers\' own code, of which only a table of contents could be read, in a copy on docplayer.nl) say a text of STOP or UIT to the service must be enough to unsubscribe. The code is about paid (premium) SMS services and subscriptions, and the reports are old (the 2003 version used UIT or OFF); no source read names keywords for ordinary business SMS. sent.dm (generic guide) suggests STOP and STOPPEN; STOPPEN rests on it alone and is left out.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_TW, S_CMS_NL],
      note: 'The law decides: art. 11.7 requires each such message to carry valid opt-out information. ACM applies this to every commercial message; a 2014 CBb ruling limited it to unsolicited (not explicitly requested) messages, which still includes consent-based marketing.',
    },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_TW, S_CMS_NL],
      note: 'Art. 11.7 does not cover non-commercial service messages.',
    },
    wording: {
      value: 'Each marketing, idealistic or charitable SMS must name the sender and give a valid, simple way (e.g. reply keyword or address) to unsubscribe from further messages; no fixed wording is prescribed.',
      sources: [S_TW, S_CMS_NL],
    },
    deadline: { value: 'unknown', note: 'No deadline for honouring opt-outs was found in the sources read.' },
  },
  help: {
    keywords: {
      value: 'unknown',
      note: 'The Gedragscode SMS-Dienstverlening has a help-function article (seen only in a table of contents); a 2003 news report on the first version of the code says a HELP text returns unsubscribe information, but the current wording of the rule could not be read.',
    },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: 'unknown',
    note: 'No law or carrier rule read sets SMS sending hours. A third-party summary (sent.dm) suggests 08:00-21:00; unverified.',
    sources: [S_SENTDM_NL],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [],
  content: {
    value: [
      {
        id: 'content.nl.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'Gaming and gambling content is not accepted.',
        sources: [S_SURESMS_NL],
      },
      {
        id: 'content.nl.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Political content is not accepted.',
        sources: [S_SURESMS_NL],
      },
      {
        id: 'content.nl.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'Religious content is not accepted.',
        sources: [S_SURESMS_NL],
      },
      {
        id: 'content.nl.protected-banking-brands',
        topic: 'other',
        restriction: 'restricted',
        text: 'Banking traffic may be restricted for certain protected brands; expect checks before sending under a bank\'s name.',
        sources: [S_SURESMS_NL],
      },
    ],
    sources: [S_SURESMS_NL],
    note: 'Single aggregator source (carrier policy, not law); its table also marks marketing as prohibited, which contradicts its own note that marketing needs consent, so treat this list with care.',
  },
  dataProtection: {
    value: ['Regulation (EU) 2016/679 (GDPR)', 'Uitvoeringswet Algemene verordening gegevensbescherming (UAVG)'],
    sources: [S_GDPR, S_UAVG],
  },
  obligations: [
    {
      id: 'identification.nl.sender-and-opt-out',
      category: 'identification',
      level: 'required',
      text: 'In every commercial, idealistic or charitable SMS, state who is sending it and give a valid way to unsubscribe.',
      useCases: ['marketing', 'charity', 'political', 'mixed'],
      sources: [S_TW, S_CMS_NL],
    },
    {
      id: 'consent.nl.idealistic-charitable',
      category: 'consent',
      level: 'required',
      text: 'Treat charitable and idealistic (cause, political) messages like marketing: prior consent is needed before sending them.',
      useCases: ['charity', 'political'],
      sources: [S_TW],
    },
    {
      id: 'record-keeping.nl.consent-proof',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep records that prove each recipient\'s prior consent; art. 11.7 puts the burden of proof on the sender.',
      useCases: ['marketing', 'charity', 'political', 'mixed'],
      sources: [S_TW],
    },
    {
      id: 'identification.nl.097-numbers',
      category: 'identification',
      level: 'required',
      text: 'Send application-generated SMS from a Dutch 097 (M2M) number, not from a 06 mobile number, which ACM reserves for mobile telephony.',
      senderTypes: ['local-long-code'],
      sources: [S_ACM_TELE2, S_ACM_097],
    },
    {
      id: 'identification.nl.no-generic-alpha',
      category: 'identification',
      level: 'required',
      text: 'Use an alphanumeric sender ID that represents your brand or company; generic IDs such as INFO, SMS or NOTICE are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURESMS_NL],
    },
  ],
};
