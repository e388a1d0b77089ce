import { TOLL_FREE_VOICE_ONLY } from '../sources';
import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// Nigeria. Regulator: Nigerian Communications Commission (NCC); data protection:
// Nigeria Data Protection Commission (NDPC). Operators: MTN, Airtel, Glo, 9mobile.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;

const S_TWILIO = {
  title: 'Twilio SMS Guidelines: Nigeria',
  url: 'https://static1.twilio.com/guidelines/ng/sms',
  kind: 'provider', reviewed: R,
} as const;
// Twilio's full Nigeria page (compliance text and both sender tables) was read in a word-for-word
// markdown copy held in a public GitHub compilation; the copy names the page's address, keeps Twilio's
// field descriptions verbatim, and matches the first part of the stored twilio.com page (locale summary
// and guideline rows). Under research-policy section 5 it stands for the page.
const S_TW_TABLE = {
  title: 'Twilio SMS Guidelines: Nigeria, compliance text and sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ng/sms',
  kind: 'provider', reviewed: R,
} as const;
// Bird and Infobip Nigeria sections, read only in the same compilation, which does not show their pages' addresses.
const S_BIRD_COPY = {
  title: 'Bird Docs: SMS country information, Nigeria section (read in a compiled copy; secondary)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Nigeria section (read in a compiled copy; secondary)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: Nigeria (+234)',
  url: 'https://help.clicksend.com/en/articles/44241-nigeria-234',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_NEXMO = {
  title: 'Vonage (Nexmo) Help: Nigeria SMS Features and Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/204017133-Nigeria-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_AFRICASTALKING = {
  title: "Africa's Talking status: Status code 409 for promotional sender IDs in Nigeria (4 July 2023)",
  url: 'https://status.africastalking.com/incident/538/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_NCC_NOTICE = {
  title: "NCC public notice: Unauthorised use of telecom subscribers' phone numbers and other personal information by telemarketers",
  url: 'https://www.ncc.gov.ng/media-centre/public-notices/1383-unauthorised-use-of-telecom-subscribers-phone-numbers-and-other-personal-information-by-telemarketers',
  kind: 'regulator', published: '2024-04-28', reviewed: R,
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
const S_NCC_CONSUMER_DND = {
  title: 'NCC Consumer Portal: Rules on unsolicited calls and SMS (Do-Not-Disturb short code 2442)',
  url: 'https://consumer.ncc.gov.ng/articles/33-rules-on-unsolicited-calls-and-sms',
  kind: 'regulator', reviewed: R,
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
  kind: 'secondary', reviewed: R,
} as const;
const S_CLX = {
  title: 'CLX Communications (now Sinch) compliance guide: Nigeria',
  url: 'https://www.clxcommunications.com/privacy-policy/compliance-guide/nigeria/',
  kind: 'provider', reviewed: R,
} as const;
const S_DLA_MARKETING = {
  title: 'DLA Piper Data Protection Laws of the World: Nigeria, electronic marketing',
  url: 'https://www.dlapiperdataprotection.com/index.html?c=NG&t=electronic-marketing',
  kind: 'secondary', reviewed: R,
} as const;
const S_TW_REG = {
  title: 'Twilio Support: Documents required and instructions to register your alphanumeric sender ID in Nigeria',
  url: 'https://support.twilio.com/hc/en-us/articles/360039841954-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Nigeria',
  kind: 'provider', reviewed: R,
} as const;
// Laws. No official online text was read; each is cited with the page that names and summarises or reproduces it.
const L_NDPA_36 = {
  title: 'Nigeria Data Protection Act 2023, section 36 (right to object; direct marketing), as reproduced by TechMeetsLaw',
  url: 'https://techmeetslaw.org/laws/data-protection-act-2023/section-36-ndpa/',
  kind: 'law', reviewed: R,
} as const;
const L_CONSUMER_CODE = {
  title: 'NCC Consumer Code of Practice Regulations 2007 (unsolicited telemarketing; section 35, protection of consumer information)',
  kind: 'law', reviewed: R,
} as const;
const L_SHORT_CODE = {
  title: 'NCC Guidelines on Short Code Operation in Nigeria (sections 5.4, 5.5 and 6), made under the Nigerian Communications Act 2003',
  kind: 'law', reviewed: R,
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
  reviewed: R,
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
        value: true,
        sources: [L_SHORT_CODE, S_CLX, S_4NOTIFY],
        note: 'The NCC Short Code Guidelines (summarised by Sinch/CLX) regulate short-code services run with the operators, and 4notify describes dedicated and shared short codes registered with each operator. Twilio\'s sender table (read in a verbatim copy) marks short codes as not supported by the operators and does not sell them; the regulator\'s framework outranks a provider page. Infobip (read in a copy, secondary) offers two-way short codes to local entities.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_TABLE] }],
      registration: {
        value: 'required',
        sources: [S_4NOTIFY, L_SHORT_CODE],
        note: 'A short code is allocated and registered with the operators for a brand; no programme page was read.',
      },
      twoWay: {
        value: true,
        sources: [L_SHORT_CODE, S_CLX, S_4NOTIFY],
        note: 'The guidelines deal with messages consumers send to short codes; 4notify calls short codes two-way.',
      },
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
        sources: [S_TW_TABLE, S_NEXMO, S_CLICKSEND],
        note: 'Twilio\'s operator row (sender table, read in a verbatim copy) marks domestic long codes as not supported by the operators, for all networks, and Twilio does not sell them. Vonage, the other major-provider page, says the networks want alphanumeric senders and messages from Nigerian numbers are very likely to be blocked: it does not say any network accepts them. Both major-provider pages thus point to refusal; ClickSend (another provider) says only registered alphanumeric IDs work. No law, regulator or carrier source speaks.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_TABLE] }],
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
        sources: [S_TW_TABLE, S_NEXMO, S_CLICKSEND],
        note: 'Twilio\'s operator row (read in a verbatim copy) marks international long codes as not supported by the operators, for all networks; Twilio still sells them, but says they fail outright on MTN, Airtel and 9mobile and marks the number as not preserved, so the sender never reaches a handset as sent (the provider\'s workaround, not operator acceptance; see offers). Vonage also sells them and says it has not seen problems, but advises an alphanumeric sender: a statement about its own delivery, not that the operators accept the numbers. ClickSend (another provider) says only registered alphanumeric IDs can be used. No law, regulator or carrier source speaks.',
      },
      offers: [
        { provider: 'vonage', offered: true, sources: [S_NEXMO] },
        { provider: 'twilio', offered: true, sources: [S_TW_TABLE] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW_TABLE, S_NEXMO, S_CLICKSEND, S_ESMS, S_BIRD_COPY, S_IB_COPY],
        note: 'Kept restricted although Twilio\'s operator row says not supported, because the same page and another major provider say dynamic names are supported in Nigeria. Twilio (read in a verbatim copy): its operator row marks dynamic names as not supported, but its compliance text says dynamic names are supported and Twilio sends them, unregistered names on a best-effort basis and with the name not preserved. Vonage: its Nigerian connections take dynamic names, though generic ones may be blocked. ClickSend and eSMS Africa accept only registered names. Bird (copy, secondary) calls international traffic dynamic; Infobip (copy, secondary) requires registration for all traffic. No majority of major-provider pages says the operators refuse dynamic names, and both deliver them with limits: restricted.',
      },
      restriction: {
        text: 'Unregistered names are delivered on a best-effort basis only and may be replaced on the handset; generic names may be blocked. Register the name for reliable delivery.',
        sources: [S_TW_TABLE, S_NEXMO, S_CLICKSEND],
      },
      offers: [
        { provider: 'vonage', offered: true, sources: [S_NEXMO] },
        { provider: 'twilio', offered: true, sources: [S_TW_TABLE] },
      ],
      registration: {
        value: 'unknown',
        sources: [S_NEXMO, S_CLICKSEND, S_ESMS],
        note: 'Vonage sends unregistered names; ClickSend and eSMS Africa require registration.',
      },
      twoWay: { value: false, sources: [S_CLICKSEND], note: 'A sender name cannot receive replies.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_REG, S_CLICKSEND, S_ESMS, S_4NOTIFY] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_REG, S_TWILIO] }],
      registration: { value: 'required', sources: [S_TW_REG, S_CLICKSEND, S_ESMS, S_4NOTIFY] },
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
      sources: [S_NCC_NOTICE, L_CONSUMER_CODE, S_CLICKSEND],
      note: 'NCC (notice of 28 April 2024, citing section 35(1) of the Consumer Code of Practice Regulations 2007): no service provider or telemarketer may use subscriber data without the consumer\'s express approval, unless the law provides otherwise. ClickSend: opt-in is mandatory for marketing traffic.',
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
      sources: [S_NCC_NOTICE, L_CONSUMER_CODE, L_SHORT_CODE, L_NDPA_36, S_CLX, S_DLA_MARKETING, S_4NOTIFY],
    },
  },
  optOut: {
    optInKeywords: {
      value: 'unknown',
      sources: [S_NCC_CONSUMER_DND],
      note: 'No source names an opt-in reply keyword for individual senders. The NCC Do-Not-Disturb service is lifted by texting ALLOW to 2442, a message to the regulator\'s short code, not a reply to a sender.',
    },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_NCC_NOTICE, S_NCC_CONSUMER_DND, S_4NOTIFY_GAZETTE, S_SENTDM],
      note: 'The NCC DND service is turned on by texting STOP to 2442 (full DND); vendors also process STOP replies to commercial messages.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [L_SHORT_CODE, S_CLX, S_SENTDM],
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
      value: 'unknown',
      sources: [S_SENTDM, S_4NOTIFY_GAZETTE, L_NDPA_36],
      note: 'No law or regulator source gives a deadline: the NDPA says processing for direct marketing must stop once the person objects. Sent.dm (secondary) says 24 hours; 4notify says it processes STOP within 3 days (its own practice).',
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
      senderKinds: ['alphanumeric-preregistered'],
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
        sources: [L_SHORT_CODE, S_CLX],
      },
    ],
    sources: [S_CLICKSEND, S_SENTDM, S_CLX],
  },
  dataProtection: {
    value: [
      'Nigeria Data Protection Act 2023 (NDPA)',
      'NDPC General Application and Implementation Directive 2025 (GAID)',
    ],
    sources: [L_NDPA_36, S_DLA_LAW, S_DLA_MARKETING],
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
      text: 'Stop using a person\'s data for direct marketing as soon as they object; the right to object applies at any time (NDPA 2023, section 36).',
      useCases: MARKETING_LIKE,
      sources: [L_NDPA_36, S_DLA_MARKETING],
    },
    {
      id: 'record-keeping.ng.short-code-logs',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep text messages exchanged over short codes for at least six months (NCC Short Code Guidelines s5.5).',
      senderTypes: ['short-code'],
      sources: [L_SHORT_CODE, S_CLX],
    },
    {
      id: 'identification.ng.telemarketing-identity',
      category: 'identification',
      level: 'required',
      text: 'Open an unsolicited marketing message by naming who sends it (or on whose behalf it is sent) and its exact purpose, and state the full price of any product or service it offers (NCC Consumer Code of Practice Regulations 2007, as summarised by DLA Piper).',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [L_CONSUMER_CODE, S_DLA_MARKETING],
    },
    {
      id: 'opt-out.ng.short-code-opt-out-notice',
      category: 'opt-out',
      level: 'required',
      text: 'In promotional and service messages of a short-code service, state clearly that the recipient may opt in or out (NCC Guidelines on Short Code Operation, section 6).',
      useCases: MARKETING_LIKE,
      senderTypes: ['short-code'],
      check: { kind: 'opt-out' },
      sources: [L_SHORT_CODE, S_CLX],
    },
  ],
};
