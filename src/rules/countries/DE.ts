import { APPLICATION_MEDIATED_P2P } from '../global';
import { S_TWILIO_MPS_ALPHA, S_TWILIO_RATE_LIMITS, S_VONAGE_TFN } from '../sources';
import type { CountryRules } from '../types';

// Germany. Every fact carries its sources; facts the sources do not
// establish are written as { value: 'unknown', note }.
const REVIEWED = '2026-11-23' as const;
/** Re-audit of 2026-12-06: sources re-read that day carry this date. */
const R = '2026-12-06' as const;

// ---- Sources -------------------------------------------------------------
const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for Germany',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-germany.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_UWG = {
  title: 'Gesetz gegen den unlauteren Wettbewerb (UWG), § 7 Unzumutbare Belästigungen (official text, gesetze-im-internet.de; current wording also read at lxgesetze.de)',
  url: 'https://www.gesetze-im-internet.de/uwg_2004/__7.html',
  kind: 'law', reviewed: R,
} as const;
const S_TWILIO_DE_SC = {
  title: 'Twilio Support: Germany Short Code Best Practices (content table, hours, keywords)',
  url: 'https://support.twilio.com/hc/en-us/articles/1260803518849--Germany-Short-Code-Best-Practices',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_DE_SC_GUIDE = {
  title: 'Twilio Short Code Guidelines: Germany',
  url: 'https://www.twilio.com/en-us/guidelines/de/short-code',
  kind: 'provider', reviewed: R,
} as const;
const S_BGH_DOI = {
  title: 'BGH, Urteil vom 10.02.2011, I ZR 164/09 (Double-opt-in-Verfahren), Betriebs-Berater',
  url: 'https://betriebs-berater.ruw.de/wirtschaftsrecht/urteile/Zulaessigkeit-von-Werbeanrufen---Double-opt-in-Verfahren-18828',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_BEVH = {
  title: 'bevh: Double-Opt-In',
  url: 'https://bevh.org/rechtshilfen/datenschutz/double-opt-in',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SCHWEIZER = {
  title: 'Schweizer Rechtsanwälte: Bestätigungs-SMS bei handygestütztem Dienst keine unzumutbare Belästigung',
  url: 'https://schweizer.eu/aktuelles/das-neueste/3414-bestaetigungs-sms-bei-handygestuetztem-dienst-keine-unzumutbare-belaestigung',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SURESMS_DE = {
  title: 'SureSMS: SMS rules for Germany',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/germany/',
  kind: 'provider', reviewed: R,
} as const;
const S_SALESFORCE_DE = {
  title: 'Salesforce: Digital Engagement SMS Messaging Reference – Messaging Regulations by Country (Germany)',
  url: 'https://help.salesforce.com/s/articleView?id=000380720&language=sv&type=1',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SENTDM = {
  title: 'sent.dm: Germany SMS Best Practices, Compliance, and Features',
  url: 'https://www.sent.dm/resources/de_sms_guidance',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TELNYX = {
  title: 'Telnyx: International SMS Compliance Guide',
  url: 'https://developers.telnyx.com/docs/messaging/messages/international-sms-compliance',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: R,
} as const;
const S_POLY = {
  title: 'PolyAI docs: SMS number availability (figures taken from Twilio guidelines)',
  url: 'https://docs.poly.ai/sms/number-availability',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TWILIO_SC_LIST = {
  title: 'Twilio Short Code Guidelines (country list)',
  url: 'https://www.twilio.com/guidelines/short-code',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_DEDICATED = {
  title: 'AWS End User Messaging SMS: Dedicated number registration forms',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-dedicated-number.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
// Re-read 2026-12-06: the Twilio, Bird and Infobip country sections were read in a
// compilation held in a public GitHub repository (nevetsagetro/OKR-warranted,
// data/raw/germany_de.md). Re-read 2026-12-06 under section 5 of the research policy:
// - the Twilio section names its page (https://www.twilio.com/en-us/guidelines/de/sms)
//   and carries Twilio's own field descriptions; no stored copy of Twilio's Germany SMS
//   page exists in the store (only its short-code page), so nothing could be compared
//   and the copy stands for the page: cited at the page's address as 'provider';
// - the Bird and Infobip sections do not name their pages, so they are 'secondary'
//   (titles say "read in a compiled copy"); no fact and no offer rests on them alone.
const S_TWILIO_DE = {
  title: 'Twilio SMS Guidelines: Germany (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/de/sms',
  kind: 'provider', reviewed: R,
} as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TWILIO_DE_OFFER = {
  title: 'Twilio SMS Guidelines: Germany ("Twilio supported" row; read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/de/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_DE = {
  title: 'Bird Docs: SMS country information guide, Europe (Germany) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP_DE = {
  title: 'Infobip Docs: SMS coverage and connectivity, Germany (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_GDPR = { title: 'Regulation (EU) 2016/679 (GDPR)', kind: 'law', reviewed: REVIEWED } as const;
const S_BDSG = { title: 'Bundesdatenschutzgesetz (BDSG)', kind: 'law', reviewed: REVIEWED } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const DE: CountryRules = {
  country: 'DE',
  name: 'Germany',
  status: 'researched',
  reviewed: R,
  timeZones: ['Europe/Berlin', 'Europe/Busingen'],
  languages: ['de'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      sources: [S_SURESMS_DE],
      note: 'SureSMS marks P2P traffic as prohibited on its routes and limits numeric senders to two-way services, but no source states that carriers filter A2P on P2P long codes.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TELNYX, S_TWILIO_DE_SC_GUIDE, S_TWILIO_SC_LIST, S_SALESFORCE_DE, S_SURESMS_DE, S_POLY],
        note: 'SureSMS: short numbers cannot be used on the Vodafone network (MCC/MNC 262-02). PolyAI lists German short codes as a Twilio private offering.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWILIO_DE_SC_GUIDE] }],
      registration: {
        value: 'required',
        sources: [S_SALESFORCE_DE, S_AWS_DEDICATED],
        note: 'Salesforce and AWS require a registration before a German short code is issued.',
      },
      programme: 'de.number-registration',
      twoWay: { value: 'unknown', note: 'No source consulted states it for German short codes.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: 'unknown',
        sources: [S_TWILIO_DE_SC],
        note: 'Twilio\u2019s German short-code content table allows marketing, promotions, alerts, notifications and OTP and refuses political, religious, gambling and adult content, without saying whether the refusals are Twilio\u2019s or the carriers\u2019.',
      },
    },
    'toll-free': {
      supported: {
        value: false,
        sources: [S_VONAGE_TFN, S_AZURE_TF],
        note: 'Vonage: of its toll-free numbers worldwide only US and Canadian ones can send text. Azure lists German toll-free numbers for calls only.',
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
        value: true,
        sources: [S_TELNYX, S_TWILIO_DE, S_POLY, S_SALESFORCE_DE, S_SURESMS_DE, S_BIRD_DE, S_INFOBIP_DE],
        note: 'SureSMS: numeric sender IDs can only be used for two-way services. Twilio\u2019s operator row marks domestic long codes as supported (page read through a verbatim copy). Bird and Infobip sections of a compiled copy (secondary) agree; they decide nothing.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_DE_OFFER] },
      ],
      registration: {
        value: 'required',
        sources: [S_SALESFORCE_DE, S_AWS_DEDICATED],
        note: 'Salesforce (page published 2023-09-01) asks for company details, expected MT/MO volumes, service description and German sample messages before ordering; AWS requires a dedicated-number registration for Germany.',
      },
      programme: 'de.number-registration',
      twoWay: { value: true, sources: [S_SURESMS_DE, S_POLY] },
      throughput: {
        value: 'unknown',
        sources: [S_POLY, S_TWILIO_DE, S_TWILIO_MPS_ALPHA, S_TWILIO_RATE_LIMITS],
        note: 'PolyAI (secondary) gives 10 per second, taken from Twilio. Twilio\u2019s Germany page gives no figure; 10 per second is Twilio\u2019s default sending rate for any number or sender ID to countries outside the US and Canada (Twilio\u2019s alphanumeric-MPS article; the rate table of its rate-limit article was seen only in a copy), i.e. a Twilio product limit, not an operator limit. No operator throughput found.',
      },
      leadTime: {
        value: 'unknown',
        sources: [S_POLY],
        note: 'PolyAI says immediate with Twilio, but other providers require a registration first; no figure kept.',
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TWILIO_DE, S_BIRD_DE, S_SURESMS_DE],
        note: 'Decided by the only major-provider page that speaks: Twilio\u2019s operator row marks foreign long codes as supported, with the number preserved (page read through a verbatim copy that names it). SureSMS (a smaller provider) also lists foreign numeric sender IDs as supported (numeric IDs for two-way services). Bird\u2019s section (a compiled copy, secondary) agrees and decides nothing.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_DE_OFFER] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: true, sources: [S_TWILIO_DE] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_SURESMS_DE, S_TELNYX],
        note: 'Alphanumeric IDs are fully supported; generic IDs (INFO, SMS, NOTICE…) are prohibited.',
      },
      registration: {
        value: 'none',
        sources: [S_TELNYX],
        note: 'Telnyx guide (states it reflects early 2026; file dated 2026-04-10): no pre-registration required for Germany.',
      },
      offers: [{ provider: 'telnyx', offered: true, twoWay: false, sources: [S_TELNYX, S_TELNYX_ALPHA] }],
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TELNYX, S_SURESMS_DE],
        note: 'No national sender ID registry is described for Germany; a pre-registered ID works like a dynamic one.',
      },
      registration: { value: 'none', sources: [S_TELNYX] },
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
      sources: [S_UWG, S_TELNYX],
      note: 'UWG § 7(2) Nr. 2: advertising by electronic mail (SMS included) needs the addressee’s prior express consent, for businesses as well as consumers. § 7(3) exception: an existing customer’s address from a sale, used for your own similar goods, with no objection and a clear notice at collection and in every message. Double opt-in is the customary way to prove consent.',
    },
    transactional: {
      value: 'unknown',
      sources: [S_UWG],
      note: '§ 7 UWG covers advertising only; no source consulted states the rule for non-advertising SMS (a GDPR lawful basis is needed in any case).',
    },
    laws: {
      value: [
        'Gesetz gegen den unlauteren Wettbewerb (UWG), § 7',
        'Regulation (EU) 2016/679 (GDPR)',
        'Bundesdatenschutzgesetz (BDSG)',
      ],
      sources: [S_UWG, S_GDPR, S_BDSG, S_SENTDM],
      note: 'Telnyx also names the TTDSG (telecom and telemedia data protection act) for Germany.',
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_TELNYX, S_SALESFORCE_DE],
      note: 'STOP from Telnyx and Salesforce (local-language keywords advised). sent.dm (a third-party guide) adds STOPP and ENDE; a secondary source cannot add to what provider pages establish. Twilio has no mandatory keywords on German short codes. Re-checked 2026-12-06: no source read names German-language or opt-in keywords for Germany (provider lists of German words found were translations of global lists, not statements about Germany).',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_UWG],
      note: '§ 7(2) Nr. 3 c: every advertising message needs a valid address for stop requests; § 7(3) Nr. 4: existing-customer messages must say each time that the customer can object.',
    },
    transactionalInstructions: {
      value: 'unknown',
      note: 'No source consulted addresses opt-out wording in non-advertising SMS.',
    },
    wording: {
      value: 'Say in each advertising SMS that the recipient can object at any time and how (e.g. reply STOP or a link), at no cost beyond the basic transmission rate.',
      sources: [S_UWG, S_TELNYX],
    },
    deadline: {
      value: 'unknown',
      sources: [S_SENTDM],
      note: 'Only sent.dm (third-party) says within 24 hours; not found in the law or provider sources, so left open.',
    },
  },
  help: {
    keywords: {
      value: ['HELP'],
      sources: [S_SALESFORCE_DE],
      note: 'Salesforce advises HELP and STOP at low or no cost in the local language.',
    },
    required: { value: 'best-practice', sources: [S_SALESFORCE_DE] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.de.marketing',
        level: 'best-practice',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: 'recipient-local',
        text: 'Germany has no legal sending window for SMS; as good practice send marketing between 08:00 and 21:00 local time.',
        sources: [S_TELNYX],
      },
    ],
    sources: [S_TELNYX, S_TWILIO_DE_SC, S_SENTDM],
    note: 'No legal window (Telnyx; Twilio lists no hour restriction on German short codes). The best-practice window is Telnyx\u2019s (a major provider), 08:00\u201321:00; sent.dm (secondary) suggests 08:00\u201320:00 and no Sundays or holidays, which does not override a provider page.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'de.number-registration',
      name: 'German dedicated number registration (long codes and short codes)',
      senderKinds: ['local-long-code', 'short-code'],
      level: 'required',
      text: 'Before a German long code or short code is issued, give the provider your company details, service description, expected volumes and sample messages (in German).',
      sources: [S_SALESFORCE_DE, S_AWS_DEDICATED],
    },
  ],
  content: {
    value: [
      {
        id: 'content.de.gambling',
        topic: 'gambling',
        restriction: 'restricted',
        text: 'Gambling and betting advertising is strictly regulated (Glücksspielstaatsvertrag); send it only as a licensed operator and within that law, and expect some providers and short-code programmes to refuse it.',
        sources: [S_TELNYX, S_TWILIO_DE_SC, S_SURESMS_DE],
      },
      {
        id: 'content.de.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Do not send political content.',
        sources: [S_SURESMS_DE],
      },
      {
        id: 'content.de.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'Do not send religious content.',
        sources: [S_SURESMS_DE],
      },
      {
        id: 'content.de.social-invites',
        topic: 'other',
        restriction: 'prohibited',
        text: 'Do not send social-network invitation messages; T-Mobile Germany (Telekom) does not accept them.',
        sources: [S_SALESFORCE_DE, S_SURESMS_DE],
      },
      {
        id: 'content.de.pharma',
        topic: 'other',
        restriction: 'restricted',
        text: 'Advertising for medicines and medical products must follow the Heilmittelwerbegesetz (HWG).',
        sources: [S_TELNYX],
      },
    ],
    sources: [S_SURESMS_DE, S_SALESFORCE_DE, S_TELNYX],
    note: 'Gambling: Telnyx (a major provider) describes it as strictly regulated by the Glücksspielstaatsvertrag, not banned; SureSMS and Twilio\u2019s short-code table refuse it on their own services.',
  },
  dataProtection: {
    value: ['Regulation (EU) 2016/679 (GDPR)', 'Bundesdatenschutzgesetz (BDSG)'],
    sources: [S_GDPR, S_BDSG, S_SENTDM],
  },
  obligations: [
    {
      id: 'record-keeping.de.consent-documentation',
      category: 'record-keeping',
      level: 'required',
      text: 'Store each recipient’s consent declaration in full so it can be printed and shown at any time; the advertiser bears the burden of proof.',
      useCases: MARKETING_LIKE,
      sources: [S_BGH_DOI, S_BEVH],
    },
    {
      id: 'consent.de.double-opt-in',
      category: 'consent',
      level: 'recommended',
      text: 'Confirm each new marketing sign-up with a double opt-in (a confirmation SMS the person must answer); keep the confirmation message free of any advertising.',
      useCases: MARKETING_LIKE,
      sources: [S_TELNYX, S_BEVH, S_SCHWEIZER],
    },
    {
      id: 'consent.de.existing-customer-conditions',
      category: 'consent',
      level: 'required',
      text: 'Send marketing without express consent only to existing customers whose number you got in a sale, only for your own similar products, only if they have not objected, and with a notice at collection and in each message that they can object at any time for no more than basic transmission costs.',
      useCases: MARKETING_LIKE,
      sources: [S_UWG],
    },
    {
      id: 'identification.de.sender-identity',
      category: 'identification',
      level: 'required',
      text: 'Do not hide or disguise the identity of the sender on whose behalf an advertising SMS is sent.',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_UWG],
    },
    {
      id: 'opt-out.de.stop-address',
      category: 'opt-out',
      level: 'required',
      text: 'Give in every advertising SMS a valid address (reply keyword, number or link) where the recipient can ask you to stop, at no cost beyond the basic transmission rate.',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [S_UWG],
    },
    {
      id: 'identification.de.brand-sender-id',
      category: 'identification',
      level: 'required',
      text: 'Use an alphanumeric sender ID that represents your brand; generic IDs such as INFO, SMS or NOTICE are prohibited.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURESMS_DE],
    },
  ],
};
