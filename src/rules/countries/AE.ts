import type { CountryRules } from '../types';

// United Arab Emirates. Regulator: Telecommunications and Digital Government
// Regulatory Authority (TDRA). Operators: e& (formerly Etisalat) and du.
const REVIEWED = '2026-11-23' as const;

const S_TWILIO = {
  title: 'Twilio SMS Guidelines: United Arab Emirates',
  url: 'https://www.twilio.com/en-us/guidelines/ae/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE = {
  title: 'Vonage API Support: UAE SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017363-UAE-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: United Arab Emirates (UAE) - Dubai +971',
  url: 'https://help.clicksend.com/article/0oom471yu5-united-arab-emirates-uae-dubai',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS = {
  title: 'AWS End User Messaging SMS: United Arab Emirates sender ID registration',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-united-arab-emirates.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELERIVET = {
  title: 'Telerivet blog: UAE SMS compliance, TDRA and the AD- prefix',
  url: 'https://www.telerivet.com/blog/uae-sms-compliance-tdra-ad-prefix?hs_amp=true',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SAP = {
  title: 'SAP Digital Interconnect Community: United Arab Emirates SMS Guidelines',
  url: 'https://community.sapdigitalinterconnect.com/t5/Country-SMS-Guidelines/United-Arab-Emirates-SMS-Guidelines/m-p/4356',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MSGCENTRAL = {
  title: 'Message Central: How to send SMS to the UAE',
  url: 'https://messagecentral.com/en-in/blog/how-to-send-sms-to-the-uae',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_UNIFONIC = {
  title: "Unifonic: Navigating the UAE's SMS compliance landscape",
  url: 'https://unifonic.com/en/resources/navigating-uaes-sms-compliance-landscape-a-guide-for-businesses',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TAMIMI = {
  title: 'Al Tamimi & Co, Law Update 348: TDRA Mobile Spam Policy',
  url: 'https://turtl.tamimi.com/story/law-update-issue-348-tmt/page/13',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
// Named regulation (the summary read was an http-only Mondaq page, so no url is given).
const S_SPAM_POLICY = {
  title: 'TRA Regulatory Policy on Unsolicited Electronic Communications (Spam Policy, version 1.0, 30 December 2009)',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_PDPL = {
  title: 'Imperium Global Media: UAE PDPL compliance for digital marketing',
  url: 'https://imperiumglobalmedia.com/uae-pdpl-compliance-for-digital-marketing/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx Developer Docs: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const AE: CountryRules = {
  country: 'AE',
  name: 'United Arab Emirates',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: ['Asia/Dubai'],
  languages: ['ar', 'en'],
  traffic: {
    regime: {
      value: 'unknown',
      note: 'No source consulted states whether application-mediated conversations count as P2P in the UAE.',
    },
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Sources say all SMS must come from a registered sender ID and that numeric senders are refused, but none speaks of P2P long-code routes as such.',
      sources: [S_TWILIO, S_MSGCENTRAL],
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: 'unknown',
        note: 'SAP lists short codes as the only number type offered for local services (two-way), while international A2P guides (Twilio, Vonage) describe only registered alphanumeric sender IDs. Not enough to say whether foreign senders can use UAE short codes.',
        sources: [S_SAP, S_TWILIO],
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'toll-free': {
      supported: { value: 'unknown', note: 'No source consulted speaks of SMS from UAE toll-free numbers.' },
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
        sources: [S_MSGCENTRAL, S_TWILIO],
        note: 'Numeric sender IDs are prohibited; carriers accept only registered sender IDs and block the rest.',
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
        sources: [S_MSGCENTRAL, S_TWILIO],
        note: 'Numeric sender IDs are prohibited; carriers accept only registered sender IDs and block the rest.',
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
        sources: [S_TWILIO, S_SAP],
        note: 'Messages from unregistered sender IDs are blocked (Twilio); dynamic sender IDs are not available (SAP). An older Vonage text said some carriers overwrite unregistered IDs instead; the two current major-provider pages (Twilio, SAP, now Sinch) decide.',
      },
      registration: { value: 'required', sources: [S_TWILIO], note: 'A sender ID must be registered first: see the registered row.' },
      twoWay: { value: false, sources: [S_TWILIO, S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWILIO, S_VONAGE, S_AWS] },
      registration: {
        value: 'required',
        sources: [S_TWILIO, S_AWS, S_TELERIVET],
        note: 'Each sender ID is registered separately with both operators (e& and du). Promotional IDs must carry the AD- prefix.',
      },
      programme: 'ae.sender-id',
      twoWay: {
        value: false,
        sources: [S_TWILIO, S_TELNYX_ALPHA],
        note: 'Twilio lists two-way SMS as not supported in the UAE; alphanumeric senders are one-way in any case.',
      },
      throughput: { value: 'unknown' },
      leadTime: {
        value: 'unknown',
        note: 'Telerivet says registration can take up to 25 business days for international organisations; no lower bound is given.',
        sources: [S_TELERIVET],
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'The Twilio "Sender ID preserved" row could not be read; ClickSend says unregistered IDs are overwritten, which says nothing about registered ones.',
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Promotional traffic needs its own AD- prefixed sender ID (see obligations); no source lists use cases refused outright.',
      },
    },
  },
  consent: {
    marketing: {
      value: 'express-written',
      sources: [S_VONAGE, S_UNIFONIC, S_SPAM_POLICY],
      note: 'Vonage: marketing SMS need prior consent recorded with date, time, content and the recipient\'s signature, and consent may not be sought by SMS or voice call. Unifonic allows seeking consent by SMS (not by voice call). The TRA Spam Policy requires opt-in consent that can be stored and shown in tangible form. The stricter reading is taken.',
    },
    transactional: {
      value: 'unknown',
      note: 'Sources exempt service messages (OTP, delivery, appointments) from the time window but do not say whether consent is needed.',
      sources: [S_UNIFONIC],
    },
    laws: {
      value: [
        'TDRA Regulatory Policy on Unsolicited Electronic Communications (Spam Policy, 2009/2010)',
        'TDRA Mobile Spam Policy on marketing text messages (version 1.0, 29 March 2020)',
        'Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data',
      ],
      sources: [S_TAMIMI, S_SPAM_POLICY, S_TELERIVET],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: 'unknown',
      note: 'Opt-out runs through the operators\' block service on short code 7726 (text B plus the sender name), not through a reply keyword to the sender. Older vendor text mentions "SMS N to XXXX". No reply keyword is established.',
      sources: [S_CLICKSEND, S_VONAGE],
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_VONAGE, S_CLICKSEND],
      note: 'Marketing SMS must offer an effective unsubscribe facility; Vonage says the message should carry the 7726 opt-out code.',
    },
    transactionalInstructions: {
      value: 'unknown',
      note: 'No source requires opt-out text on service messages.',
    },
    wording: {
      value: 'Tell recipients they can block the sender by texting B and the sender name to 7726 (the free e& and du block short code). Vonage says marketing SMS should use only 7726 as the opt-out route; ClickSend says an own short code or URL is also accepted if the sender keeps its own opt-out records.',
      sources: [S_VONAGE, S_CLICKSEND],
    },
    deadline: { value: 'unknown', note: 'No source consulted gives a deadline for honouring opt-outs.' },
  },
  help: {
    keywords: { value: 'unknown', note: 'No source consulted speaks of HELP keywords for the UAE.' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ae.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Dubai' },
        text: 'Send promotional SMS only between 08:00 and 21:00 UAE time, any day. Twilio, Vonage, Unifonic and Message Central give 07:00 to 21:00; ClickSend gives 08:00 to 21:00, so the later start is used. Service messages (OTP, delivery, appointments) are not covered.',
        sources: [S_TWILIO, S_VONAGE, S_CLICKSEND, S_UNIFONIC, S_MSGCENTRAL],
      },
    ],
    sources: [S_TWILIO, S_VONAGE, S_CLICKSEND, S_UNIFONIC],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'ae.sender-id',
      name: 'UAE sender ID registration with e& and du (TDRA framework)',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register every sender ID with both operators (e& and du) before sending; unregistered IDs are blocked. Register promotional IDs with the AD- prefix (within 11 characters) separately from transactional IDs. Expect to supply the trade licence or company registration, a letter of authorisation (NOC) per operator, the signatory\'s passport or Emirates ID, proof of the brand link, and for hospitals a Ministry of Health letter.',
      sources: [S_TWILIO, S_AWS, S_CLICKSEND, S_TELERIVET, S_VONAGE],
    },
  ],
  content: {
    value: [
      {
        id: 'content.ae.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'No gambling or betting content.',
        sources: [S_TWILIO, S_CLICKSEND],
      },
      {
        id: 'content.ae.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No adult content, including ads for sex work.',
        sources: [S_TWILIO, S_CLICKSEND],
      },
      {
        id: 'content.ae.financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No money-lending or loan content (Twilio) and no cryptocurrency content (ClickSend).',
        sources: [S_TWILIO, S_CLICKSEND],
      },
      {
        id: 'content.ae.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'No political content.',
        sources: [S_TWILIO, S_MSGCENTRAL],
      },
      {
        id: 'content.ae.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'No religious content.',
        sources: [S_TWILIO, S_MSGCENTRAL],
      },
      {
        id: 'content.ae.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No content about controlled substances, drugs or vapes.',
        sources: [S_TWILIO, S_CLICKSEND],
      },
      {
        id: 'content.ae.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'No cannabis content.',
        sources: [S_TWILIO, S_CLICKSEND],
      },
      {
        id: 'content.ae.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'No alcohol-related content.',
        sources: [S_TWILIO],
      },
      {
        id: 'content.ae.links-and-numbers',
        topic: 'other',
        restriction: 'prohibited',
        text: 'Twilio says messages with URLs, WhatsApp or LINE chat links, or phone numbers in the body are not allowed; Message Central names WhatsApp/LINE chat links. Leave links and numbers out of the text.',
        sources: [S_TWILIO, S_MSGCENTRAL],
      },
      {
        id: 'content.ae.premium-rate',
        topic: 'other',
        restriction: 'prohibited',
        text: 'Do not urge recipients to call, text or otherwise contact a premium-rate number.',
        sources: [S_VONAGE],
      },
      {
        id: 'content.ae.medical-marketing',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['marketing', 'mixed'],
        text: 'Marketing SMS for medical centres need prior approval from the Ministry of Health.',
        sources: [S_VONAGE, S_AWS],
      },
    ],
    sources: [S_TWILIO, S_CLICKSEND, S_VONAGE],
  },
  dataProtection: {
    value: ['Federal Decree-Law No. 45 of 2021 on the Protection of Personal Data (UAE PDPL)'],
    sources: [S_PDPL, S_TELERIVET],
  },
  obligations: [
    {
      id: 'identification.ae.ad-prefix',
      category: 'identification',
      level: 'required',
      text: 'Send promotional messages only from a registered sender ID that starts with "AD-"; the prefix counts toward the 11-character limit. Sender IDs are case-sensitive.',
      useCases: MARKETING_LIKE,
      senderTypes: ['alphanumeric'],
      sources: [S_TWILIO, S_VONAGE, S_CLICKSEND, S_TELERIVET],
    },
    {
      id: 'identification.ae.dedicated-marketing-sender',
      category: 'identification',
      level: 'required',
      text: 'Keep marketing traffic on its own dedicated registered sender ID, apart from transactional traffic.',
      sources: [S_CLICKSEND, S_TELERIVET],
    },
    {
      id: 'identification.ae.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender ID that names the brand; generic IDs (e.g. INFO, SMS) are not accepted.',
      senderTypes: ['alphanumeric'],
      sources: [S_SAP, S_MSGCENTRAL],
    },
    {
      id: 'consent.ae.no-voice-consent',
      category: 'consent',
      level: 'required',
      text: 'Do not collect marketing consent by voice call. Vonage also rules out collecting it by SMS; to be safe, collect it through another channel.',
      useCases: MARKETING_LIKE,
      sources: [S_VONAGE, S_UNIFONIC],
    },
    {
      id: 'record-keeping.ae.consent-records',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep records of each marketing opt-in (date, time, content of the consent) and of every opt-out; ClickSend says records are kept for up to 2 years.',
      useCases: MARKETING_LIKE,
      sources: [S_CLICKSEND, S_VONAGE],
    },
  ],
};
