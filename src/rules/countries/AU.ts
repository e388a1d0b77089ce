import { APPLICATION_MEDIATED_P2P } from '../global';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Australia. Researched 2026-11-23. Main sources: Twilio support articles on
// the ACMA Sender ID Register, AWS End User Messaging (Oceania table and AU
// registration page), Salesforce Unified Messaging AU guide, ACMA-derived
// guidance on the Spam Act 2003, and the Schedule 1 text of the
// Telecommunications (SMS Sender ID Register) Industry Standard 2025 as
// published by participating telcos. Sender rows re-audited 2026-12-06 against
// the Twilio page (read through a word-for-word copy in a compiled GitHub
// collection that names the page's address, with Twilio's own field
// descriptions; no stored copy of the page itself was found to compare, so it
// is cited at the page's own address as a provider page, policy section 5) and
// the Bird and Infobip Australia sections (same compilation, no address of
// their own: secondary); legal facts were not re-read.
const REVIEWED = '2026-11-23' as const;

// --- Sources -------------------------------------------------------------
const S_TWILIO_REG_2026 = {
  title: 'Twilio Help: Regulatory information – Your Sender ID registrations via Twilio (Australia)',
  url: 'https://support.twilio.com/hc/en-us/articles/46266521342747-Regulatory-information-Your-Sender-ID-registrations-via-Twilio-Australia',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_REG_2023 = {
  title: 'Twilio Help: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Australia',
  url: 'https://support.twilio.com/hc/en-us/articles/13111723633691-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Australia',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_GUIDE = {
  title: 'Twilio SMS Guidelines: Australia',
  url: 'https://www.twilio.com/en/guidelines/au/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_OCEANIA = {
  title: 'AWS End User Messaging: Supported countries – Oceania',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-oceania.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_REG = {
  title: 'AWS End User Messaging SMS: Australia sender ID registration',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-australia.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SALESFORCE = {
  title: 'Salesforce Unified Messaging: Guide for Sending SMS Messages to Australia',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_australia.htm&language=pt_BR&type=5',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SCHEDULE1 = {
  title: 'Telecommunications (SMS Sender ID Register) Industry Standard 2025, Schedule 1 customer information (as published by Welcorp)',
  url: 'https://welcorp.com/public/information/sms-sender-id-register-information',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_STANDARD = {
  title: 'Telecommunications (SMS Sender ID Register) Industry Standard 2025 (Federal Register of Legislation)',
  url: 'https://www.legislation.gov.au/F2025L01235/asmade/2025-10-08/text/original/epub/OEBPS/document_1/document_1.html',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_CELLCAST = {
  title: 'Cellcast: SMS Sender ID Registration',
  url: 'https://www.cellcast.com.au/docs/sms-sender-id-registration',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_160 = {
  title: '160.com.au: SMS sender ID registration (key dates)',
  url: 'https://www.160.com.au/blog/sms-sender-id-registration',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ACMA_ACCESS = {
  title: 'ACMA: 4.1 Accessing the register for the first time',
  url: 'https://www.acma.gov.au/41-accessing-register-first-time',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_ZOELAW_SPAM = {
  title: 'Spam Act 2003 – summary (zoelaw.ai)',
  url: 'https://zoelaw.ai/legislation/spam-act-2003',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CLAYTON = {
  title: "Clayton Utz: ACMA enforcement action – do your marketing communications comply with the Spam Act's unsubscribe rules? (2 Apr 2025)",
  url: 'https://claytonutz.com/insights/2025/april/acma-enforcement-action-do-your-marketing-communications-comply-with-the-spam-acts-unsubscribe-rules',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TMS_UNSUB = {
  title: 'Targeted Media Services: ACMA clarifies e-marketing unsubscribe laws (Spam Regulations 2021)',
  url: 'https://www.targetedmediaservices.com.au/acma-clarifies-e-marketing-unsubscribe-laws-warns-it-is-actively-monitoring-non-compliance/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MVS = {
  title: 'MVS Business Partners: Spam Act consent, identification and unsubscribe summary',
  url: 'https://www.mvsbusinesspartners.org/data-breach',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_BANDWIDTH = {
  title: 'Bandwidth Support: Preventing spam SMS in Australia',
  url: 'https://www.bandwidth.com/support/en/articles/12823112-preventing-spam-sms-in-australia',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_BIZDIARY = {
  title: 'BizDiary FAQ: Bulk SMS and the Spam Act',
  url: 'https://bizdiary.com.au/faq-bulk_sms-spam',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SMSSOL = {
  title: 'SMS Solutions Australia: How do I ensure Spam Act compliance?',
  url: 'https://smssolutionsaustralia.freshdesk.com/support/solutions/articles/5000554169-how-do-i-ensure-spam-act-compliance-',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CLICKATELL = {
  title: 'Clickatell: Australia SMS messaging regulations and restrictions',
  url: 'https://www.clickatell.com/help-center/sms/country-regulations/australia-sms-messaging-regulations-and-restrictions',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MAILPRO = {
  title: 'Mailpro: SMS regulations Australia',
  url: 'https://mailpro.com/faq/sms-regulations-australia',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_DNCR = {
  title: 'Do Not Call Register: Industry overview',
  url: 'https://donotcall.gov.au/industry/industry-overview',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const R = '2026-12-06' as const;
const S_BURST = {
  title: 'Burst SMS support: How to avoid sending SMS spam (Australia)',
  url: 'https://help2.burstsms.com/support/solutions/articles/44001076944-how-to-avoid-sending-sms-spam-australia-',
  kind: 'provider', reviewed: R,
} as const;
const S_TW_TABLE = {
  title: 'Twilio SMS Guidelines: Australia, compliance text and sender tables (operator and Twilio rows) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/au/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip: International SMS coverage and connectivity, Australia section, read in a stored compiled copy',
  url: 'https://www.infobip.com/docs/sms/international-sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird: SMS country information, Australia section, read in a stored compiled copy',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choosing-the-right-senders',
  kind: 'secondary', reviewed: R,
} as const;
const S_SPAM_ACT = { title: 'Spam Act 2003 (Cth)', kind: 'law', reviewed: REVIEWED } as const;
const S_SPAM_REGS = {
  title: 'Spam Regulations 2021 (Cth)',
  url: 'https://cliclaw.com/library/international-laws/australia/spam-regulations-2021',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_PRIVACY_ACT = { title: 'Privacy Act 1988 (Cth)', kind: 'law', reviewed: REVIEWED } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const AU: CountryRules = {
  country: 'AU',
  name: 'Australia',
  status: 'researched',
  reviewed: R,
  timeZones: [
    'Australia/Sydney',
    'Australia/Melbourne',
    'Australia/Brisbane',
    'Australia/Perth',
    'Australia/Adelaide',
    'Australia/Hobart',
    'Australia/Darwin',
    'Australia/Lindeman',
    'Australia/Broken_Hill',
    'Australia/Eucla',
    'Australia/Lord_Howe',
    'Antarctica/Macquarie',
  ],
  languages: ['en'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'No Australia-specific statement on filtering A2P traffic sent over P2P long codes was found.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TW_TABLE, S_BIRD, S_INFOBIP],
        note: 'Twilio\'s page (read through a verbatim copy) marks short codes as supported by operators; Bird and Infobip sell them (copies only, secondary). Salesforce marks them as not supported and AWS sells none; both describe their own products.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
      registration: { value: 'unknown', note: 'No source consulted describes how Australian short codes are provisioned.' },
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
      supported: { value: true, sources: [S_TW_TABLE, S_SALESFORCE, S_BIRD, S_INFOBIP, S_AWS_OCEANIA] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_TABLE, S_TWILIO_GUIDE] },
        { provider: 'aws', offered: true, sources: [S_AWS_OCEANIA] },
      ],
      registration: {
        value: 'required',
        sources: [S_SALESFORCE],
        note: 'Salesforce lists local long codes as requiring pre-registration (nature not described). Bird says no operator registration is needed and Infobip needs no local entity, but both were read only in copies. Not covered by the ACMA Sender ID Register, which is for alphanumeric IDs only (Cellcast).',
      },
      twoWay: { value: true, sources: [S_SALESFORCE, S_AWS_OCEANIA, S_TWILIO_GUIDE, S_INFOBIP] },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 7 },
        sources: [S_SALESFORCE],
        note: 'Salesforce gives a provisioning time of 1 week.',
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW_TABLE, S_SALESFORCE, S_BIRD],
        note: 'Twilio\'s page (read through a verbatim copy) marks foreign numbers as supported by operators and preserved; Salesforce and Bird (copy only) sell them.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_TABLE] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown', note: 'Salesforce lists its international long codes as one-way; that describes its product, not the operators.', sources: [S_SALESFORCE] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: true, sources: [S_TW_TABLE], note: 'Twilio\'s operator table marks foreign numbers as preserved (its page, read through a verbatim copy).' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: [
        {
          value: 'unknown',
          effectiveUntil: '2026-07-01',
          note: 'Before the register: Twilio marked dynamic IDs as not supported by operators from April 2023 and AWS required registration, while Clickatell and Mailpro still sold them.',
          sources: [S_TW_TABLE, S_TWILIO_REG_2023, S_AWS_OCEANIA, S_CLICKATELL, S_MAILPRO],
        },
        {
          value: false,
          effectiveFrom: '2026-07-01',
          sources: [S_STANDARD, S_TW_TABLE, S_SCHEDULE1, S_CELLCAST, S_INFOBIP],
          note: 'The law decides: under the SMS Sender ID Register standard, a message from an unregistered name is still carried, but the sender is replaced with "Unverified" and grouped with other unverified traffic, so the name itself is never shown. That is a replacement of the sender, not acceptance of it; Twilio\'s operator row also marks dynamic names as not supported on every network (and Twilio blocks them). Schedule 1 (published by Welcorp, secondary), Cellcast (other provider) and the Infobip section of a compiled copy (secondary) describe the same "Unverified" label.',
        },
      ],
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE, S_TWILIO_REG_2023] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
      registration: { value: 'required', sources: [S_TWILIO_REG_2023, S_SCHEDULE1], note: 'See alphanumeric-preregistered.' },
      twoWay: { value: false, sources: [S_SALESFORCE] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: [
        {
          value: 'unknown',
          effectiveUntil: '2026-07-01',
          note: 'Before the register took effect, Twilio reserved the right to block unregistered IDs; display behaviour was not documented.',
        },
        {
          value: false,
          sources: [S_TWILIO_REG_2026, S_SCHEDULE1, S_CELLCAST],
          effectiveFrom: '2026-07-01',
          note: 'From 2026-07-01 a message with an unregistered alphanumeric ID is delivered with the sender shown as "Unverified" and grouped with other unverified traffic.',
        },
      ],
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_TABLE, S_AWS_OCEANIA, S_SALESFORCE, S_TWILIO_REG_2026, S_BIRD, S_INFOBIP] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_TABLE, S_TWILIO_REG_2026] },
        { provider: 'aws', offered: true, sources: [S_AWS_OCEANIA] },
      ],
      registration: {
        value: 'required',
        sources: [S_TWILIO_REG_2023, S_TWILIO_REG_2026, S_AWS_OCEANIA, S_SCHEDULE1],
        note: 'Provider pre-registration has been mandatory at Twilio since 2023-07-13; the ACMA SMS Sender ID Register applies to all alphanumeric IDs, with unregistered IDs labelled "Unverified" from 2026-07-01.',
      },
      programme: 'au.sender-id-register',
      twoWay: {
        value: false,
        sources: [S_SALESFORCE],
        note: 'Salesforce lists alphanumeric codes as one-way; alphanumeric IDs cannot receive replies.',
      },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 7 },
        sources: [S_SALESFORCE],
        note: 'Salesforce gives 1 week. The ACMA register adds a confirmation step by the entity (email link, myID login), so real lead time depends on the applicant; 160.com.au advised applying by 2026-05-15 for a 2026-07-01 start.',
      },
      senderIdPreserved: {
        value: true,
        sources: [S_SCHEDULE1, S_CELLCAST],
        note: 'Registered IDs sent through a participating telco display as registered; only unregistered IDs are relabelled.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_SPAM_ACT, S_MVS, S_BANDWIDTH],
      note: 'Commercial electronic messages (including SMS) need express or inferred consent; inferred consent rests on an existing relationship and the recipient conduct.',
    },
    transactional: {
      value: 'none',
      sources: [S_ZOELAW_SPAM, S_MVS],
      note: 'Purely factual messages with no commercial content (e.g. appointment reminders) fall outside the consent rule; any promotional content makes the message commercial. Identification still applies to designated commercial messages.',
    },
    laws: {
      value: ['Spam Act 2003 (Cth)', 'Spam Regulations 2021 (Cth)'],
      sources: [S_SPAM_ACT, S_SPAM_REGS, S_DNCR],
      note: 'The Do Not Call Register Act 2006 covers telemarketing calls and marketing faxes (donotcall.gov.au), not SMS, so it is not listed; one vendor guide (sent.dm) claims otherwise.',
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_SMSSOL, S_BURST, S_BIZDIARY],
      note: 'The Spam Act mandates a functional unsubscribe facility, not a keyword. Reply-STOP is the customary facility for SMS (Australian providers SMS Solutions and Burst SMS); if a message offers it, STOP replies must be honoured. Re-checked 2026-12-06: no Australian source read names opt-in or help keywords.',
    },
    marketingInstructions: { value: 'required', sources: [S_SPAM_ACT, S_ZOELAW_SPAM, S_CLAYTON] },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_ZOELAW_SPAM, S_MVS],
      note: 'Only commercial electronic messages need an unsubscribe facility; purely factual messages and designated messages (charities, government, registered political parties, educational institutions) are exempt.',
    },
    wording: {
      value: 'A clear, conspicuous unsubscribe instruction in every commercial SMS (customarily "Reply STOP to opt out"). Unsubscribing must cost no more than a standard SMS, must not require logging in, creating an account or giving personal details beyond the number, and must keep working for at least 30 days after sending.',
      sources: [S_CLAYTON, S_TMS_UNSUB, S_SPAM_REGS],
    },
    deadline: {
      value: 'Honour unsubscribe requests within 5 working (business) days.',
      sources: [S_CLAYTON, S_TMS_UNSUB, S_BIZDIARY],
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'No Australian source consulted requires or names HELP keywords.' },
    required: { value: 'unknown', note: 'No Australian source consulted requires a HELP reply.' },
  },
  quietHours: {
    value: [],
    sources: [S_CLICKATELL, S_MAILPRO],
    note: 'Clickatell and Mailpro both list no time restrictions for Australia, and no statutory SMS sending window was found (the Do Not Call rules on calling hours cover voice calls). These vendor pages are partly outdated on sender IDs; sending at reasonable hours remains good practice.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'au.sender-id-register',
      name: 'ACMA SMS Sender ID Register',
      senderKinds: ['alphanumeric-preregistered', 'alphanumeric-dynamic'],
      level: 'required',
      text: 'Register every alphanumeric sender ID on the ACMA SMS Sender ID Register through a participating (originating) telco or its partner, then confirm the application in ACMA Assist with myID. Entities with an ABN can apply via any participating telco; entities without one go through a certified telco or its international partner. From 2026-07-01 messages with unregistered IDs are labelled "Unverified". Provider pre-registration (Twilio, AWS) also requires a letter of authorisation and business documents.',
      sources: [S_SCHEDULE1, S_STANDARD, S_ACMA_ACCESS, S_TWILIO_REG_2026, S_AWS_REG, S_160],
      effectiveFrom: '2025-11-30',
    },
  ],
  content: {
    value: [
      {
        id: 'content.au.restricted-topics',
        topic: 'other',
        restriction: 'prohibited',
        text: 'One provider (Mailpro) lists adult, religious, political and gambling content as not accepted for Australian SMS; confirm with your provider before sending such content.',
        sources: [S_MAILPRO],
      },
      {
        id: 'content.au.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'restricted',
        text: 'Avoid public URL shorteners: operators may block spam or suspicious links. Salesforce accepts shortened URLs, Mailpro advises against them; use branded links.',
        sources: [S_MAILPRO, S_SALESFORCE],
      },
    ],
    sources: [S_MAILPRO, S_SALESFORCE],
    note: 'Sources on content rules are provider pages, not law; Clickatell lists no content registration requirement.',
  },
  dataProtection: {
    value: ['Privacy Act 1988 (Cth), including the Australian Privacy Principles'],
    sources: [S_PRIVACY_ACT],
  },
  obligations: [
    {
      id: 'registration.au.participating-telco',
      category: 'registration',
      level: 'required',
      text: 'Register each alphanumeric sender ID on the ACMA SMS Sender ID Register via a participating telco and send only through participating telcos; otherwise recipients see "Unverified" instead of your brand.',
      senderTypes: ['alphanumeric'],
      sources: [S_SCHEDULE1, S_TWILIO_REG_2026, S_CELLCAST],
      effectiveFrom: '2026-07-01',
    },
    {
      id: 'identification.au.sender-details',
      category: 'identification',
      level: 'required',
      text: 'Identify the individual or organisation that authorised each commercial message and include contact details that stay valid for at least 30 days.',
      useCases: ['marketing', 'mixed', 'charity', 'political'],
      sources: [S_SPAM_ACT, S_ZOELAW_SPAM, S_MVS],
    },
    {
      id: 'optout.au.no-barriers',
      category: 'opt-out',
      level: 'required',
      text: 'Do not make people log in, create an account, pay a fee or give extra personal information to unsubscribe; keep the facility working for 30 days after each message.',
      useCases: MARKETING_LIKE,
      sources: [S_SPAM_REGS, S_TMS_UNSUB, S_CLAYTON],
    },
    {
      id: 'record-keeping.au.consent',
      category: 'record-keeping',
      level: 'recommended',
      text: 'Collect and keep records of express or inferred consent for every recipient of commercial SMS.',
      useCases: MARKETING_LIKE,
      sources: [S_BANDWIDTH],
    },
  ],
};
