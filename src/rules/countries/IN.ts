import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// India. Domestic commercial SMS runs under TRAI's TCCCPR 2018 (DLT registration of
// entity, headers, templates and consent templates). International (ILDO) traffic is
// delivered with the sender overwritten by a short code.
const REVIEWED = '2026-11-23' as const;
// Re-audited 2026-12-06 against TRAI's own page for senders, the TCCCPR text,
// Twilio, Vonage, AWS, Telnyx and Plivo.
const R = '2026-12-06' as const;

const S_TWILIO = {
  title: 'Twilio SMS Guidelines: India',
  url: 'https://www.twilio.com/en-us/guidelines/in/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_REG = {
  title: 'Twilio: Documents Required and Instructions to Register Your Alphanumeric Sender ID in India',
  url: 'https://support.twilio.com/hc/en-us/articles/21162166457755-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-India',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_LIMITS = {
  title: 'Twilio: Limitations sending SMS messages to Indian mobile devices',
  url: 'https://support.twilio.com/hc/en-us/articles/223134167-Limitations-sending-SMS-messages-to-Indian-mobile-devices',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_SC = {
  title: 'Twilio: India Short Code Best Practices',
  url: 'https://support.twilio.com/hc/en-us/articles/20441562481435-India-Short-Code-Best-Practices',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE = {
  title: 'Vonage: India SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017423',
  kind: 'provider', reviewed: R,
} as const;
const S_NEXMO_OLD = {
  title: 'Nexmo (Vonage) Help: India Features & Restrictions (older article)',
  url: 'https://help.nexmo.com/hc/en-us/articles/204017423-India-Features-Restrictions',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX = {
  title: 'Telnyx: International SMS Compliance Guide',
  url: 'https://developers.telnyx.com/docs/messaging/messages/international-sms-compliance',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_PARAMS = {
  title: 'AWS SDK for Kotlin: SendTextMessageRequest.destinationCountryParameters',
  url: 'https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/pinpointsmsvoicev2/aws.sdk.kotlin.services.pinpointsmsvoicev2.model/-send-text-message-request/destination-country-parameters.html',
  kind: 'provider', reviewed: R,
} as const;
const S_EXOTEL_TYPES = {
  title: 'Exotel Support: What are the different types of SMS?',
  url: 'https://support.exotel.com/support/solutions/articles/3000101723-sms-types',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_EXOTEL_API = {
  title: 'Exotel Developer Docs: Send SMS (DLT compliance)',
  url: 'https://developer.exotel.com/docs/sms-api/api-reference/send-sms',
  kind: 'provider', reviewed: R,
} as const;
const S_SMSGH = {
  title: 'SMSGatewayHub: Important DLT Update: New Service Explicit Message Restriction Time 10 am to 9 pm',
  url: 'https://crm.smsgatewayhub.com/knowledge-base/article/important-update-new-service-explicit-message-restriction-time-10-am-to-9-pm',
  kind: 'provider', reviewed: R,
} as const;
const S_SMSINDIAHUB = {
  title: 'SMSIndiaHub: DLT Content Templates Explained',
  url: 'https://smsindiahub.in/dlt-content-templates-explained',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_D7 = {
  title: 'D7 Networks: SMS Regulations in India',
  url: 'https://d7networks.com/sms/india/sms-regulations',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MSGCENTRAL = {
  title: 'Message Central: India SMS Guidelines, Regulations & DLT Compliance',
  url: 'https://www.messagecentral.com/ar/sms-guidelines/india',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKATELL = {
  title: 'Clickatell: India SMS Messaging Regulations and Restrictions',
  url: 'https://www.clickatell.com/faqs/answer/india-sms-messaging-regulations-and-restrictions/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SATISFI = {
  title: 'Satisfi Labs: SMS Regulations for India',
  url: 'https://docs.satisfilabs.com/resource-center/marketing-engine/campaigns/messaging-campaigns/sms-regulations/sms-regulations-for-india',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ENABLEX = {
  title: 'EnableX: International SMS Regulations: India',
  url: 'https://developer.enablex.io/docs/quickstart/sms/international-sms-regulations/country/india/',
  kind: 'provider', reviewed: R,
} as const;
const S_SMSGLOBAL_KW = {
  title: 'SMSGlobal: India - Laws and Regulations (opt-out requirements)',
  url: 'https://knowledgebase.smsglobal.com/en/articles/5185807-india-laws-and-regulations',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_SMSGLOBAL = {
  title: 'SMSGlobal: India - Laws and Regulations',
  url: 'https://knowledgebase.smsglobal.com/en/articles/5185807-india-laws-and-regulations',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ONLINESMS = {
  title: 'OnlineSMSService: SMS Legal Compliance in India',
  url: 'https://onlinesmsservice.com/legal',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_KHAITAN = {
  title: 'Khaitan & Co: Efforts to curb spam continue: TRAI releases Second Amendment to the TCCCPR 2018',
  url: 'https://khaitanco.com/thought-leadership/Efforts-to-Curb-Spam-Continue-TRAI-Releases-Second-Amendment-to-the-TCCCPR-2018',
  kind: 'secondary', reviewed: R,
} as const;
const S_SUFFIX = {
  title: 'CampaignSMS: TRAI SMS rules: message-type suffix on SMS headers from 6 May 2025',
  url: 'https://campaignsms.com/?p=14787',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_FOXMANDAL = {
  title: 'FoxMandal: TRAI Mandates Fresh Consent for Sending Promotional Messages',
  url: 'https://www.foxmandal.in/News/trai-mandates-fresh-consent-for-sending-promotional-messages/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_NDTV_DCA = {
  title: 'NDTV: Now, platform to shut out pesky promotional messages on your phone (TRAI-RBI digital consent pilot)',
  url: 'https://www.ndtv.com/india-news/now-platform-to-shut-out-pesky-promotional-messages-on-your-phone-9787464',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_URL_WHITELIST = {
  title: "Zee News: TRAI's big step to curb misuse of URLs in messages, to come into effect from 1 October",
  url: 'https://zeenews.india.com/technology/trais-big-step-to-curb-misuse-of-urls-in-messages-sms-to-come-into-effect-from-1-october-2799157.html',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TCCCPR = {
  title: 'Telecom Commercial Communications Customer Preference Regulations, 2018 (TRAI, 6 of 2018), text as reproduced by CaseMine',
  url: 'https://www.casemine.com/act/in/5f5f117f9fca195c05cce4b3/amp',
  kind: 'law', reviewed: R,
} as const;
const S_TCCCPR_2025 = {
  title: 'Telecom Commercial Communications Customer Preference (Second Amendment) Regulations, 2025 (TRAI, 1 of 2025), text as reproduced by indiangovtscheme.com',
  url: 'https://indiangovtscheme.com/2025/02/telecom-commercial-communications-customer-preference-second-amendment-regulations-2025.html',
  kind: 'law', published: '2025-02-12', reviewed: R,
} as const;
const S_TRAI_SENDERS = {
  title: 'TRAI: Advice to senders (regulatory requirements for principal entities under TCCCPR 2018)',
  url: 'https://trai.gov.in/advice-to-senders',
  kind: 'regulator', reviewed: R,
} as const;
const S_AWS = {
  title: 'AWS End User Messaging: Supported countries, Asia (India row)',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-asia.html',
  kind: 'provider', reviewed: R,
} as const;
const S_PLIVO = {
  title: 'Plivo Docs: Messaging compliance FAQ (India: DLT, domestic and international routes)',
  url: 'https://plivo.com/docs/faq/messaging/messaging-compliance',
  kind: 'provider', reviewed: R,
} as const;
const S_DPDP = {
  title: 'Digital Personal Data Protection Act, 2023 (India)',
  kind: 'law', reviewed: REVIEWED,
} as const;

export const IN: CountryRules = {
  country: 'IN',
  name: 'India',
  status: 'researched',
  reviewed: R,
  timeZones: ['Asia/Kolkata'],
  languages: ['en', 'hi'],
  traffic: {
    regime: {
      value: 'unknown',
      note: 'No source consulted (Twilio, Vonage, Clickatell, TRAI summaries) states whether application-mediated conversations count as P2P in India.',
    },
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Sources say numeric senders are overwritten with short codes, but none speaks to filtering A2P sent over P2P long-code routes.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TWILIO, S_VONAGE, S_TWILIO_SC],
        note: 'Twilio marks short codes as supported by the operator networks (Twilio itself does not sell them on its guideline page, but has an India short code best-practice article). Vonage accepts numeric senders only when they are subscribed short codes.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWILIO] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
      ],
      registration: {
        value: 'required',
        sources: [S_TRAI_SENDERS, S_VONAGE, S_ONLINESMS],
        note: 'TRAI: every commercial message goes out under a registered header with a registered content template; short codes must also be subscribed with the operator.',
      },
      programme: 'in.dlt',
      twoWay: {
        value: true,
        sources: [S_TWILIO_SC],
        note: 'Twilio gives a limit for inbound (MO) messages on India short codes (max 5 segments), implying replies are possible. Low confidence.',
      },
      throughput: { value: 'unknown', note: 'No throughput figure found for India short codes.' },
      leadTime: { value: 'unknown', note: 'No provisioning time found for India short codes.' },
      senderIdPreserved: { value: 'unknown', note: 'Not stated for short codes.' },
      restrictedUseCases: {
        value: ['political'],
        sources: [S_TWILIO_SC],
        note: 'Twilio India short codes: political and religious content not allowed (religious is kept as a content rule); OTP, alerts and marketing are allowed.',
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
        value: false,
        sources: [S_TRAI_SENDERS, S_TWILIO, S_VONAGE],
        note: 'TRAI: commercial messages may only be sent under a header registered on DLT. Twilio marks domestic long codes as not supported by the operator networks; Vonage accepts numeric senders only as subscribed short codes and replaces any other number. AWS lists India long codes as available in its own product table (its offer, not an operator statement).',
      },
      offers: [{ provider: 'aws', offered: true, sources: [S_AWS] }],
      registration: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWILIO, S_VONAGE, S_ENABLEX],
        note: 'Twilio\'s operator-capability row marks foreign numbers as not supported by the operator networks. Twilio still sells delivery from them, but only over International Long Distance Operator (ILDO) routes with the number replaced by a random short code (5NNNN to 5NNNNNNNN); Vonage likewise replaces any numeric sender that is not a subscribed short code. That is the providers\' delivery workaround, not operator acceptance: messages arrive, the number does not (Twilio\'s sale is its offer).',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWILIO] }],
      registration: {
        value: 'none',
        sources: [S_PLIVO, S_TWILIO, S_ENABLEX, S_MSGCENTRAL],
        note: 'Message Central: the ILDO route needs no DLT. Plivo lists no requirement for international-route traffic from businesses outside India (DLT applies to the domestic route); Twilio sends all India traffic over ILDO, bypassing DND; EnableX says sender IDs cannot be whitelisted for international traffic. D7 (not a major provider) says international templates also need DLT approval; the major-provider pages decide.',
      },
      twoWay: {
        value: false,
        sources: [S_TWILIO, S_TWILIO_LIMITS],
        note: 'Because the sender is replaced, recipients cannot reply.',
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: false,
        sources: [S_TWILIO, S_CLICKATELL],
        note: 'Numeric senders are overwritten with a random short code.',
      },
      restrictedUseCases: {
        value: ['political'],
        sources: [S_TWILIO],
        note: 'Twilio prohibits political content to India; other prohibited topics are kept as content rules.',
      },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TRAI_SENDERS, S_TWILIO, S_VONAGE, S_ENABLEX],
        note: 'TRAI: commercial messages may only use headers registered on DLT. Twilio marks unregistered names as not supported by the operators; Vonage replaces unregistered and generic IDs with a short code.',
      },
      registration: {
        value: 'unknown',
        note: 'Not applicable: unregistered names are not accepted; a registered name is the alphanumeric-preregistered row.',
      },
      twoWay: ALPHA_ONE_WAY,
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_ENABLEX], note: 'Overwritten to a short code on international traffic.' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TRAI_SENDERS, S_VONAGE, S_TELNYX, S_AWS, S_TWILIO_REG],
        note: 'TRAI: commercial messages go out under headers (up to 11 characters) registered on an operator DLT platform. Vonage, Telnyx, AWS and Plivo sell registered headers. Twilio\'s guideline page marks pre-registered names as not supported because it routes all India traffic over ILDO; the regulator decides.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWILIO] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'telnyx', offered: true, sources: [S_TELNYX] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO] },
      ],
      registration: {
        value: 'required',
        sources: [S_TRAI_SENDERS, S_TCCCPR, S_TWILIO_REG, S_VONAGE, S_EXOTEL_API],
      },
      programme: 'in.dlt',
      twoWay: ALPHA_ONE_WAY,
      throughput: { value: 'unknown', note: 'No figure found.' },
      leadTime: {
        value: { minDays: 14, maxDays: 28 },
        sources: [S_PLIVO],
        note: 'Plivo gives 2 to 4 weeks for DLT registration; no other source gives a time.',
      },
      senderIdPreserved: {
        value: false,
        sources: [S_NEXMO_OLD, S_SUFFIX],
        note: 'The handset shows the registered header with a two-letter operator/circle prefix (e.g. XX-HEADER) and, from 2025-05-06, a category suffix (-P, -S, -T, -G) added by operators.',
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Promotional messages to non-consenting users use numeric headers, while service-explicit (consented) messages may use alphabetic headers; no source gives a clean use-case list.',
      },
    },
  },
  consent: {
    marketing: {
      value: 'opt-out',
      sources: [S_TRAI_SENDERS, S_TCCCPR, S_EXOTEL_TYPES],
      note: 'TCCCPR is a preference regime: promotional messages may go to subscribers who have not blocked them in the national customer preference (DND) register; a subscriber who blocked a category can be reached only with explicit consent recorded through a registered consent template (TRAI lists consent registration and acquisition as "if any"). Vendors (SMSGlobal, D7) and news reports on digital consent acquisition (FoxMandal) ask for opt-in in every case; the regulator decides.',
    },
    transactional: {
      value: 'implied-or-express',
      sources: [S_TCCCPR, S_EXOTEL_TYPES],
      note: 'Transactional (bank OTP) and service-implicit messages rest on inferred consent from the customer relationship; other service messages need explicit consent (service-explicit).',
    },
    laws: {
      value: ['Telecom Commercial Communications Customer Preference Regulations, 2018 (TCCCPR), as amended by the Second Amendment Regulations, 2025'],
      sources: [S_TCCCPR, S_TCCCPR_2025],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_SMSGLOBAL_KW],
      note: 'Rests on one provider page (SMSGlobal, not a major provider, and its India page looks dated): it says a STOP keyword must be offered for opt-outs. The TRAI pages read name no reply keyword: recipients set preferences through the 1909 register and revoke consent through the operators, and a reply keyword only helps where the sender can receive replies.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_SMSGLOBAL, S_ONLINESMS, S_D7],
      note: 'Two vendor pages state promotional SMS must carry an opt-out option (D7 lists it as best practice). The regulation text itself was not read.',
    },
    transactionalInstructions: { value: 'unknown', note: 'No source speaks to opt-out text in transactional/service messages.' },
    wording: { value: 'unknown', note: 'No prescribed wording found.' },
    deadline: { value: 'unknown', note: 'No deadline for honouring opt-outs found in the sources read.' },
  },
  help: {
    keywords: { value: 'unknown', note: 'No HELP convention found for India.' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.in.promotional-2019',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Kolkata' },
        text: 'Promotional messages (including service-explicit traffic) were only delivered between 09:00 and 21:00 IST, every day. Transactional and service-implicit messages could go at any time.',
        sources: [S_CLICKATELL, S_SATISFI, S_D7, S_EXOTEL_TYPES],
        effectiveUntil: '2025-10-13',
      },
      {
        id: 'quiet-hours.in.promotional',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '10:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Kolkata' },
        text: 'Promotional and service-explicit messages are accepted by DLT platforms only between 10:00 and 21:00 IST; outside it they are rejected. Operators rolled this out from mid-October 2025 (Jio 13 Oct, Vi 17 Oct). Transactional and service-implicit messages are not time-limited. Twilio notes that its international (ILDO) traffic is delivered without time-of-day limits.',
        sources: [S_SMSGH, S_EXOTEL_TYPES],
        effectiveFrom: '2025-10-13',
      },
      {
        id: 'quiet-hours.in.short-code-marketing',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        senderTypes: ['short-code'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Kolkata' },
        text: 'On India short codes, keep marketing messages within 09:00–20:00 IST (Twilio short code rule); transactional messages may flow at any time.',
        sources: [S_TWILIO_SC],
      },
    ],
    sources: [S_SMSGH, S_EXOTEL_TYPES, S_CLICKATELL, S_TWILIO_SC],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'in.dlt',
      name: 'TRAI DLT (Distributed Ledger Technology) registration under TCCCPR 2018',
      senderKinds: ['alphanumeric-preregistered', 'short-code'],
      level: 'required',
      text: 'Required by TRAI for every sender of commercial messages over domestic routes. Register the business as a principal entity on an operator DLT portal (Jio, Airtel, Vi or BSNL), then register each header (sender ID), each content template under its category (promotional, service-implicit, service-explicit, transactional) and consent templates. Every message must carry the entity ID and the template ID and match the approved template exactly, or operators reject it. Since the 2023 TRAI direction templates allow at most two non-consecutive variables (a third only by exception), each up to 30 characters. Message Central dates mandatory DLT for domestic commercial SMS from 2019-02-28.',
      sources: [S_TRAI_SENDERS, S_TCCCPR, S_TWILIO_REG, S_VONAGE, S_EXOTEL_API, S_AWS_PARAMS, S_MSGCENTRAL],
    },
  ],
  content: {
    value: [
      {
        id: 'content.in.template-match',
        topic: 'other',
        restriction: 'restricted',
        senderKinds: ['alphanumeric-preregistered', 'short-code'],
        text: 'Domestic messages must match a DLT-approved content template exactly, with only the registered variable parts changed.',
        sources: [S_AWS_PARAMS, S_VONAGE],
      },
      {
        id: 'content.in.mixed-is-promotional',
        topic: 'other',
        restriction: 'restricted',
        text: 'A message that mixes promotional material into a service or transactional message is treated as promotional and must meet all promotional rules (consent/DND, hours, header).',
        sources: [S_KHAITAN],
      },
      {
        id: 'content.in.url-whitelist',
        topic: 'other',
        restriction: 'restricted',
        text: 'Links (URLs, APK and OTT links) must be whitelisted with the operator/DLT platform before use; messages with links that are not whitelisted are blocked.',
        sources: [S_URL_WHITELIST],
        effectiveFrom: '2024-10-01',
      },
      {
        id: 'content.in.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'Shortened URLs are not allowed (Twilio, India).',
        sources: [S_TWILIO],
      },
      {
        id: 'content.in.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'Gambling and betting content is not allowed.',
        sources: [S_TWILIO, S_TWILIO_SC],
      },
      {
        id: 'content.in.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'Adult and sexually explicit content is not allowed.',
        sources: [S_TWILIO, S_TWILIO_SC],
      },
      {
        id: 'content.in.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Political content is not allowed.',
        sources: [S_TWILIO, S_TWILIO_SC],
      },
      {
        id: 'content.in.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'Religious content is not allowed.',
        sources: [S_TWILIO, S_TWILIO_SC],
      },
      {
        id: 'content.in.loans',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'Money-lending and loan content is not allowed (Twilio); Twilio short codes also exclude multilevel trading.',
        sources: [S_TWILIO, S_TWILIO_SC],
      },
      {
        id: 'content.in.stocks',
        topic: 'high-risk-financial',
        restriction: 'restricted',
        text: 'Messages about stocks and shares may not use transactional routes unless backed by certification from a SEBI-registered entity or stockbroker.',
        sources: [S_CLICKATELL, S_SATISFI],
      },
      {
        id: 'content.in.firearms',
        topic: 'firearms',
        restriction: 'prohibited',
        text: 'Firearms content is not allowed.',
        sources: [S_TWILIO],
      },
      {
        id: 'content.in.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'Controlled-substance content is not allowed.',
        sources: [S_TWILIO],
      },
      {
        id: 'content.in.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'Cannabis content is not allowed.',
        sources: [S_TWILIO],
      },
      {
        id: 'content.in.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'Alcohol content is not allowed.',
        sources: [S_TWILIO],
      },
      {
        id: 'content.in.repeat-limit',
        topic: 'other',
        restriction: 'restricted',
        text: 'Do not send more than six messages with the same content from the same sender to the same number within one hour; they may be blocked.',
        sources: [S_CLICKATELL, S_SATISFI],
      },
    ],
    sources: [S_TWILIO, S_TWILIO_SC, S_CLICKATELL],
  },
  dataProtection: {
    value: ['Digital Personal Data Protection Act, 2023'],
    sources: [S_DPDP],
    note: 'Named law; its rules and commencement dates were not checked.',
  },
  obligations: [
    {
      id: 'registration.in.dlt-template',
      category: 'registration',
      level: 'required',
      text: 'Send only text that matches a content template registered on DLT under your header, changing only its registered variable parts; operators reject messages that do not match.',
      senderTypes: ['alphanumeric', 'short-code'],
      check: { kind: 'registered-template', programme: 'in.dlt' },
      sources: [S_TRAI_SENDERS, S_TCCCPR, S_AWS_PARAMS, S_VONAGE],
    },
    {
      id: 'identification.in.registered-header',
      category: 'identification',
      level: 'required',
      text: 'Send commercial messages (promotional, service, transactional) over domestic routes only under a header (sender ID) registered to you on an operator DLT platform.',
      senderTypes: ['alphanumeric', 'short-code'],
      sources: [S_TRAI_SENDERS, S_TCCCPR],
    },
    {
      id: 'registration.in.dlt-ids',
      category: 'registration',
      level: 'required',
      text: 'Send the DLT principal-entity ID and the content template ID with every domestic message.',
      senderTypes: ['alphanumeric', 'short-code'],
      sources: [S_TRAI_SENDERS, S_AWS_PARAMS, S_EXOTEL_API, S_TWILIO_REG],
    },
    {
      id: 'registration.in.template-category',
      category: 'registration',
      level: 'required',
      text: 'Register each template under the right category (promotional, service, transactional, government). Operators append a matching suffix (-P, -S, -T, -G) to the header shown to recipients.',
      sources: [S_SUFFIX, S_KHAITAN],
      effectiveFrom: '2025-05-06',
    },
    {
      id: 'identification.in.promotional-header',
      category: 'identification',
      level: 'required',
      text: 'Use a numeric header (six digits, the first one marking the business category) for promotional messages; alphabetic six-character headers are for service and transactional messages.',
      useCases: ['marketing', 'mixed'],
      sources: [S_SMSINDIAHUB, S_EXOTEL_TYPES],
    },
    {
      id: 'consent.in.dnd-scrub',
      category: 'consent',
      level: 'required',
      text: 'Do not send promotional messages to numbers on the National Customer Preference (DND) register unless the recipient gave explicit, verifiable consent to you.',
      useCases: ['marketing', 'mixed'],
      sources: [S_TCCCPR, S_TRAI_SENDERS, S_TWILIO_LIMITS, S_CLICKATELL, S_D7, S_EXOTEL_TYPES],
    },
    {
      id: 'record-keeping.in.digital-consent',
      category: 'record-keeping',
      level: 'required',
      text: 'Record explicit consent in a digital, verifiable form. TRAI\'s Digital Consent Acquisition (consent-seeking messages from a 127xxx short code, consent stored on the DLT platform) is being rolled out; consents taken by other means are to be treated as void once it applies to you.',
      useCases: ['marketing', 'mixed'],
      sources: [S_FOXMANDAL, S_NDTV_DCA],
    },
  ],
};
