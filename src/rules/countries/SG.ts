import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// Singapore. Full SMS Sender ID Registry (SSIR) regime from 2023-01-31: organisations
// must register sender IDs with SGNIC; unregistered alphanumeric IDs show as
// "Likely-SCAM" (transition), then are to be blocked. PDPA Do Not Call provisions and
// the Spam Control Act govern marketing.
const REVIEWED = '2026-11-23' as const;

const S_TWILIO = {
  title: 'Twilio SMS Guidelines: Singapore',
  url: 'https://www.twilio.com/en-us/guidelines/sg/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_SCAM = {
  title: 'Twilio: Why are my messages being sent from Likely-SCAM?',
  url: 'https://support.twilio.com/hc/en-us/articles/36937881758747-Why-are-my-messages-being-sent-from-Likely-SCAM',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SGNIC_RULES = {
  title: 'SGNIC: SMS Sender ID Registry, Sender ID Rules of Registration',
  url: 'https://sgnic.sg/smsregistry/rules-of-registration',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_SGNIC_BLOCK = {
  title: 'SGNIC announcement (2023-04-10): Sender IDs not registered with the SSIR will be blocked after six months transition period from 31 January 2023',
  url: 'https://www.sgnic.sg/announcements/sgnic-news/announcement-details/2023/04/10/sender-ids-not-registered-with-the-ssir-will-be-blocked-after-six-months-transition-period-from-31-january-2023',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_SGNIC_FAQ = {
  title: 'SGNIC: FAQ, SMS Sender ID Registry',
  url: 'https://www.sgnic.sg/faq/sms-sender-id-registry',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_CMS = {
  title: 'CMS Law-Now: Deadline for mandatory registration with Singapore SMS Sender ID Registry expires on 31 Jan 2023',
  url: 'https://cms-lawnow.com/en/ealerts/2023/01/deadline-for-mandatory-registration-with-singapore-sms-sender-id-registry-expires-on-31-jan-2023',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ALLEN = {
  title: 'Allen & Gledhill (2023-02-27): IMDA implements mandatory registration with SMS Sender Registry from 31 January 2023',
  url: 'https://www.allenandgledhill.com/vn/publication/articles/23255/imda-implements-mandatory-registration-with-sms-sender-registry-from-31-january-2023',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MOTHERSHIP = {
  title: "Mothership (2023-01-20): You may receive SMSes with 'Likely-SCAM' header from Jan. 31",
  url: 'https://mothership.sg/2023/01/likely-scam-sms-imda/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SCAMSHIELD = {
  title: 'ScamShield Guide: Why am I still receiving SMS from "Likely-SCAM" Sender ID?',
  url: 'https://guide.scamshield.gov.sg/resources/faq/sms-filtering/why-am-i-still-receiving-sms-from-likely-scam-sender-id',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_PLIVO = {
  title: 'Plivo Support: Country-Specific Restrictions and Features (Singapore Sender ID Requirements)',
  url: 'https://support.plivo.com/hc/en-us/sections/360008204432-Country-Specific-Restrictions-and-Features',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: Singapore +65',
  url: 'https://help.clicksend.com/article/qkw610m30l-singapore',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MESSAGEMEDIA = {
  title: 'MessageMedia: International Sending Policy',
  url: 'https://messagemedia.com/nz/legal/international-sending-policy/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_SG = {
  title: 'Amazon SNS: Sender ID registration requirements for Singapore',
  url: 'https://docs.aws.amazon.com/sns/latest/dg/channels-sms-singapore-requirements.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SENTDM = {
  title: 'Sent: Singapore SMS Guide',
  url: 'https://www.sent.dm/resources/sg_sms_guidance',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CEA = {
  title: 'CEA (Dec 2020): Check the Do Not Call Registry before sending marketing messages',
  url: 'https://www.cea.gov.sg/news-publications/ceanergy-blog/tools-takeaways/check-the-do-not-call-registry-before-sending-marketing-messages',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_ASIAONE_DNC = {
  title: 'AsiaOne: Close to 400,000 numbers registered on Do-Not-Call registry',
  url: 'https://www.asiaone.com/singapore/close-400000-numbers-registered-do-not-call-registry',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SORENA_DNC = {
  title: 'Sorena: When must a team check the Singapore DNC Registry before sending marketing messages?',
  url: 'https://www.sorena.io/artifacts/apac/singapore-pdpa/faq/dnc-checking',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_IMDA_SPAM = {
  title: 'IMDA: Best Practices for Organisations (unsolicited communications)',
  url: 'https://www.imda.gov.sg/infocomm-regulation-and-guides/unsolicited-communications/best-practices-for-organisations',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_SPAM_SCHED2 = {
  title: 'Spam Control Bill 2007, Second Schedule: Requirements for Unsolicited Commercial Electronic Messages',
  url: 'https://laws.sg/legislation/bill-2007-6/schedule-2',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_SPAM_CL5 = {
  title: 'Spam Control Bill 2007, clause 5: Meaning of "unsolicited"',
  url: 'https://laws.sg/legislation/bill-2007-6/clause-5',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_PDPA = { title: 'Personal Data Protection Act 2012 (Singapore)', kind: 'law', reviewed: REVIEWED } as const;
const S_SCA = { title: 'Spam Control Act 2007 (Singapore)', kind: 'law', reviewed: REVIEWED } as const;

// Copy of Twilio's Singapore page read 2026-12-06 (nevetsagetro/OKR-warranted, data/raw/singapore_sg.md):
// it marks two-way SMS as supported where the stored twilio.com page does not, so it is another
// version and counts as secondary.
const S_TW_COPY = {
  title: "Twilio SMS Guidelines: Singapore (another version, read in a compiled copy)",
  url: 'https://github.com/nevetsagetro/OKR-warranted/blob/main/data/raw/singapore_sg.md',
  kind: 'secondary', reviewed: '2026-12-06',
} as const;

export const SG: CountryRules = {
  country: 'SG',
  name: 'Singapore',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: ['Asia/Singapore'],
  languages: ['en', 'zh', 'ms', 'ta'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'SIM-card numbers cannot be registered as sender IDs (SGNIC) and unregistered senders are labelled or blocked, but no source speaks to filtering A2P sent over P2P routes as such.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_SGNIC_RULES],
        note: 'Only 5-digit short codes starting with 7, issued by a Singapore operator to the aggregator and unique to the organisation, can be registered.',
      },
      registration: { value: 'required', sources: [S_SGNIC_RULES, S_PLIVO, S_MESSAGEMEDIA] },
      programme: 'sg.ssir',
      twoWay: { value: 'unknown', note: 'Not stated in the sources read.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown', note: 'Operator provisioning time not found.' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'toll-free': {
      supported: { value: 'unknown', note: 'No source consulted mentions SMS-capable toll-free numbers in Singapore.' },
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
        sources: [S_SGNIC_RULES],
        note: 'Long virtual numbers from the 8 and 9 series, assigned by Singapore operators and sent through participating aggregators, can be registered. SIM-card mobile numbers cannot.',
      },
      registration: { value: 'required', sources: [S_SGNIC_RULES, S_PLIVO, S_CLICKSEND] },
      programme: 'sg.ssir',
      twoWay: {
        value: 'unknown',
        note: 'Twilio lists two-way SMS as not supported in Singapore on its platform; no carrier-level statement found.',
        sources: [S_TWILIO],
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_SGNIC_RULES, S_SGNIC_BLOCK, S_CLICKSEND, S_TW_COPY],
        note: 'The registry (SGNIC) decides: only numbers assigned by Singapore operators can be registered, and senders not in the registry were to be blocked after the transition that ended 2023-07-31. ClickSend says unregistered senders, international numbers included, are shown as "Likely-SCAM" or blocked. A copy of Twilio\'s page (a version that differs from the stored page, so secondary) also marks international numbers as not supported by the operators.',
      },
      registration: { value: 'unknown', note: 'Foreign numbers cannot be registered in the SSIR.' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_CLICKSEND], note: 'Overwritten with "Likely-SCAM" when delivered.' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: [
        {
          value: true,
          sources: [S_CMS, S_ALLEN],
          note: 'Registration in the SSIR was voluntary before the full regime.',
          effectiveUntil: '2023-01-31',
        },
        {
          value: false,
          sources: [S_CMS, S_SGNIC_BLOCK, S_ALLEN, S_SCAMSHIELD, S_TWILIO_SCAM],
          effectiveFrom: '2023-01-31',
          note: 'Unregistered IDs are shown as "Likely-SCAM". CMS, SGNIC and MessageMedia say they were to be blocked after a transition ending 2023-07-31; ScamShield and Twilio describe the label as still in use. Either way an unregistered ID no longer reaches the handset.',
        },
      ],
      registration: [
        { value: 'none', sources: [S_CMS], effectiveUntil: '2023-01-31' },
        {
          value: 'required',
          sources: [S_CMS, S_AWS_SG],
          effectiveFrom: '2023-01-31',
          note: 'Unregistered alphanumeric IDs are no longer accepted; see alphanumeric-preregistered.',
        },
      ],
      programme: 'sg.ssir',
      twoWay: { value: false, sources: [S_TWILIO], note: 'Alphanumeric senders are one-way; Twilio lists two-way SMS as not supported.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: [
        { value: 'unknown', effectiveUntil: '2023-01-31' },
        { value: false, sources: [S_TWILIO_SCAM, S_AWS_SG], effectiveFrom: '2023-01-31', note: 'Replaced by "Likely-SCAM".' },
      ],
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SGNIC_RULES, S_AWS_SG, S_CMS] },
      registration: [
        {
          value: 'recommended',
          sources: [S_CMS, S_ALLEN],
          note: 'SSIR registration was voluntary before the full regime.',
          effectiveUntil: '2023-01-31',
        },
        { value: 'required', sources: [S_CMS, S_ALLEN, S_SGNIC_BLOCK, S_AWS_SG], effectiveFrom: '2023-01-31' },
      ],
      programme: 'sg.ssir',
      twoWay: { value: false, sources: [S_TWILIO], note: 'Alphanumeric senders are one-way; Twilio lists two-way SMS as not supported.' },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 14 },
        sources: [S_SGNIC_FAQ],
        note: 'Sender IDs submitted to SGNIC before Tuesday 17:00 are activated with aggregators and operators the following Tuesday 10:00, i.e. about one to two weeks. This excludes getting a UEN and SSIR account approval. Sent.dm says about five days.',
      },
      senderIdPreserved: {
        value: true,
        sources: [S_AWS_SG],
        note: 'Preserved when the registration steps and aggregator whitelisting are done in order; AWS warns that doing them out of order can stop the ID from being preserved.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_CEA, S_ASIAONE_DNC, S_SENTDM],
      note: 'Legally, a marketing text to a Singapore number needs either a DNC Register check showing the number is not registered, or clear and unambiguous consent in written/evidential form; unsolicited bulk messages must also meet the Spam Control Act rules. Vendors advise explicit opt-in. Conservative value taken.',
    },
    transactional: {
      value: 'implied-or-express',
      sources: [S_ASIAONE_DNC],
      note: 'Service and reminder messages for services the individual bought are outside the DNC provisions; general PDPA consent rules for personal data still apply.',
    },
    laws: {
      value: ['Personal Data Protection Act 2012 (incl. its Do Not Call provisions)', 'Spam Control Act 2007'],
      sources: [S_PDPA, S_SCA, S_CEA, S_IMDA_SPAM],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: 'unknown',
      note: 'The Spam Control Act requires a Singapore mobile number to which an unsubscribe request can be texted, not a keyword. Burst SMS lists a "reply STOP" line only as one of several acceptable opt-out forms; no source says a given reply word must be honoured.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_SPAM_SCHED2, S_IMDA_SPAM],
      note: 'Strictly required for unsolicited commercial messages sent in bulk (Spam Control Act); advisable for consented marketing too.',
    },
    transactionalInstructions: { value: 'unknown', note: 'No source requires opt-out text in service messages.' },
    wording: {
      value: 'Give a Singapore mobile number the recipient can text to unsubscribe, with a statement that it may be used for that purpose; unsolicited bulk advertising also starts with the label <ADV>.',
      sources: [S_SPAM_SCHED2, S_IMDA_SPAM],
    },
    deadline: {
      value: 'Stop within 10 business days of the unsubscribe request (Spam Control Act).',
      sources: [S_SPAM_CL5],
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'No HELP convention found for Singapore.' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.sg.best-time',
        level: 'best-practice',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Asia/Singapore' },
        text: 'No legal sending window was found. A vendor guide suggests sending between 09:00 and 21:00 SGT and avoiding public holidays, with urgent service messages as exceptions.',
        sources: [S_SENTDM],
      },
    ],
    sources: [S_SENTDM],
    note: 'Only a best-practice window was found; no regulation on sending times was found in the sources read.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'sg.ssir',
      name: 'Singapore SMS Sender ID Registry (SSIR), run by SGNIC for IMDA',
      senderKinds: ['alphanumeric-preregistered', 'alphanumeric-dynamic', 'short-code', 'local-long-code'],
      level: 'required',
      text: 'Organisations need a Singapore Unique Entity Number (foreign firms through an ACRA-registered local subsidiary or branch). Create an account on the SSIR portal, reserve sender IDs (first come, first served; no sharing between organisations), assign participating aggregators licensed by IMDA, and give your SMS provider a letter of authorisation. Fees reported: S$500 one-time set-up and S$200 a year per sender ID. Alphanumeric IDs, 5-digit short codes starting with 7 and operator-assigned 8/9-series virtual numbers can be registered.',
      leadTime: { minDays: 7, maxDays: 14 },
      sources: [S_SGNIC_RULES, S_SGNIC_FAQ, S_CMS, S_PLIVO, S_CLICKSEND],
      effectiveFrom: '2023-01-31',
    },
  ],
  content: {
    value: [
      {
        id: 'content.sg.adv-label',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['marketing', 'mixed'],
        text: 'Unsolicited commercial messages sent in bulk must be labelled <ADV> at the start and carry accurate sender contact details and an unsubscribe facility.',
        sources: [S_IMDA_SPAM, S_SPAM_SCHED2],
      },
    ],
    sources: [S_IMDA_SPAM],
    note: 'No topic-based carrier content list (SHAFT, loans, URL shorteners) was found for Singapore.',
  },
  dataProtection: {
    value: ['Personal Data Protection Act 2012'],
    sources: [S_PDPA, S_CEA],
  },
  obligations: [
    {
      id: 'registration.sg.uen',
      category: 'registration',
      level: 'required',
      text: 'Obtain a Singapore Unique Entity Number (UEN) before applying for sender IDs; foreign businesses can get one via a local subsidiary or branch registered with ACRA.',
      sources: [S_PLIVO, S_CMS, S_AWS_SG],
      effectiveFrom: '2023-01-31',
    },
    {
      id: 'registration.sg.participating-aggregator',
      category: 'registration',
      level: 'required',
      text: 'Send only through SMS aggregators licensed by IMDA that participate in the SSIR, and check that the whole delivery route is made of participating aggregators.',
      sources: [S_CMS, S_MOTHERSHIP, S_SGNIC_FAQ],
      effectiveFrom: '2023-01-31',
    },
    {
      id: 'identification.sg.sender-id-format',
      category: 'identification',
      level: 'required',
      text: 'Alphanumeric sender IDs must be 3 to 11 Latin characters, without leading or trailing spaces, not generic (e.g. "OTP", "SMS") and related to the organisation\'s name or business.',
      senderTypes: ['alphanumeric'],
      sources: [S_SGNIC_RULES],
    },
    {
      id: 'consent.sg.dnc-check',
      category: 'consent',
      level: 'required',
      text: 'Before sending a marketing text to a Singapore number, check the No Text Message Register of the DNC Registry unless you hold clear and unambiguous consent in written or other evidential form; results are valid for 21 days.',
      useCases: ['marketing', 'mixed'],
      sources: [S_CEA, S_SORENA_DNC, S_ASIAONE_DNC],
    },
    {
      id: 'identification.sg.sender-details',
      category: 'identification',
      level: 'required',
      text: 'Include clear and accurate information identifying the sender, and how to contact them, in every marketing message.',
      useCases: ['marketing', 'mixed'],
      sources: [S_CEA],
    },
    {
      id: 'optout.sg.unsubscribe-number',
      category: 'opt-out',
      level: 'required',
      text: 'In unsolicited bulk commercial SMS, give a mobile number to which the recipient can text an unsubscribe request, and stop within 10 business days of a request.',
      useCases: ['marketing', 'mixed'],
      sources: [S_SPAM_SCHED2, S_SPAM_CL5, S_IMDA_SPAM],
    },
  ],
};
