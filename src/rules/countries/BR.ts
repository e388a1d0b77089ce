import { APPLICATION_MEDIATED_P2P } from '../global';
import { S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Brazil. A2P SMS runs over operator short codes (Claro, TIM, Vivo...) and
// registered alphanumeric senders; operators set content, hours and opt-in
// rules (under Anatel oversight). Personal data falls under the LGPD.
// Re-audited 2026-12-06: Twilio SMS guidelines (sender table read from a stored
// copy of the page), AWS South America table, Infobip and Bird country notes
// (from a stored copy bundling their pages), LGPD and Anatel RGC.
// Re-read 2026-12-06 under section 5 of the research policy: the "stored copy" of Twilio's SMS
// page is a word-for-word section of a public GitHub compilation that names the page's
// address; no stored twilio.com SMS page for Brazil was found to compare it with (only the
// RCS and short-code pages are stored), so it stands for the page (kind provider). The Bird
// and Infobip sections of the compilation name no page: they are cited as secondary ("read in
// a compiled copy"). Infobip's own LOA page is a provider page and stays one. Values that
// rested on the compiled copies were re-decided; offers resting only on them dropped.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;

// --- Sources ---------------------------------------------------------------
const S_TWILIO_SC = {
  title: 'Twilio Short Code Guidelines: Brazil',
  url: 'https://static1.twilio.com/en-us/guidelines/br/short-code',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_SC_BP = {
  title: 'Twilio Help: Brazil Short Code Best Practices',
  url: 'https://support.twilio.com/hc/en-us/articles/4425028701467-Brazil-Short-Code-Best-Practices',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_RCS = {
  title: 'Twilio RCS Guidelines: Brazil',
  url: 'https://www.twilio.com/en-us/guidelines/br/rcs',
  kind: 'provider', reviewed: R,
} as const;
const S_SALESFORCE = {
  title: 'Salesforce Help: Guide for Sending SMS Messages to Brazil',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_brazil.htm&language=nl_NL&type=5',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: Brazil +55',
  url: 'https://help.clicksend.com/article/an2xy6g7zu-brazil',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_INFOBIP_LOA = {
  title: 'Infobip Docs: Brazil Letter of Authorization (LOA) guidelines',
  url: 'https://www.infobip.com/docs/essentials/latam-registration/brazil-letter-of-authorization-loa-guidelines',
  kind: 'provider', reviewed: R,
} as const;
const S_SURESMS = {
  title: 'SureSMS: SMS rules for Brazil',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/brazil/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MAILPRO = {
  title: 'Mailpro FAQ: SMS-Regulierungen Brasilien',
  url: 'https://de.mailpro.com/faq/sms-regulierungen-brasilien',
  kind: 'provider', reviewed: R,
} as const;
const S_SENTDM = {
  title: 'Sent: Brazil SMS Guide (dated May 3, 2025)',
  url: 'https://www.sent.dm/resources/brazil-sms-guide',
  kind: 'secondary', published: '2025-05-03', reviewed: R,
} as const;
const S_ESTADAO_SAIR = {
  title: 'Estadão Link: Publicidade via SMS poderá ser bloqueada (2018-07)',
  url: 'https://link.estadao.com.br/noticias/geral,publicidade-via-sms-podera-ser-bloqueada,10000035375',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_IBAHIA_SAIR = {
  title: 'iBahia: Termina hoje prazo para operadora consultar cliente (Anatel opt-in for operator advertising SMS)',
  url: 'https://www.ibahia.com/brasil/termina-hoje-prazo-para-operadora-consultar-cliente',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_BULKSERVICES = {
  title: 'Bulk Services blog: Entenda a legislação para envio de SMS marketing',
  url: 'https://bulkservices.com.br/blog/entenda-a-legislacao-para-envio-de-sms-marketing',
  kind: 'provider', reviewed: R,
} as const;
const S_SENDPULSE = {
  title: 'SendPulse Blog: Legislação para SMS Marketing',
  url: 'https://sendpulse.com/br/blog/legislacao-para-sms-marketing',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_NOTIFICA = {
  title: 'Notifica Blog: LGPD e Notificações: Guia de Compliance para SMS, WhatsApp e Email',
  url: 'https://notifica-blog.pages.dev/blog/07-compliance-lgpd-notifications',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MEX10 = {
  title: 'Mex10 Blog: LGPD e Marketing Digital: Como Enviar SMS e Disparos Dentro da Lei',
  url: 'https://blog.mex10.com/lgpd-e-marketing-digital-como-enviar-sms-e-torpedos-dentro-da-lei/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_NMP_R7 = {
  title: "R7: 'Não me Perturbe': empresas criam serviço que bloqueia telemarketing (2021-10)",
  url: 'https://noticias.r7.com/brasil/nao-me-perturbe-empresas-criam-servico-que-bloqueia-telemarketing-27102021',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_NMP_SONOTICIA = {
  title: "Só Notícia Boa: 'Não me perturbe' bloqueia chamadas inoportunas de telemarketing (2025-09-08)",
  url: 'https://www.sonoticiaboa.com.br/2025/09/08/nao-me-perturbe-bloqueia-chamadas-inoportunas-telemarketing-como-cadastrar',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_NMP_CASTELLO = {
  title: "Portal Castello: Anatel obriga todas as teles a aderirem ao 'Não me perturbe'",
  url: 'https://portalcastello.com.br/anatel-obriga-todas-as-teles-a-aderirem-ao-nao-me-perturbe-plataforma-ja-tem-13-milhoes-de-numeros-cadastrados',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_LGPD = {
  title: 'Lei Geral de Proteção de Dados Pessoais (LGPD), Lei nº 13.709/2018',
  url: 'https://www.planalto.gov.br/ccivil_03/_ato2015-2018/2018/lei/l13709.htm',
  kind: 'law', reviewed: R,
} as const;
const S_CDC = {
  title: 'Código de Defesa do Consumidor, Lei nº 8.078/1990, art. 36',
  url: 'https://www.planalto.gov.br/ccivil_03/leis/l8078compilado.htm',
  kind: 'law', reviewed: R,
} as const;
const S_CDC36 = {
  title: 'Israel Rodrigues de Queiroz Junior: Publicidade enganosa à luz do CDC (quotes art. 36)',
  url: 'https://pt.scribd.com/document/139155437/Artigos-36-e-37',
  kind: 'secondary', reviewed: R,
} as const;
const S_TW = {
  title: 'Twilio SMS Guidelines: Brazil (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/br/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS = { ...S_AWS_SOUTH_AMERICA, reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Brazil (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Brazil (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_RGC = {
  title: 'Anatel Resolução nº 632/2014, Regulamento Geral de Direitos do Consumidor de Serviços de Telecomunicações (RGC), as reported by Só Notícias / Procon-MT',
  url: 'https://sonoticias.com.br/geral/prestadoras-nao-podem-enviar-propagandas-a-usuarios',
  kind: 'secondary', reviewed: R,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const BR: CountryRules = {
  country: 'BR',
  name: 'Brazil',
  status: 'researched',
  reviewed: R,
  timeZones: [
    'America/Sao_Paulo',
    'America/Bahia',
    'America/Fortaleza',
    'America/Recife',
    'America/Manaus',
    'America/Belem',
    'America/Maceio',
    'America/Cuiaba',
    'America/Campo_Grande',
    'America/Araguaina',
    'America/Porto_Velho',
    'America/Santarem',
    'America/Boa_Vista',
    'America/Rio_Branco',
    'America/Eirunepe',
    'America/Noronha',
  ],
  languages: ['pt'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      sources: [S_SALESFORCE, S_CLICKSEND, S_SENTDM],
      note: 'Sources say long codes are not offered for A2P (Salesforce), that numeric long-code senders are replaced by a short code (ClickSend), or that long codes are for domestic P2P only (Sent); none speaks of filtering A2P on P2P routes.',
    },
  },
  senders: {
    'short-code': {
      supported: { value: true, sources: [S_TW, S_TWILIO_SC, S_AWS, S_INFOBIP, S_BIRD, S_SALESFORCE] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TW] },
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS] },
      ],
      registration: {
        value: 'required',
        sources: [S_SALESFORCE, S_TWILIO_SC],
        note: 'Short codes need pre-registration with the operators. Salesforce says operators want at least 100,000 sends a month to keep a code active; Twilio says idle codes may be disconnected without warning.',
      },
      programme: 'br.short-code',
      twoWay: { value: true, sources: [S_TW, S_AWS, S_INFOBIP, S_SALESFORCE] },
      throughput: {
        value: { messagesPerSecond: 150, text: 'Twilio gives 150 transactions per second for transactional short-code traffic (OTP and critical alerts).' },
        sources: [S_TWILIO_SC_BP],
      },
      leadTime: {
        value: { minDays: 14, maxDays: 42 },
        sources: [S_TW, S_SALESFORCE, S_TWILIO_SC],
        note: 'Twilio: 2 to 4 weeks; Salesforce: about 6 weeks; the compiled Infobip copy (secondary): up to 48 hours for a code in stock, otherwise 1 to 2 months. Twilio warns of an annual operator provisioning freeze from late November to mid-January.',
      },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Twilio marks the short code as preserved.' },
      restrictedUseCases: {
        value: ['political'],
        sources: [S_TWILIO_SC_BP, S_TWILIO_RCS],
        note: 'Political causes and politicians are not allowed on short codes; other restrictions are content-based (see content).',
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
        sources: [S_TW, S_INFOBIP, S_BIRD],
        note: 'Twilio marks domestic long codes as supported by the operators but only for person-to-person messaging. The compiled copies (secondary) split: Infobip says messaging from virtual long numbers is not allowed, Bird lists Brazilian numbers as a sender. Salesforce and AWS do not offer them.',
      },
      restriction: {
        text: 'Operators accept Brazilian mobile numbers only for person-to-person traffic; application-to-person messages (alerts, OTP, marketing) over them are not allowed and may be blocked. Use a short code or a registered sender name for A2P.',
        sources: [S_TW, S_INFOBIP],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: true,
        sources: [S_TW, S_CLICKSEND, S_MAILPRO],
        note: 'Twilio (a major provider) marks domestic long codes as preserved; ClickSend and Mailpro say numeric senders are replaced with a short code.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_SALESFORCE, S_CLICKSEND, S_MAILPRO],
        note: 'Twilio marks international long codes as not supported by the operators (it still delivers A2P from a foreign number, but the number is replaced by a random short or long code); Salesforce, ClickSend and Mailpro (other providers) and the compiled Bird copy (secondary) agree. SureSMS\'s summary table marks foreign numeric senders as supported but its own text says numeric senders are not allowed outside a two-way service.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_TW, S_CLICKSEND, S_MAILPRO] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP_LOA],
        note: 'Twilio marks dynamic (unregistered) sender names as not supported by the operators, the compiled Bird copy (secondary) lists sender names as not supported, and Infobip (its own LOA page) says unregistered names are converted into a short code. Messages sent with an unregistered name may still be delivered, but from a substituted short code or number (ClickSend, SureSMS).',
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: false, sources: [S_CLICKSEND], note: 'Two-way messaging needs a short code.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_INFOBIP_LOA, S_CLICKSEND, S_SURESMS, S_MAILPRO] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TW, S_INFOBIP_LOA, S_INFOBIP, S_CLICKSEND, S_SENTDM],
        note: 'Twilio marks registered sender names as supported by the operators (registration is available on TIM, Claro and Vivo, with no split between domestic and international traffic); Infobip (its own LOA page) says Claro, TIM and Vivo accept registered names. Salesforce, SureSMS and Mailpro (other providers) and the compiled Bird copy (secondary) say sender names are replaced. Registration is open only to entities established in Brazil (Infobip).',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP_LOA] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW, S_INFOBIP_LOA, S_CLICKSEND],
        note: 'Letter of authorization per sender; upper-case brand name only (Vivo accepts only upper case), no spaces or special characters, not generic, at most 11 characters. Twilio calls the registration optional because unregistered names are not kept.',
      },
      programme: 'br.sender-id',
      twoWay: { value: false, sources: [S_CLICKSEND], note: 'Alphanumeric senders are one-way; two-way needs a short code.' },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 70, maxDays: 70 },
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio (the only major-provider page that gives a time): 10 weeks. The compiled Infobip copy (secondary, does not override it): up to 3 months.',
      },
      senderIdPreserved: {
        value: true,
        sources: [S_TW, S_INFOBIP_LOA, S_BIRD, S_MAILPRO],
        note: 'Twilio and Infobip (its own LOA page) say a registered name is kept on TIM, Claro and Vivo; Mailpro (another provider) and the compiled Bird copy (secondary) say every sender ID is replaced by a local short or long code. The major-provider pages decide; smaller networks may still replace the name.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_TWILIO_RCS, S_INFOBIP, S_CLICKSEND, S_SURESMS, S_LGPD],
      note: 'Operators forbid promotional messages without an explicit opt-in and want proof of it on request (Twilio, ClickSend; the compiled Infobip copy, secondary, agrees). The LGPD itself also allows other legal bases (art. 7), so the opt-in rests on the operators\' rules.',
    },
    transactional: {
      value: 'implied-or-express',
      sources: [S_LGPD, S_NOTIFICA, S_CLICKSEND, S_MAILPRO],
      note: 'The LGPD (art. 7) lets personal data be processed to perform a contract or for legitimate interest, not only with consent, so service messages to existing customers need no separate opt-in under the law. ClickSend and Mailpro (not major providers) ask for opt-in for all SMS traffic.',
    },
    laws: {
      value: ['Lei Geral de Proteção de Dados Pessoais (LGPD), Lei nº 13.709/2018'],
      sources: [S_LGPD, S_RGC],
      note: 'Anatel\'s RGC (Resolução nº 632/2014) gives subscribers the right not to receive their own operator\'s advertising SMS without prior, free and express consent; it does not bind third-party senders.',
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['SAIR', 'PARE'],
      sources: [S_ESTADAO_SAIR, S_IBAHIA_SAIR, S_SENDPULSE, S_NOTIFICA, S_BULKSERVICES, S_SENTDM],
      note: 'SAIR is the keyword Anatel set for opting out of operators\' own advertising SMS; PARE is the customary reply keyword in provider guides (Bulk Services says a recipient of unwanted advertising replies "pare"). Re-checked 2026-12-06: no source names opt-in keywords for Brazil.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_INFOBIP, S_MAILPRO, S_SURESMS],
      note: 'No law or major-provider page speaks of opt-out text in the message (the LGPD asks for a free, easy way to withdraw consent, not for text in each message). Among other providers Mailpro lists opt-out instructions as required and SureSMS only recommends a free, easy unsubscribe, an even split; the next level that speaks, the compiled Infobip copy (secondary), says marketing content must carry an opt-out option.',
    },
    transactionalInstructions: { value: 'unknown', note: 'No source addresses opt-out text in non-marketing messages.' },
    wording: {
      value: 'Tell the recipient in Portuguese to reply with a keyword such as PARE or SAIR to stop receiving messages, free of charge.',
      sources: [S_NOTIFICA, S_ESTADAO_SAIR, S_SENDPULSE],
    },
    deadline: {
      value: 'No statutory deadline was found; guides advise blocking further sends within 24 hours of the request, ideally at once.',
      sources: [S_NOTIFICA, S_SENTDM],
    },
  },
  help: {
    keywords: {
      value: ['AJUDA'],
      sources: [S_SENTDM],
      note: 'Only Sent\'s guide names the keyword; ClickSend asks for a HELP message without naming it.',
    },
    required: { value: 'best-practice', sources: [S_CLICKSEND] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.br.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '09:00', end: '22:00' },
        ],
        publicHolidays: 'unknown',
        timeBasis: 'recipient-local',
        text: 'Send marketing SMS only between 09:00 and 22:00 local time, Monday to Saturday, never on Sunday (Twilio; its short-code guide gives the same hours). Brazil spans several time zones. Narrower windows are reported elsewhere: Salesforce weekdays 08:00-18:00 and Saturday 09:00-13:00, no national holidays; the compiled Bird and Infobip copies weekdays 08:00-20:00 and Saturday 08:00-14:00. No statute sets these hours; they are operator rules as the providers report them.',
        sources: [S_TW, S_TWILIO_SC_BP, S_SALESFORCE, S_INFOBIP, S_BIRD],
      },
    ],
    sources: [S_TW, S_TWILIO_SC_BP, S_SALESFORCE, S_INFOBIP, S_BIRD],
    note: 'Twilio is the only major-provider page that speaks and decides. Salesforce (another provider) and the compiled Bird and Infobip copies (secondary) give narrower windows; lower levels do not override it.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'br.sender-id',
      name: 'Operator alphanumeric sender ID registration (Claro, TIM, Vivo)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'A company registered in Brazil submits a letter of authorization for each brand name through its provider; unregistered names are converted into a short code.',
      sources: [S_INFOBIP_LOA],
    },
    {
      id: 'br.short-code',
      name: 'Operator short-code registration',
      senderKinds: ['short-code'],
      level: 'required',
      text: 'Apply to the operators for a (random, free-to-end-user, five-digit) short code with company and program details and sample content; financial-services senders must list the full URLs they will send. Keep volume up: idle codes can be disconnected.',
      leadTime: { minDays: 42, maxDays: 42 },
      sources: [S_SALESFORCE, S_TWILIO_SC],
    },
  ],
  content: {
    value: [
      {
        id: 'content.br.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'No political or electoral content.',
        sources: [S_TWILIO_SC_BP, S_TWILIO_RCS, S_CLICKSEND, S_MAILPRO],
      },
      {
        id: 'content.br.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'No religious content.',
        sources: [S_TWILIO_SC_BP, S_TWILIO_RCS, S_CLICKSEND, S_MAILPRO],
      },
      {
        id: 'content.br.sex',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No adult or sexual content.',
        sources: [S_TWILIO_SC_BP, S_TWILIO_RCS, S_CLICKSEND],
      },
      {
        id: 'content.br.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'No gambling, casino, betting or lottery promotion. Twilio\'s newer RCS/short-code guidance allows brands approved by the Brazilian government and SureSMS says gaming content must be registered; without that approval treat it as prohibited.',
        sources: [S_TWILIO_SC_BP, S_TWILIO_RCS, S_SURESMS, S_CLICKSEND],
      },
      {
        id: 'content.br.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No controlled substances or other illegal products or services.',
        sources: [S_TWILIO_RCS, S_TWILIO_SC_BP],
      },
      {
        id: 'content.br.high-risk-financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No multilevel trading, pyramid or get-rich-quick schemes, and no promises of unrealistic earnings.',
        sources: [S_TWILIO_SC_BP, S_TWILIO_RCS, S_SURESMS],
      },
      {
        id: 'content.br.financial-urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Financial-services senders must register the full URLs they use before sending and name the business in the message, or carriers may block the messages.',
        sources: [S_SALESFORCE],
      },
      {
        id: 'content.br.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'restricted',
        text: 'Avoid public URL shorteners; use your own (private) short domain to limit blocking.',
        sources: [S_SURESMS],
      },
      {
        id: 'content.br.other',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No spam or phishing, no malware, no sensitive end-user data, no content infringing third-party copyrights or trademarks, and no content about ending a pregnancy.',
        sources: [S_TWILIO_SC_BP, S_MAILPRO],
      },
    ],
    sources: [S_TWILIO_SC_BP, S_TWILIO_RCS, S_CLICKSEND],
  },
  dataProtection: {
    value: ['Lei Geral de Proteção de Dados Pessoais (LGPD), Lei nº 13.709/2018'],
    sources: [S_LGPD, S_MEX10, S_NOTIFICA],
    note: 'Enforced by the ANPD (Autoridade Nacional de Proteção de Dados).',
  },
  obligations: [
    {
      id: 'identification.br.advertising-identifiable',
      category: 'identification',
      level: 'required',
      text: 'Make an advertising message easy to recognise at once as advertising, and keep the facts behind its claims on file (Código de Defesa do Consumidor art. 36).',
      useCases: MARKETING_LIKE,
      sources: [S_CDC, S_CDC36],
    },
    {
      id: 'opt-out.br.lgpd-revocation',
      category: 'opt-out',
      level: 'required',
      text: 'Let recipients withdraw consent at any time through a free and easy procedure, and stop processing their number for that purpose once they do (LGPD art. 8 §5 and art. 18). In practice, give a free reply keyword such as SAIR in marketing messages and honour it.',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [S_LGPD, S_INFOBIP, S_MAILPRO],
    },
    {
      id: 'consent.br.marketing-frequency',
      category: 'consent',
      level: 'required',
      text: 'Send at most 7 marketing messages per user per week on a short code unless the user agreed to more.',
      useCases: MARKETING_LIKE,
      senderTypes: ['short-code'],
      sources: [S_TWILIO_SC_BP],
    },
    {
      id: 'record-keeping.br.proof-of-opt-in',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of each opt-in (method and time) so you can show it in an operator audit or after a complaint, and remove opted-out users from your lists.',
      sources: [S_CLICKSEND, S_MEX10],
    },
    {
      id: 'registration.br.local-entity',
      category: 'registration',
      level: 'required',
      text: 'Register alphanumeric sender names through a company established in Brazil; foreign entities cannot register them.',
      senderTypes: ['alphanumeric'],
      sources: [S_INFOBIP_LOA],
    },
    {
      id: 'consent.br.nao-me-perturbe',
      category: 'consent',
      level: 'recommended',
      text: 'If you are a telecom provider or offer payroll-deductible (consignado) loans or credit cards, screen marketing contacts against the Não Me Perturbe list; sources describe it as blocking telemarketing calls, so whether it covers SMS is not confirmed.',
      useCases: MARKETING_LIKE,
      sources: [S_NMP_R7, S_NMP_SONOTICIA, S_NMP_CASTELLO],
    },
  ],
};
