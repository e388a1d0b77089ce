import { S_VONAGE_TFN } from '../sources';
import type { CountryRules } from '../types';

// Saudi Arabia. Regulator: Communications, Space and Technology Commission (CST,
// formerly CITC). Operators: stc, Mobily, Zain; MVNOs Virgin Mobile and Lebara.
// Data protection: SDAIA enforces the Personal Data Protection Law.
// Re-audited 2026-12-06: Mapp's KSA page, the AWS Saudi registration page and the top of
// Twilio's page re-read in the search tool's stored copies. Twilio's sender tables and
// compliance notes were read in a verbatim markdown copy in a public GitHub compilation
// (repository not named by the index); the copy names the page's address, keeps Twilio's own
// field descriptions word for word, and its locale summary and guideline rows match the stored
// twilio.com page, so under policy section 5 it stands for the page (kind 'provider', re-read
// 2026-12-06). The Bird and Infobip Saudi entries in the same compilation do not name their
// pages' addresses: they stay secondary (titles: "read in a compiled copy"). A further reading
// 2026-12-06: offers that rested only on the Bird or Infobip entries were dropped, and the
// marketing quiet-hours window was re-decided by the hierarchy with those entries
// secondary. Other sources keep their 2026-11-23 review date.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Saudi Arabia, sender tables and compliance notes (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sa/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird: SMS Country Information Guide, Middle East, Saudi Arabia entry (read in a compiled copy in a public GitHub repository)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-middle-east',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Saudi Arabia entry (read in a compiled copy in a public GitHub repository)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;

