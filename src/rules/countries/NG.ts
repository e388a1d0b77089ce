import { TOLL_FREE_VOICE_ONLY } from '../sources';
import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// Nigeria. Regulator: Nigerian Communications Commission (NCC); data protection:
// Nigeria Data Protection Commission (NDPC). Operators: MTN, Airtel, Glo, 9mobile.
const REVIEWED = '2026-11-23' as const;

const S_TWILIO = {
  title: 'Twilio SMS Guidelines: Nigeria',
  url: 'https://static1.twilio.com/guidelines/ng/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: Nigeria (+234)',
  url: 'https://help.clicksend.com/en/articles/44241-nigeria-234',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_NEXMO = {
  title: 'Vonage (Nexmo) Help: Nigeria SMS Features and Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/204017133-Nigeria-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AFRICASTALKING = {
  title: "Africa's Talking status: Status code 409 for promotional sender IDs in Nigeria (4 July 2023)",
  url: 'https://status.africastalking.com/incident/538/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_NCC_NOTICE = {
  title: "NCC public notice: Unauthorised use of telecom subscribers' phone numbers and other personal information by telemarketers",
  url: 'https://www.ncc.gov.ng/media-centre/public-notices/1383-unauthorised-use-of-telecom-subscribers-phone-numbers-and-other-personal-information-by-telemarketers',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_ROBASE = {
  title: 'Robase Docs: DND compliance (Nigeria)',
  url: 'https://docs.robase.dev/guides/dnd-compliance',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_4NOTIFY = {
  title: '4notify: NCC in practice, alphanumeric sender ID and the 2442 DND register',
  url: 'https://4notify.net/ng/en/ncc-sender-id-sms-nigeria',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_4NOTIFY_GAZETTE = {
  title: '4notify Federal Gazette: NCC numbering plan, alphanumeric sender ID and A2P routing into Nigeria',
  url: 'https://4notify.net/ng/en/federal-gazette/ncc-numbering-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ESMS = {
  title: 'eSMS Africa Docs: Sender IDs (per-country rules)',
  url: 'https://docs.esmsafrica.io/docs/sms/sender-ids',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SENTDM = {
  title: 'Sent.dm: Nigeria SMS guide',
  url: 'https://www.s.dm/resources/nigeria-sms-guide',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CLX = {
  title: 'CLX Communications compliance guide: Nigeria',
  url: 'https://www.clxcommunications.com/privacy-policy/compliance-guide/nigeria/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_DLA_MARKETING = {
  title: 'DLA Piper Data Protection Laws of the World: Nigeria, electronic marketing',
  url: 'https://www.dlapiperdataprotection.com/index.html?c=NG&t=electronic-marketing',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_DLA_LAW = {
  title: 'DLA Piper Data Protection Laws of the World: Nigeria, law and definitions',
  url: 'https://www.dlapiperdataprotection.com/index.html?c=NG&t=definitions',
  kind: 'secondary', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const NG: CountryRules = {
  country: 'NG',
  name: 'Nigeria',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: ['Africa/Lagos'],
  languages: ['en'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Vonage says messages from Nigerian numbers are very likely to be blocked and networks want alphanumeric senders, but no source speaks of P2P route filtering as such.',
      sources: [S_NEXMO],
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: false,
        note: 'Twilio marks short codes as not supported by operators and ClickSend allows only registered alphanumeric IDs; Bird and Infobip offer them (Infobip only to senders with a local entity, up to 3 months). Conservative value taken.',
        sources: [S_TWILIO, S_CLICKSEND, S_CLX, S_4NOTIFY],
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
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
        sources: [S_CLICKSEND, S_NEXMO],
        note: 'ClickSend: only registered alphanumeric IDs can be used. Vonage: messages from a Nigerian number are very likely to be blocked.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_CLICKSEND, S_NEXMO],
        note: 'ClickSend: only registered alphanumeric IDs can be used. Vonage (older page) had not seen problems with international numbers but advised an alphanumeric sender. Conservative value taken.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_CLICKSEND, S_ESMS, S_SENTDM],
        note: 'ClickSend, eSMS Africa and sent.dm say alphanumeric IDs must be registered. An older Vonage page said its routes accepted dynamic alphanumeric senders (generic ones may be blocked); the conservative value is taken.',
      },
      registration: { value: 'required', sources: [S_CLICKSEND, S_ESMS] },
      programme: 'ng.sender-id',
      twoWay: { value: false, sources: [S_CLICKSEND] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CLICKSEND, S_ESMS, S_4NOTIFY] },
      registration: { value: 'required', sources: [S_CLICKSEND, S_ESMS, S_4NOTIFY] },
      programme: 'ng.sender-id',
      twoWay: {
        value: false,
        sources: [S_CLICKSEND, S_TWILIO],
        note: 'Recipients cannot reply to alphanumeric IDs; Twilio lists two-way SMS as not supported in Nigeria.',
      },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 70 },
        sources: [S_4NOTIFY, S_ROBASE, S_CLICKSEND],
        note: '4notify gives 5–10 business days and Robase 5–7 business days for NCC filing; ClickSend says registration usually takes 50 business days. Converted to calendar days (5 → 7, 50 → 70).',
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'Sent.dm says registered IDs are preserved across networks; not confirmed by a carrier or regulator source.',
        sources: [S_SENTDM],
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Sender IDs are registered per traffic type (transactional or promotional); no use case is refused outright in the sources.',
      },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_CLICKSEND, S_NCC_NOTICE],
      note: 'ClickSend: opt-in is mandatory for marketing traffic. NCC: no service provider or telemarketer may use subscriber data without the consumer\'s express approval, unless the law provides otherwise (notice page dated 28 April 2024).',
    },
    transactional: {
      value: 'unknown',
      note: 'Transactional and OTP messages reach DND-registered numbers, but no source states a consent rule for them.',
      sources: [S_CLICKSEND, S_ROBASE],
    },
    laws: {
      value: [
        'Nigerian Communications Act 2003',
        'NCC Consumer Code of Practice Regulations 2007',
        'NCC Guidelines on Short Code Operation in Nigeria',
        'NCC Do-Not-Disturb (DND) direction to mobile network operators (2016)',
        'Nigeria Data Protection Act 2023',
      ],
      sources: [S_NCC_NOTICE, S_CLX, S_DLA_MARKETING, S_4NOTIFY],
    },
  },
  optOut: {
    keywords: {
      value: ['STOP'],
      sources: [S_NCC_NOTICE, S_4NOTIFY_GAZETTE, S_SENTDM],
      note: 'The NCC DND service is turned on by texting STOP to 2442 (full DND); vendors also process STOP replies to commercial messages.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_CLX, S_SENTDM],
      note: 'The NCC Short Code Guidelines (s6) require promotional materials and service help messages to state the right to opt in or out; sent.dm says every campaign must give opt-out instructions.',
    },
    transactionalInstructions: {
      value: 'unknown',
      note: 'No source requires opt-out text on transactional messages.',
    },
    wording: {
      value: 'State clearly that the recipient may opt out, e.g. by replying STOP; recipients can also block all promotional messages by texting STOP to 2442.',
      sources: [S_CLX, S_NCC_NOTICE, S_SENTDM],
    },
    deadline: {
      value: 'Process opt-out requests within 24 hours.',
      sources: [S_SENTDM, S_4NOTIFY_GAZETTE],
      note: 'Sent.dm says 24 hours; 4notify processes STOP within 3 days. The shorter deadline is taken; neither is a regulator source.',
    },
  },
  help: {
    keywords: {
      value: 'unknown',
      note: 'The DND short code 2442 answers HELP about itself, but no source requires senders to answer HELP.',
    },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ng.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Lagos' },
        text: "Send promotional SMS only between 08:00 and 20:00 Nigerian time; an NCC rule (reported by Africa's Talking, 2023) bars promotional broadcasts from 20:00 to 08:00. The rule does not cover transactional, corporate or banking messages. Sent.dm says there is no strict rule but recommends weekdays 08:00–20:00 and weekends 09:00–18:00.",
        sources: [S_AFRICASTALKING, S_CLICKSEND],
      },
    ],
    sources: [S_AFRICASTALKING, S_CLICKSEND, S_SENTDM],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'ng.sender-id',
      name: 'Nigerian alphanumeric sender ID registration (operators / NCC whitelisting)',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each alphanumeric sender ID with MTN, Airtel, Glo and 9mobile through your provider. Give the company name and website, CAC registration for Nigerian brands, the traffic type (transactional or promotional), sample content, expected volume and a service description. Transactional IDs whitelisted for their use case can reach DND-registered numbers.',
      leadTime: { minDays: 7, maxDays: 70 },
      sources: [S_CLICKSEND, S_4NOTIFY, S_ROBASE, S_ESMS],
    },
  ],
  content: {
    value: [
      {
        id: 'content.ng.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'No gambling content.',
        sources: [S_CLICKSEND, S_SENTDM],
      },
      {
        id: 'content.ng.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'No religious messages.',
        sources: [S_CLICKSEND, S_SENTDM],
      },
      {
        id: 'content.ng.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No adult content (stated by sent.dm).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.ng.political',
        topic: 'political',
        restriction: 'restricted',
        text: 'Only authorised political messages; sent.dm lists unauthorised political content as prohibited.',
        sources: [S_SENTDM],
      },
      {
        id: 'content.ng.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No controlled-substance content (stated by sent.dm).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.ng.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'No cannabis products (stated by sent.dm).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.ng.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'No alcohol-related content (stated by sent.dm).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.ng.free-premium',
        topic: 'other',
        restriction: 'prohibited',
        useCases: MARKETING_LIKE,
        senderKinds: ['short-code'],
        text: 'Do not promote a content service as "free" if it can only be obtained through a charged premium-rate service (NCC Short Code Guidelines s5.4).',
        sources: [S_CLX],
      },
    ],
    sources: [S_CLICKSEND, S_SENTDM, S_CLX],
  },
  dataProtection: {
    value: [
      'Nigeria Data Protection Act 2023 (NDPA)',
      'NDPC General Application and Implementation Directive 2025 (GAID)',
    ],
    sources: [S_DLA_LAW, S_DLA_MARKETING],
  },
  obligations: [
    {
      id: 'consent.ng.dnd-2442',
      category: 'consent',
      level: 'required',
      text: 'Do not send promotional messages to numbers on the NCC Do-Not-Disturb register (2442); operators block them. Only transactional messages from a sender ID whitelisted for that use reach DND numbers.',
      useCases: MARKETING_LIKE,
      sources: [S_NCC_NOTICE, S_NEXMO, S_ROBASE, S_CLICKSEND],
    },
    {
      id: 'identification.ng.brand-in-text',
      category: 'identification',
      level: 'required',
      text: 'Put the brand name in the text of every transactional and OTP message.',
      useCases: ['otp', 'transactional', 'notification', 'reminder', 'alert'],
      sources: [S_CLICKSEND],
    },
    {
      id: 'identification.ng.traffic-type',
      category: 'identification',
      level: 'required',
      text: 'Register the sender ID for its real traffic type and never send marketing from a sender registered as transactional; sender IDs flagged as promotional fall under the promotional time rules.',
      sources: [S_ROBASE, S_AFRICASTALKING],
    },
    {
      id: 'data-protection.ng.right-to-object',
      category: 'data-protection',
      level: 'required',
      text: 'Stop using a person\'s data for direct marketing as soon as they object (NDPA).',
      useCases: MARKETING_LIKE,
      sources: [S_DLA_MARKETING],
    },
    {
      id: 'record-keeping.ng.short-code-logs',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep text messages exchanged over short codes for at least six months (NCC Short Code Guidelines s5.5).',
      senderTypes: ['short-code'],
      sources: [S_CLX],
    },
  ],
};
