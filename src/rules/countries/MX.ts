import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mexico. SMS rules are set mostly by the operators (Telcel, Movistar, AT&T
// Mexico); the law adds the Profeco do-not-contact register (REPEP) and the
// 2025 private-sector data protection law.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;

// --- Sources ---------------------------------------------------------------
const S_TWILIO_SMS = {
  title: 'Twilio SMS Guidelines: Mexico',
  url: 'https://static0.twilio.com/en-us/guidelines/mx/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_SMS_OLD = {
  title: 'Twilio SMS guidelines for Mexico (older page, pre dial-plan change)',
  url: 'https://www.twilio.com/sms/guidelines/mx',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_SC = {
  title: 'Twilio Short Code Guidelines: Mexico',
  url: 'https://www.twilio.com/guidelines/mx/short-code',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_SC_BP = {
  title: 'Twilio Help: Mexico Short Codes Best Practices',
  url: 'https://support.twilio.com/hc/en-us/articles/1260800381110-Mexico-Short-Codes-Best-Practices',
  kind: 'provider', reviewed: R,
} as const;
const S_VONAGE = {
  title: 'Vonage API Support: Mexico SMS Features and Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/204017253-Mexico-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP_LOA = {
  title: 'Infobip Docs: Mexico Letter of Authorization (LOA) guidelines',
  url: 'https://www.infobip.com/docs/essentials/latam-registration/mexico-letter-of-authorization-loa-guidelines',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SURESMS = {
  title: 'SureSMS: SMS rules for Mexico',
  url: 'https://suresms.com/en/landing-control/mexico/',
  kind: 'provider', reviewed: R,
} as const;
const S_SAP = {
  title: 'SAP Digital Interconnect Community: Mexico SMS Guidelines',
  url: 'https://community.sapdigitalinterconnect.com/t5/Country-SMS-Guidelines/Mexico-SMS-Guidelines/m-p/4341',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_OPENMARKET = {
  title: 'OpenMarket Global Coverage: United Mexican States (Mexico)',
  url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/mexico.htm',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: Mexico +52',
  url: 'https://help.clicksend.com/article/rh9t2pjdja-mexico',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKSEND_DOCS = {
  title: 'ClickSend HelpDocs: Mexico +52 (dedicated short code and long code purchase)',
  url: 'https://clicksend.helpdocs.io/article/rh9t2pjdja-mexico',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_BIRD_NA = {
  title: 'Bird Docs: SMS Country Information Guide: North America',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-north-america',
  kind: 'provider', reviewed: R,
} as const;
const S_UNOTV_REPEP = {
  title: 'Uno TV: REPEP, qué es el Registro Público para Evitar Publicidad de la Profeco',
  url: 'https://unotv.com/negocios/repep-que-es-el-registro-publico-para-evitar-publicidad-de-la-profeco',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_IDC_REPEP = {
  title: 'IDC Online: Cómo dejar de recibir publicidad telefónica (2021-04-16)',
  url: 'https://idconline.mx/corporativo/2021/04/16/como-dejar-de-recibir-publicidad-telefonica',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ADN40_REPEP = {
  title: 'ADN40: Cómo darse de alta en el REPEP de Profeco (2025-11-06)',
  url: 'https://www.adn40.mx/tramites/2025-11-06/como-darse-alta-repep-de-profeco-para-evitar-llamadas-no-deseadas',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ELSIGLO_REPEP = {
  title: 'El Siglo de Torreón: Cómo evitar las llamadas publicitarias (2021-11)',
  url: 'https://www.elsiglodetorreon.com.mx/noticia/2025850.como-evitar-las-llamadas-publicitarias.html',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_BASHAM_LFPDPPP = {
  title: 'Basham: Nueva Ley Federal de Protección de Datos Personales en Posesión de los Particulares publicada en el DOF (2025-03-21)',
  url: 'https://basham.com.mx/nueva-ley-federal-de-proteccion-de-datos-personales-en-posesion-de-los-particulares-publicada-en-el-diario-oficial-de-la-federacion',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TENA_LFPDPPP = {
  title: 'Tena Abogados: Nueva Ley Federal de Protección de Datos Personales en Posesión de los Particulares (2025-04-09)',
  url: 'https://tenaabogados.com.mx/2025/04/entradproteccion-de-datos-personales',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_LFPDPPP = {
  title: 'Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 2025-03-20)',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_LFPC = {
  title: 'Ley Federal de Protección al Consumidor (arts. 16, 17, 18 and 18 bis)',
  url: 'https://www.diputados.gob.mx/LeyesBiblio/pdf/LFPC.pdf',
  kind: 'law', reviewed: R,
} as const;
const S_LFPC_EN = {
  title: 'Federal Consumer Protection Law (Mexico), English translation of arts. 14-17 (hitpages copy)',
  url: 'https://www.hitpages.com/doc/4510117508677632/4/',
  kind: 'secondary', reviewed: R,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const MX: CountryRules = {
  country: 'MX',
  name: 'Mexico',
  status: 'researched',
  reviewed: R,
  timeZones: [
    'America/Mexico_City',
    'America/Monterrey',
    'America/Tijuana',
    'America/Merida',
    'America/Chihuahua',
    'America/Hermosillo',
    'America/Mazatlan',
    'America/Cancun',
    'America/Ciudad_Juarez',
    'America/Matamoros',
    'America/Bahia_Banderas',
    'America/Ojinaga',
  ],
  languages: ['es'],
  traffic: {
    regime: {
      value: 'unknown',
      note: 'No source consulted states whether application-mediated conversations count as P2P in Mexico. OpenMarket calls long-code 2-way solutions P2P and penalises them.',
      sources: [S_OPENMARKET],
    },
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_VONAGE, S_TWILIO_SMS, S_OPENMARKET],
      note: 'Vonage: A2P (OTP, notifications) on Mexican long virtual numbers is filtered by Telcel. Twilio: URLs and brand names from Mexican numbers are likely blocked. OpenMarket: long codes for A2P draw high penalties.',
    },
  },
  senders: {
    'short-code': {
      supported: { value: true, sources: [S_TWILIO_SC, S_VONAGE, S_BIRD_NA, S_OPENMARKET, S_SAP, S_CLICKSEND] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_SC] },
        { provider: 'vonage', offered: true, twoWay: true, sources: [S_VONAGE] },
        { provider: 'bird', offered: true, sources: [S_BIRD_NA] },
      ],
      registration: {
        value: 'required',
        sources: [S_CLICKSEND, S_TWILIO_SC_BP],
        note: 'Operators approve every short-code service in advance; Twilio marks marketing, alerts, notifications and OTP content as allowed only with prior operator approval.',
      },
      programme: 'mx.short-code',
      twoWay: { value: true, sources: [S_OPENMARKET, S_CLICKSEND_DOCS], note: 'OpenMarket: short codes are the only approved 2-way solution.' },
      throughput: { value: 'unknown', note: 'Twilio, ClickSend, OpenMarket and SAP pages checked; none gives a short-code rate.' },
      leadTime: {
        value: { minDays: 91, maxDays: 119 },
        sources: [S_CLICKSEND_DOCS],
        note: 'ClickSend estimates 13-17 weeks for a dedicated short code; Twilio requires a 3-month minimum term.',
      },
      senderIdPreserved: {
        value: 'unknown',
        sources: [S_OPENMARKET],
        note: 'OpenMarket says short codes are not maintained on its one-way traffic; no source speaks to a dedicated code being rewritten.',
      },
      restrictedUseCases: {
        value: ['political'],
        sources: [S_TWILIO_SC_BP, S_TWILIO_SMS],
        note: 'Political causes and election marketing are refused; other use cases need operator approval.',
      },
    },
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
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
        sources: [S_TWILIO_SMS, S_VONAGE, S_BIRD_NA, S_OPENMARKET, S_SAP],
        note: 'Operators carry SMS from Mexican long numbers (Vonage, Bird and Twilio sell them), but for person-to-person use: Twilio says not to send marketing, one-way or A2P traffic from them, Vonage that Telcel filters A2P on them, and OpenMarket and SAP that A2P must use short codes.',
      },
      restriction: {
        text: 'Local numbers are meant for two-way person-to-person messaging; A2P traffic (OTP, notifications, marketing, URLs, brand names) from them is filtered, by Telcel in particular, and likely blocked. Use a short code or a registered sender ID for A2P.',
        sources: [S_TWILIO_SMS, S_VONAGE, S_OPENMARKET],
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO_SMS] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'bird', offered: true, sources: [S_BIRD_NA] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: true, sources: [S_TWILIO_SMS_OLD], note: 'Two-way P2P use only.' },
      throughput: {
        value: { messagesPerSecond: 10, text: 'Twilio (older Mexico page) lists 10 messages per second for Mexican mobile numbers; the rate applies to P2P use.' },
        sources: [S_TWILIO_SMS_OLD],
      },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: ['marketing'],
        sources: [S_TWILIO_SMS_OLD, S_TWILIO_SMS],
        note: 'Twilio: no marketing traffic on Mexican mobile numbers; A2P use of any kind is advised against.',
      },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TWILIO_SMS_OLD, S_OPENMARKET, S_SURESMS],
        note: 'Twilio\'s older Mexico page advised sending A2P from a US or Canadian long code; OpenMarket and SureSMS say foreign numbers are delivered but overwritten. No source says the operators refuse them; Bird only says it does not sell international numbers here.',
      },
      restriction: {
        text: 'Messages from foreign numbers are delivered, but the number is often overwritten by the route or operator, so replies may not reach the sender.',
        sources: [S_OPENMARKET, S_SURESMS],
      },
      offers: [{ provider: 'bird', offered: false, sources: [S_BIRD_NA] }],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_OPENMARKET, S_SURESMS] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_VONAGE, S_INFOBIP_LOA, S_SURESMS],
        note: 'Unregistered alphanumeric IDs are still delivered, but the operators replace them with a random numeric sender or a short code.',
      },
      offers: [
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP_LOA] },
      ],
      registration: {
        value: 'none',
        sources: [S_VONAGE, S_INFOBIP_LOA],
        note: 'No registration is needed for delivery, but the name is only kept if it is registered (see the pre-registered row).',
      },
      twoWay: { value: false, sources: [S_CLICKSEND], note: 'Replies are not supported on replaced alpha senders.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_INFOBIP_LOA, S_SURESMS, S_OPENMARKET] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_VONAGE, S_INFOBIP_LOA, S_SAP, S_BIRD_NA, S_SURESMS],
        note: 'Vonage, Infobip, Bird, SAP and SureSMS say registered alpha IDs work on Telcel, Movistar and AT&T (SureSMS adds Altan Redes); ClickSend and OpenMarket, not major providers, say alpha is not supported and every sender is replaced.',
      },
      offers: [
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP_LOA] },
        { provider: 'bird', offered: true, sources: [S_BIRD_NA] },
      ],
      registration: {
        value: 'required',
        sources: [S_VONAGE, S_INFOBIP_LOA, S_SAP],
        note: 'Registered per operator with a letter of authorization; sender name 3-11 characters, no generic names, only space, underscore and dot as special characters (Infobip). Setup fees apply.',
      },
      programme: 'mx.sender-id',
      twoWay: { value: false, sources: [S_BIRD_NA], note: 'Alphanumeric senders are one-way.' },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 0, maxDays: 14 },
        sources: [S_SAP],
        note: 'SAP: registration can take up to 2 weeks (only an upper bound is given).',
      },
      senderIdPreserved: {
        value: true,
        sources: [S_VONAGE, S_INFOBIP_LOA, S_SURESMS],
        note: 'Vonage and Infobip (major providers) say a registered name is shown on Telcel, Movistar and AT&T; SureSMS keeps it but may fall back to a short code on an alternative route. OpenMarket and ClickSend (not major providers) say every alpha ID is overwritten.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'opt-out',
      sources: [S_LFPC, S_LFPC_EN, S_UNOTV_REPEP],
      note: 'The consumer law (LFPC arts. 17, 18 and 18 bis) sets an opt-out regime: no publicity to people who asked the sender to stop or who are in Profeco\'s REPEP register. It sets no prior-consent rule. The operators add their own opt-in demand for SMS programmes (Twilio, ClickSend, OpenMarket), kept as the obligation consent.mx.operator-opt-in.',
    },
    transactional: {
      value: 'express',
      sources: [S_CLICKSEND, S_OPENMARKET, S_TWILIO_SC],
      note: 'ClickSend and OpenMarket require opt-in for all messaging programs, and Twilio requires express consent before any short-code SMS. No legal rule specific to transactional SMS was found.',
    },
    laws: {
      value: [
        'Ley Federal de Protección al Consumidor (Registro Público para Evitar Publicidad, REPEP)',
        'Ley Federal de Protección de Datos Personales en Posesión de los Particulares (2025)',
      ],
      sources: [S_LFPC, S_LFPC_EN, S_UNOTV_REPEP, S_IDC_REPEP, S_LFPDPPP, S_TENA_LFPDPPP],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['BAJA', 'STOP'],
      sources: [S_SAP],
      note: 'Re-checked 2026-12-06: SAP says the sender must support BAJA and STOP opt-out messages. ALTO, named only by Sent\'s guide (a digest), was dropped: a secondary source cannot add to what a provider page establishes (ALTO is the Spanish keyword Twilio gives for US short codes, not a Mexican rule). No source names opt-in keywords for Mexico.',
    },
    marketingInstructions: {
      value: 'unknown',
      note: 'Opt-out is required (SAP, ClickSend: any form allowed) but no source read says each message must state how to opt out.',
      sources: [S_SAP, S_CLICKSEND],
    },
    transactionalInstructions: { value: 'unknown', note: 'No source addresses opt-out text in non-marketing messages.' },
    wording: { value: 'unknown', note: 'No required wording found; the Twilio short-code opt-out section could not be read.' },
    deadline: {
      value: 'unknown',
      note: 'No deadline for individual opt-out requests found. REPEP registrations take effect 30 days after sign-up (covered by the REPEP obligation).',
    },
  },
  help: {
    keywords: {
      value: ['HELP'],
      sources: [S_CLICKSEND],
      note: 'ClickSend says programmes should support a HELP message (best practice). AYUDA, named only by Sent\'s guide (a digest), was dropped on re-check 2026-12-06 for the same reason as ALTO.',
    },
    required: { value: 'best-practice', sources: [S_CLICKSEND] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.mx.marketing',
        level: 'recommended',
        useCases: MARKETING_LIKE,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '20:00' },
          { days: ['fri', 'sat', 'sun'], start: '18:00', end: '20:00' },
        ],
        publicHolidays: 'unknown',
        timeBasis: 'recipient-local',
        text: 'Send promotional messages only in daytime: Twilio advises nothing between 21:00 and 09:00 and says some short codes reject marketing between 20:30 and 08:00 (Mexico City time); Bird lists quiet hours of 20:00-08:00 Monday to Thursday and 20:00-18:00 Friday to Sunday. The narrowest combination is encoded, which leaves only 18:00-20:00 on Friday to Sunday; that weekend figure comes from Bird alone and looks unusual.',
        sources: [S_TWILIO_SMS, S_TWILIO_SC_BP, S_BIRD_NA],
      },
    ],
    sources: [S_TWILIO_SMS, S_TWILIO_SC_BP, S_BIRD_NA],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'mx.sender-id',
      name: 'Operator alphanumeric sender ID registration (Telcel, Movistar, AT&T Mexico)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the brand name with each operator through your provider, with a letter of authorization and company details (name, website, headquarters address, industry, traffic type and origin); unregistered names are replaced by a short code or random number.',
      leadTime: { minDays: 0, maxDays: 14 },
      sources: [S_INFOBIP_LOA, S_VONAGE, S_SAP],
    },
    {
      id: 'mx.short-code',
      name: 'Operator approval of short-code services',
      senderKinds: ['short-code'],
      level: 'required',
      text: 'Submit the service description, message flow and sample content (including URLs) for approval by the operators before any traffic; dedicated codes carry setup and monthly network fees and a minimum 3-month term.',
      leadTime: { minDays: 91, maxDays: 119 },
      sources: [S_CLICKSEND_DOCS, S_TWILIO_SC, S_TWILIO_SC_BP],
    },
  ],
  content: {
    value: [
      {
        id: 'content.mx.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'No political content and no SMS marketing or research for elections; carriers block numbers used for candidates or causes.',
        sources: [S_TWILIO_SMS, S_VONAGE, S_CLICKSEND, S_SAP],
      },
      {
        id: 'content.mx.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'No religious content.',
        sources: [S_VONAGE, S_CLICKSEND, S_SAP],
      },
      {
        id: 'content.mx.sex',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No adult or sexual content.',
        sources: [S_TWILIO_SMS, S_VONAGE, S_CLICKSEND],
      },
      {
        id: 'content.mx.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'No alcohol-related content.',
        sources: [S_TWILIO_SMS, S_VONAGE, S_CLICKSEND, S_SAP],
      },
      {
        id: 'content.mx.firearms',
        topic: 'firearms',
        restriction: 'prohibited',
        text: 'No firearms content.',
        sources: [S_TWILIO_SMS],
      },
      {
        id: 'content.mx.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'No gambling content; ClickSend also lists raffles as not allowed.',
        sources: [S_TWILIO_SMS, S_CLICKSEND],
      },
      {
        id: 'content.mx.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No controlled-substance content.',
        sources: [S_TWILIO_SMS],
      },
      {
        id: 'content.mx.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'No cannabis content.',
        sources: [S_TWILIO_SMS],
      },
      {
        id: 'content.mx.high-risk-financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No money-lending or loan content.',
        sources: [S_TWILIO_SMS],
      },
      {
        id: 'content.mx.lead-generation',
        topic: 'lead-generation',
        restriction: 'prohibited',
        text: 'No lead-generation content.',
        sources: [S_TWILIO_SMS],
      },
      {
        id: 'content.mx.other',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No Text-to-Pay, no social or friend invites, no fraud, no inappropriate language, and no content using sensitive end-user data or third-party trademarks.',
        sources: [S_TWILIO_SMS, S_VONAGE, S_CLICKSEND, S_TWILIO_SC_BP],
      },
    ],
    sources: [S_TWILIO_SMS, S_VONAGE, S_CLICKSEND],
  },
  dataProtection: {
    value: ['Ley Federal de Protección de Datos Personales en Posesión de los Particulares (DOF 2025-03-20)'],
    sources: [S_LFPDPPP, S_BASHAM_LFPDPPP, S_TENA_LFPDPPP],
    note: 'The 2025 law took effect on 2025-03-21 and repealed the 2010 law of the same name; supervision passed from the INAI to the Secretaría Anticorrupción y Buen Gobierno.',
  },
  obligations: [
    {
      id: 'identification.mx.advertising-sender',
      category: 'identification',
      level: 'required',
      text: 'Name the supplier in every promotional message, and the company sending it on the supplier\'s behalf if there is one (LFPC art. 17).',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_LFPC, S_LFPC_EN],
    },
    {
      id: 'identification.mx.advertising-contact',
      category: 'identification',
      level: 'required',
      text: 'Give in every promotional message the address and phone number (or, failing that, the email address) of the supplier, of any company sending for it, and of Profeco (LFPC art. 17).',
      useCases: MARKETING_LIKE,
      check: { kind: 'contact' },
      sources: [S_LFPC, S_LFPC_EN],
    },
    {
      id: 'opt-out.mx.direct-request',
      category: 'opt-out',
      level: 'required',
      text: 'When a consumer asks you directly to stop sending publicity or not to pass their data to third parties, stop and do not pass it on; sending publicity after such a request is prohibited (LFPC arts. 17 and 18 bis).',
      useCases: MARKETING_LIKE,
      sources: [S_LFPC, S_LFPC_EN],
    },
    {
      id: 'data-protection.mx.marketing-data-access',
      category: 'data-protection',
      level: 'required',
      text: 'If you use consumer data for marketing, tell any person who asks, free of charge and within 30 days, whether you hold data on them, what you shared and with whom, and correct inaccurate data (LFPC art. 16).',
      useCases: MARKETING_LIKE,
      sources: [S_LFPC, S_LFPC_EN],
    },
    {
      id: 'consent.mx.operator-opt-in',
      category: 'consent',
      level: 'required',
      text: 'Collect an opt-in (web, call centre, keyword or signed form) before adding a number to an SMS programme, as the Mexican operators demand, and be able to show it on request.',
      sources: [S_TWILIO_SC, S_CLICKSEND, S_OPENMARKET],
    },
    {
      id: 'consent.mx.repep',
      category: 'consent',
      level: 'required',
      text: 'Before promotional SMS, screen numbers against Profeco\'s REPEP do-not-contact register (LFPC arts. 18 and 18 bis); a registration applies 30 days after the consumer signs up, and explicit consent given to you in a contract overrides it.',
      useCases: MARKETING_LIKE,
      sources: [S_LFPC, S_UNOTV_REPEP, S_ADN40_REPEP, S_IDC_REPEP, S_ELSIGLO_REPEP],
    },
    {
      id: 'record-keeping.mx.proof-of-opt-in',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of each opt-in so you can show it in an operator audit or after a user complaint, and remove opted-out users from your lists.',
      sources: [S_CLICKSEND, S_OPENMARKET],
    },
    {
      id: 'data-protection.mx.privacy-notice',
      category: 'data-protection',
      level: 'required',
      text: 'Give a privacy notice when you collect phone numbers, separating necessary from voluntary purposes, with a simplified notice when data is collected electronically; consent to data processing must be free, specific and informed (tacit consent is the general rule).',
      sources: [S_TENA_LFPDPPP, S_BASHAM_LFPDPPP],
    },
    {
      id: 'identification.mx.local-support-number',
      category: 'identification',
      level: 'recommended',
      text: 'Provide a local phone number end users can call with questions about the program.',
      sources: [S_OPENMARKET],
    },
  ],
};