const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for Saudi Arabia',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-saudi-arabia.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO = {
  title: 'Twilio SMS Guidelines: Saudi Arabia (locale summary)',
  url: 'https://twilio.com/guidelines/sa/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_MAPP = {
  title: 'Mapp Docs: KSA (SMS country information)',
  url: 'https://docs.mapp.com/docs/ksa.md',
  kind: 'provider', published: '2026-01-14', updated: '2026-01-14', reviewed: R,
} as const;
const S_UNIFONIC_DOCS = {
  title: 'Unifonic Docs: SMS Compliance',
  url: 'https://docs.unifonic.com/docs/compliance-sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_UNIFONIC_TERMS = {
  title: 'Unifonic SMS Service Specific Terms',
  url: 'https://www.unifonic.com/en/legal/sms-terms?hsLang=en',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_UNIFONIC_UPDATE = {
  title: 'Unifonic Support: Platform update to accommodate the new CITC regulations',
  url: 'https://support.unifonic.com/hc/en-us/articles/360001220171-Unifonic-Platform-Update-to-Accommodate-the-New-Regulations',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_160 = {
  title: '160.com.au: Saudi Arabia SMS Laws and Regulations',
  url: 'https://160.com.au/saudi-arabia-sms-laws-and-regulations',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKATELL = {
  title: 'Clickatell: SMS country regulations and restrictions, Saudi Arabia',
  url: 'https://www.clickatell.com/sms-country-regulations/saudi-arabia',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AMEEX = {
  title: 'Ameex Mobile: Saudi Arabia sender ID and bulk SMS rules',
  url: 'https://ameex-mobile.com/189/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TAWASOL = {
  title: 'Tawasol SMS: SMS regulations you must know (Saudi Arabia)',
  url: 'https://tawasolsms.com/en/sms-regulations-you-must-know',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SENTDM = {
  title: 'Sent.dm: Saudi Arabia SMS guide',
  url: 'https://www.sent.dm/resources/sa-sms-guidance',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MSEGAT = {
  title: 'Msegat: CITC text message classification and measures to reduce spam',
  url: 'https://msegat.com/index.php?action=532&lang=En',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_STC = {
  title: 'stc Business: Spam SMS (CITC Decision No. 395/1439H)',
  url: 'https://www.stc.com.sa/wps/wcm/connect/english/business/spam-sms',
  kind: 'carrier', reviewed: REVIEWED,
} as const;
const S_AWS = {
  title: 'AWS End User Messaging: Saudi Arabia registration',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-sa.md',
  kind: 'provider', reviewed: R,
} as const;
const S_SDAIA = {
  title: 'Saudi Arabia News Network: SDAIA launches campaigns on the Personal Data Protection Law',
  url: 'https://saudiarabianewsnetwork.com/sdaia-launches-campaigns-to-raise-awareness-of-personal-data-protection-law',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CHAMBERS = {
  title: 'Chambers Practice Guides: Data Protection & Privacy, Saudi Arabia (GLA & Company)',
  url: 'https://practiceguides.chambers.com/practice-guides/comparison/931/12767/20308-20317-20323-20328-20336',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CEIK = {
  title: 'CEIK: No advertisements or promotions without the beneficiary\'s consent (PDPL draft regulation)',
  url: 'https://www.ceik.net/2023/07/12/no-advertisements-or-promotions-without-the-beneficiarys-consent/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx Developer Docs: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const SA: CountryRules = {
  country: 'SA',
  name: 'Saudi Arabia',
  status: 'researched',
  reviewed: R,
  timeZones: ['Asia/Riyadh'],
  languages: ['ar', 'en'],
  traffic: {
    regime: {
      value: 'unknown',
      note: 'No source consulted states whether application-mediated conversations count as P2P in Saudi Arabia. CST rules define "personal messages" as number-to-number messages with no business system in between.',
      sources: [S_UNIFONIC_DOCS],
    },
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Numeric senders are rejected for A2P (see long-code rows), but no source speaks of P2P route filtering as such.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: false,
        sources: [S_MAPP, S_TW_COPY, S_BIRD_COPY],
        note: "Mapp's operator table (updated 2026-01-14) marks short codes as not supported on stc, Mobily, Zain, Virgin Mobile and Lebara; Twilio's table (read in a copy) marks them as not an operator capability.",
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      ],
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
        sources: [S_MAPP, S_VONAGE_TFN, S_AZURE_TF],
        note: 'Saudi operators refuse every numeric sender (Mapp). Vonage: only US and Canadian toll-free numbers can text; Azure lists its Saudi toll-free numbers for calls only.',
      },
      offers: [{ provider: 'vonage', offered: false, sources: [S_VONAGE_TFN] }],
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
        sources: [S_MAPP, S_AMEEX, S_UNIFONIC_UPDATE, S_TW_COPY],
        note: 'Numeric sender IDs are refused on every Saudi operator (Mapp, Twilio); Unifonic rejects messages with a numeric sender.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      ],
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
        sources: [S_MAPP, S_AMEEX, S_UNIFONIC_UPDATE, S_TW_COPY],
        note: 'Numeric sender IDs are refused on every Saudi operator (Mapp; Twilio says networks block them).',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
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
        value: false,
        sources: [S_MAPP, S_AMEEX, S_TW_COPY],
        note: 'Pre-registration is required on all Saudi operators (Mapp); Twilio marks unregistered names as not an operator capability.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      ],
      registration: { value: 'required', sources: [S_MAPP, S_AMEEX], note: 'A name works only once registered; see the pre-registered row.' },
      twoWay: { value: false, sources: [S_TWILIO, S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_MAPP, S_AMEEX, S_AWS] },
      offers: [
        { provider: 'aws', offered: true, sources: [S_AWS] },
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
      registration: {
        value: 'required',
        sources: [S_MAPP, S_AMEEX, S_AWS, S_TW_COPY],
        note: 'AWS and Twilio register names for companies outside the Kingdom only; Twilio says a regulation bars it from reselling domestic traffic for Saudi brands. Mobily has stopped registering promotional names since April 2024 (Twilio).',
      },
      programme: 'sa.sender-id',
      twoWay: {
        value: false,
        sources: [S_TWILIO, S_TELNYX_ALPHA],
        note: 'Twilio lists two-way SMS as not supported in Saudi Arabia; alphanumeric senders are one-way in any case.',
      },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 14, maxDays: 30 },
        sources: [S_TW_COPY, S_IB_COPY, S_SENTDM],
        note: "Twilio's page (read in a verbatim copy) gives about two weeks for registering names of companies outside the Kingdom; sent.dm agrees. For local senders only Infobip speaks (up to 30 days; up to 15 days for international senders), read in a copy that does not name its page and so stays secondary: it fills the upper end because no better source speaks.",
      },
      senderIdPreserved: {
        value: true,
        sources: [S_TW_COPY, S_SENTDM],
        note: "Twilio's page (read in a verbatim copy) marks registered international names as preserved; sent.dm agrees.",
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Restrictions depend on who sends rather than on the sender type: senders outside the Kingdom may send only service messages (see obligations).',
      },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_UNIFONIC_TERMS, S_CEIK, S_SDAIA],
      note: 'Users must be given an explicit option to consent to promotional messages; consent implied from a privacy policy or service agreement does not count, and the sender must be able to prove it. The PDPL also requires consent before personal contact details are used for marketing.',
    },
    transactional: {
      value: 'unknown',
      note: 'Sources put no time limits on service messages and let OTP traffic bypass DND, but none says whether consent is needed.',
      sources: [S_CLICKATELL, S_UNIFONIC_DOCS],
    },
    laws: {
      value: [
        'CITC (now CST) Decision No. 395/1439H adopting controls to limit spam messages',
        'Personal Data Protection Law (Royal Decree M/19 of 9/2/1443H, amended by Royal Decree M/148 of 5/9/1444H)',
      ],
      sources: [S_STC, S_SDAIA],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_CLICKATELL, S_160, S_SENTDM],
      note: 'stc requires promotional messages to end with an "SMS STOP to opt out" line (Clickatell; 160.com.au says the same). Sent.dm also mentions an Arabic keyword, but its text was unreadable, so none is recorded; no source names opt-in or help keywords for Saudi Arabia.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_AMEEX, S_CLICKATELL, S_UNIFONIC_TERMS],
    },
    transactionalInstructions: {
      value: 'unknown',
      note: 'No source requires opt-out text on service messages.',
    },
    wording: {
      value: 'Every promotional message must say how to opt out, e.g. by replying STOP or through a link; for stc recipients the text must end with the line "SMS STOP to opt out". Send a confirmation when someone opts in or out.',
      sources: [S_CLICKATELL, S_AMEEX, S_UNIFONIC_TERMS],
    },
    deadline: {
      value: 'Stop promotional messages within 24 hours of the opt-out request.',
      sources: [S_UNIFONIC_TERMS, S_AMEEX],
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'Only sent.dm mentions HELP, in garbled form; no carrier or regulator source.' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.sa.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Riyadh' },
        text: 'Send promotional SMS only between 09:00 and 20:00 Saudi time; service messages may be sent at any time. No regulator or carrier text on hours was reached, so the window follows the only current major-provider page that speaks: Twilio, 09:00 to 20:00 (page read in a verbatim copy that stands for it; sent.dm agrees). Other sides: Bird\u2019s and Infobip\u2019s entries, read only in a compiled copy that does not name their pages (secondary), give 08:00 to 20:00 (19:00 in winter) and 08:00 to 22:00; smaller providers differ among themselves: Mapp and an earlier Unifonic notice 07:00 to 22:00, Unifonic docs 07:00 to 21:00 for marketing, Ameex, Tawasol and Msegat 08:00 to 22:00, Clickatell 08:00 to 21:00.',
        sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_MAPP, S_UNIFONIC_DOCS, S_UNIFONIC_UPDATE, S_AMEEX, S_TAWASOL, S_MSEGAT, S_CLICKATELL, S_SENTDM],
      },
    ],
    sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_MAPP, S_UNIFONIC_DOCS, S_CLICKATELL, S_SENTDM],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'sa.sender-id',
      name: 'Saudi sender ID pre-registration with the operators (CST rules)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Pre-register every alphanumeric sender ID, through a licensed aggregator, with all Saudi operators. Give the sender ID, sample content, company name and website, and keep OTP/service senders apart from bulk/promotional ones. Promotional IDs carry the "-AD" suffix, within 11 characters in total. Generic names and numeric senders are refused. Whitelist the hostnames of any URLs used.',
      sources: [S_MAPP, S_AMEEX, S_AWS, S_CLICKATELL],
    },
  ],
  content: {
    value: [
      {
        id: 'content.sa.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'Generic URL shorteners are not allowed.',
        sources: [S_AMEEX],
      },
      {
        id: 'content.sa.url-whitelist',
        topic: 'other',
        restriction: 'restricted',
        text: 'URLs are allowed only if the hostname relates to the sender and has been whitelisted; promotional content must be whitelisted.',
        sources: [S_AMEEX, S_CLICKATELL],
      },
      {
        id: 'content.sa.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No adult content.',
        sources: [S_CLICKATELL, S_SENTDM],
      },
      {
        id: 'content.sa.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'No gambling content.',
        sources: [S_CLICKATELL, S_SENTDM],
      },
      {
        id: 'content.sa.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'Do not promote alcohol.',
        sources: [S_TAWASOL, S_SENTDM],
      },
      {
        id: 'content.sa.firearms',
        topic: 'firearms',
        restriction: 'prohibited',
        text: 'Do not promote firearms.',
        sources: [S_TAWASOL],
      },
      {
        id: 'content.sa.tobacco',
        topic: 'tobacco',
        restriction: 'prohibited',
        text: 'Do not promote tobacco products.',
        sources: [S_TAWASOL],
      },
      {
        id: 'content.sa.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'No political content (stated by sent.dm only).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.sa.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'No religious content (stated by sent.dm only).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.sa.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No controlled-substance content (stated by sent.dm only).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.sa.money-lending',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No money-lending content (stated by sent.dm only).',
        sources: [S_SENTDM],
      },
    ],
    sources: [S_AMEEX, S_CLICKATELL, S_TAWASOL, S_SENTDM],
  },
  dataProtection: {
    value: [
      'Personal Data Protection Law (Royal Decree M/19 of 9/2/1443H, amended by Royal Decree M/148 of 5/9/1444H), in force since 14 September 2023, with its Implementing Regulations',
    ],
    sources: [S_SDAIA, S_CHAMBERS],
  },
  obligations: [
    {
      id: 'identification.sa.ad-suffix',
      category: 'identification',
      level: 'required',
      text: 'Send promotional messages from a registered sender ID that ends in "-AD" (a suffix, unlike the UAE prefix); the whole ID must fit in 11 characters.',
      useCases: MARKETING_LIKE,
      senderTypes: ['alphanumeric'],
      sources: [S_MAPP, S_AMEEX, S_UNIFONIC_UPDATE, S_MSEGAT],
    },
    {
      id: 'identification.sa.sender-classification',
      category: 'identification',
      level: 'required',
      text: 'Use the sender name registered for each message type: never send promotional messages from a service sender, or service messages from a promotional sender.',
      sources: [S_UNIFONIC_TERMS, S_UNIFONIC_DOCS],
    },
    {
      id: 'registration.sa.foreign-senders-service-only',
      category: 'registration',
      level: 'required',
      text: 'Senders outside the Kingdom may send only service messages. Promotional and awareness traffic needs a Saudi entity and a local route, and local Saudi traffic may not go over international routes.',
      useCases: MARKETING_LIKE,
      sources: [S_UNIFONIC_DOCS, S_CLICKATELL, S_AMEEX],
    },
    {
      id: 'consent.sa.dnd',
      category: 'consent',
      level: 'required',
      text: 'Screen promotional messages against the Do Not Disturb list; numbers on it must not receive promotions.',
      useCases: MARKETING_LIKE,
      sources: [S_CLICKATELL, S_TAWASOL],
    },
    {
      id: 'content.sa.otp-purpose',
      category: 'content',
      level: 'required',
      text: 'In OTP messages, say what the code is for; do not send the code alone.',
      useCases: ['otp'],
      sources: [S_UNIFONIC_TERMS],
    },
    {
      id: 'record-keeping.sa.consent-proof',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of each promotional consent; the sender has to prove consent was given.',
      useCases: MARKETING_LIKE,
      sources: [S_UNIFONIC_TERMS],
    },
  ],
};
