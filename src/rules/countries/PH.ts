import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Philippines. Researched 2026-11-23; re-audited 2026-12-06 against Twilio's
// guideline page, Vonage's country page and the full text of NTC MC 03-03-2005
// (legaldex). A further reading (same day): Twilio's sender tables had been read in a
// compiled copy (nevetsagetro/OKR-warranted, data/raw/philippines_ph.md) that names
// the page's address. The stored twilio.com page (www.twilio.com/en-us/guidelines/ph/sms
// and /guidelines/ph/sms, no date) is another, older version: its compliance text
// and number-portability row differ from the copy's. So the copy does not stand for
// the page and is cited as secondary; the stored page (whose sender tables could not
// be read) is cited as Twilio's own page for what it shows.
// Researched 2026-11-23. Sender facts from Vonage, Twilio, AWS,
// Mapp, ClickSend and local aggregators; legal facts from NTC Memorandum
// Circular 03-03-2005 (Rules and Regulations on Broadcast Messaging Service)
// as summarised on jur.ph, its 2018 amendment, the National Privacy
// Commission on the Data Privacy Act, and BSP Memorandum M-2022-015.
const REVIEWED = '2026-12-06' as const;
const R = REVIEWED;
const OLD = '2026-11-23' as const;

// --- Sources -------------------------------------------------------------
const S_VONAGE = {
  title: 'Vonage API Support: Philippines SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017413-Philippines-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_REG = {
  title: 'Twilio Help: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Philippines',
  url: 'https://support.twilio.com/hc/en-us/articles/360046676193-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Philippines',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG = {
  title: 'AWS End User Messaging SMS: Philippines sender ID registration',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-philippines.html',
  kind: 'provider', reviewed: OLD,
} as const;
const S_AWS_REG_ZH = {
  title: 'AWS End User Messaging SMS: Philippines sender ID registration (Chinese machine translation of the English page)',
  url: 'https://docs.aws.amazon.com/zh_cn/sms-voice/latest/userguide/registrations-philippines.html',
  kind: 'provider', reviewed: OLD,
} as const;
const S_MAPP = {
  title: 'Mapp documentation: Philippines (updated 2026-01-14)',
  url: 'https://docs.mapp.com/docs/philippines.md',
  kind: 'provider', reviewed: OLD,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: Philippines +63',
  url: 'https://help.clicksend.com/article/zxlhii6y3j-philippines',
  kind: 'provider', reviewed: R,
} as const;
const S_PROMOTEXTER = {
  title: 'Promotexter Support: What are the sender ID limitations?',
  url: 'https://promotexter.freshdesk.com/support/solutions/articles/13000089442-what-are-the-sender-id-limitations-',
  kind: 'provider', reviewed: R,
} as const;
const S_MOPLET = {
  title: 'Moplet Helpdesk: Philippines sender ID pre-registration',
  url: 'https://helpdesk.moplet.com/kb/faq.php?id=39',
  kind: 'provider', reviewed: OLD,
} as const;
const S_4NOTIFY = {
  title: '4notify: NTC sender ID, +63 numbering plan and the SIM Registration Act (2026-05-27)',
  url: 'https://4notify.net/ph/en/diaryo/ntc-sender-id-numbering-sim-registration',
  kind: 'provider', reviewed: OLD,
} as const;
const S_4NOTIFY_NTC = {
  title: '4notify: NTC in practice – CLI verification, alphanumeric sender ID and the do-not-originate list',
  url: 'https://4notify.net/ph/en/ntc-sender-id-sms-philippines',
  kind: 'provider', reviewed: OLD,
} as const;
const S_NTC_2005 = {
  title: 'NTC Memorandum Circular No. 03-03-2005, Rules and Regulations on Broadcast Messaging Service (summary, jur.ph)',
  url: 'https://jur.ph/law/summary/rules-and-regulations-on-broadcast-messaging-service',
  kind: 'secondary', reviewed: R,
} as const;
const S_NTC_TEXT = {
  title: 'NTC Memorandum Circular No. 03-03-05, Rules and Regulations on Broadcast Messaging Service (text, legaldex)',
  url: 'https://legaldex.com/laws/rules-and-regulations-on-broadcast-messaging-service',
  kind: 'law', published: '2005-03-15', reviewed: R,
} as const;
const S_NTC_MO_2009 = {
  title: 'NTC Memorandum Order clarifying MC No. 04-07-2009 (further amending MC 03-03-2005) (summary, jur.ph)',
  url: 'https://jur.ph/law/summary/clarifying-certain-provisions-of-memorandum-circular-mc-no-04-07-2009-further-amending-memorandum-circular-mc-no-03-03-2005a-rules-and-regulations-on-broadcast-messaging-service',
  kind: 'secondary', reviewed: R,
} as const;
const S_NTC_2018 = {
  title: 'NTC Memorandum Circular No. 07-08-2018, further amending MC 03-03-2005 (Lawyerly)',
  url: 'https://dev.lawyerly.ph/laws/view/91581',
  kind: 'law', published: '2018-08-30', reviewed: R,
} as const;
/** A newer version of Twilio's page, read only in a compiled copy that differs from the stored page: secondary. */
const S_TW = {
  title: 'Twilio SMS Guidelines: Philippines, newer version with sender tables (read in a compiled copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ph/sms',
  kind: 'secondary', reviewed: R,
} as const;
/** Twilio's page as stored on twilio.com: an older version (first part and compliance text readable), no date shown. */
const S_TW_PAGE = {
  title: 'Twilio SMS Guidelines: Philippines (stored page, older version)',
  url: 'https://www.twilio.com/en-us/guidelines/ph/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG_LIST = {
  title: 'AWS End User Messaging SMS: Registration forms (Philippines sender ID registration)',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html',
  kind: 'provider', reviewed: R,
} as const;
const S_NPC_INQUIRER = {
  title: "Inquirer: SMS pol ads need users' consent (NPC on the Data Privacy Act, 11 Oct 2021)",
  url: 'https://newsinfo.inquirer.net/1500049/sms-pol-ads-need-users-consent',
  kind: 'secondary', reviewed: OLD,
} as const;
const S_BSP_MEMO = {
  title: "Interaksyon: 'Dapat walang clickable link' – BSP Memorandum M-2022-015 (21 Jul 2022)",
  url: 'https://interaksyon.philstar.com/trends-spotlights/2022/07/21/222753/dapat-walang-clickable-link-bsp-urges-banks-financial-institutions-amid-scam-reports/amp/',
  kind: 'secondary', reviewed: OLD,
} as const;
const S_BSP_SUNSTAR = {
  title: 'SunStar: BSP warns vs. scam texts with fake bank links (2025-11-14)',
  url: 'https://www.sunstar.com.ph/cebu/bsp-warns-vs-scam-texts-with-fake-bank-links',
  kind: 'secondary', reviewed: OLD,
} as const;
const S_DPA = { title: 'Republic Act No. 10173 (Data Privacy Act of 2012)', kind: 'law', reviewed: OLD } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const PH: CountryRules = {
  country: 'PH',
  name: 'Philippines',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: ['Asia/Manila'],
  languages: ['en', 'fil'],
  traffic: {
    regime: {
      value: 'unknown',
      note: 'No source consulted states whether application-mediated conversations count as P2P in the Philippines.',
    },
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_VONAGE, S_CLICKSEND],
      note: 'Vonage reports Globe blocks A2P from virtual numbers and long codes; ClickSend says P2P messages and international numbers are not allowed for A2P traffic.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_MAPP, S_4NOTIFY_NTC, S_TW],
        note: 'Mapp lists short codes on Globe, Smart and DITO; 4notify describes 4-digit two-way short codes, dedicated or shared. Twilio\'s newer page, read only in a compiled copy (secondary), also marks them as supported by the operators. No major provider\'s own page read speaks.',
      },
      registration: {
        value: 'required',
        sources: [S_4NOTIFY_NTC],
        note: 'Short codes are registered per brand with the operators (4notify).',
      },
      twoWay: { value: true, sources: [S_4NOTIFY_NTC] },
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
        value: 'restricted',
        sources: [S_VONAGE, S_CLICKSEND, S_TW],
        note: 'Vonage, the only major provider whose own page speaks, takes numeric senders only on its two-way service and reports that Globe has told it long codes and virtual numbers are blocked for A2P: accepted, but not on Globe. Twilio\'s newer page, read only in a compiled copy (secondary), agrees (operator row supported, two-way messaging only, no URLs). Mapp and Promotexter (smaller providers) say numeric senders are not allowed; ClickSend sends from a name and takes replies on a long code.',
      },
      restriction: {
        networks: ['Globe'],
        text: 'Globe blocks A2P messages from long codes and virtual numbers; elsewhere local numbers are for two-way conversations, and messages from them may not carry URLs. One-way and bulk traffic should use a registered sender name.',
        sources: [S_VONAGE, S_TW],
      },
      offers: [
        { provider: 'vonage', offered: true, twoWay: true, sources: [S_VONAGE] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: true, sources: [S_VONAGE, S_TW], note: 'Vonage sells local numbers here for two-way messaging; Twilio\'s newer page (read in a compiled copy) says the same; ClickSend takes replies on a long code.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Only Twilio\'s newer page, read in a compiled copy (secondary), speaks: it marks the domestic long code as preserved. Nothing better speaks, so the secondary copy fills the fact.' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW_PAGE, S_VONAGE, S_CLICKSEND, S_TW],
        note: 'Twilio\'s stored page says the mobile operators do not allow messages from international long codes (they are overwritten with a generic name outside Twilio\'s platform); Vonage: numeric sender IDs are not supported outside its two-way service; ClickSend: international numbers are strictly not allowed. Twilio\'s newer page, read only in a compiled copy, marks them not supported in its operator row.',
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
        sources: [S_VONAGE, S_AWS_REG, S_TWILIO_REG, S_MAPP, S_TW],
        note: 'Pre-registration is mandatory on all networks (Vonage), and AWS\'s and Twilio\'s registration pages require it; unregistered IDs are overwritten on a best-effort basis (Vonage) or replaced by the provider name (ClickSend). Twilio\'s newer page, read only in a compiled copy (secondary), marks dynamic IDs as not supported by the operators and says Twilio blocks unregistered IDs since 7 April 2025; its stored, older page only recommended a registered name.',
      },
      registration: { value: 'required', sources: [S_VONAGE, S_MAPP, S_TW], note: 'See alphanumeric-preregistered.' },
      twoWay: { value: false, sources: [S_MOPLET] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_CLICKSEND] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_VONAGE, S_TW_PAGE, S_MAPP, S_TWILIO_REG, S_AWS_REG] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_REG] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'aws', offered: true, sources: [S_AWS_REG_LIST] },
      ],
      registration: {
        value: 'required',
        sources: [S_VONAGE, S_TW, S_MAPP, S_TWILIO_REG, S_AWS_REG, S_MOPLET],
        note: 'Registered with each operator (Globe, Smart; DITO per Mapp) using signed authorisation letters.',
      },
      programme: 'ph.sender-id',
      twoWay: { value: false, sources: [S_MOPLET], note: 'Alphanumeric IDs cannot take replies.' },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 14 },
        sources: [S_MOPLET, S_4NOTIFY, S_TW],
        note: 'Moplet: 7–9 working days; 4notify: 5–10 working days; Twilio\'s newer page (read in a compiled copy): 2 weeks.',
      },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Only Twilio\'s newer page, read in a compiled copy (secondary), speaks: it marks registered domestic and international IDs as preserved. Nothing better speaks, so the secondary copy fills the fact.' },
      restrictedUseCases: {
        value: 'unknown',
        sources: [S_AWS_REG_ZH, S_TW, S_NTC_TEXT],
        note: 'AWS has registrants confirm that a Philippine sender ID carries transactional messages only, which is AWS\'s own condition. Twilio\'s newer page (read in a compiled copy) allows promotional broadcasts to opted-in subscribers on registered IDs (while saying product promotions, loans, real estate and political messages are blocked as spam), and the NTC rules allow opted-in promotional broadcasts. The sources do not settle which use cases operators refuse.',
      },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_NTC_TEXT, S_NTC_MO_2009, S_TW_PAGE, S_NPC_INQUIRER],
      note: 'NTC MC 03-03-2005 allows commercial, promotional and survey broadcasts only to subscribers who gave prior consent or opted in; an NTC memorandum order (read in a summary) calls this prior written consent, which the subscriber can give by text, online or in writing. Twilio restates the opt-in rule. The NPC treats unsolicited text blasts as a Data Privacy Act violation.',
    },
    transactional: {
      value: 'unknown',
      note: 'The NTC opt-in rule covers commercial, promotional and survey messages; no source consulted addresses consent for purely transactional SMS (the Data Privacy Act needs a lawful basis, which may be other than consent).',
    },
    laws: {
      value: [
        'NTC Memorandum Circular No. 03-03-2005 (Rules and Regulations on Broadcast Messaging Service), as amended by MC No. 07-08-2018',
        'Republic Act No. 10173 (Data Privacy Act of 2012)',
      ],
      sources: [S_NTC_TEXT, S_NTC_2005, S_NTC_2018, S_NPC_INQUIRER],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: 'unknown',
      note: 'NTC rules require an opt-out command in every broadcast message but do not name one. A Philippine page of unclear publisher (newsroom.amber.ph, secondary) says broadcasts carry an opt-out line with "STOP" plus the service keyword, and the Salesforce and Twilio country pages only repeat generic HELP/STOP best practice; not enough to set a list.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_NTC_TEXT, S_TW_PAGE],
      note: 'The NTC rule, which decides over provider pages, requires an address or number and the opt-out command in broadcast messages; Twilio adds that subscription services repeat opt-out instructions weekly (daily services) or monthly (weekly services). Mapp says opt-out content is not required.',
    },
    transactionalInstructions: {
      value: 'unknown',
      note: 'The NTC rule is framed around broadcast (bulk identical) messages; whether one-to-one transactional SMS need opt-out text is not established. Mapp says opt-out content is not required.',
    },
    wording: {
      value: 'Each broadcast message must name the sending company and give its contact details and the command for opting out.',
      sources: [S_NTC_TEXT],
    },
    deadline: {
      value: 'unknown',
      note: 'NTC rules let subscribers opt out at any time and say broadcasts must stop, but the summary gives no deadline.',
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'No Philippine source consulted names HELP keywords.' },
    required: { value: 'unknown', note: 'No Philippine source consulted requires a HELP reply.' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ph.broadcast',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '07:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Manila' },
        text: 'Broadcast and push messages (commercial, promotional, surveys) may not be sent between 21:00 and 07:00 unless they are part of a paid subscription the recipient asked for.',
        sources: [S_NTC_TEXT, S_MAPP],
      },
    ],
    sources: [S_NTC_TEXT, S_MAPP],
    note: 'Mapp states the same 07:00–21:00 Monday–Sunday window without limiting it to promotional traffic.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'ph.sender-id',
      name: 'Operator alphanumeric sender ID registration (Globe, Smart, DITO)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each alphanumeric sender ID with the operators through your provider: a signed SMS masking authorisation letter for Globe and for Smart on company letterhead, with sample content. Banks, financial services and insurers also supply a BFSI letter, incorporation papers, business permit, regulator licence (e.g. BSP) and proof of brand ownership. IDs must be 3–11 characters and avoid generic or carrier names.',
      leadTime: { minDays: 7, maxDays: 14 },
      sources: [S_TWILIO_REG, S_AWS_REG, S_AWS_REG_ZH, S_MOPLET, S_4NOTIFY],
    },
  ],
  content: {
    value: [
      {
        id: 'content.ph.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'Adult content (nudity, profanity, violence) that is illegal under Philippine law is not accepted.',
        sources: [S_TW_PAGE, S_CLICKSEND],
      },
      {
        id: 'content.ph.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'Advertising that promotes alcohol is not accepted, even where legal.',
        sources: [S_TW_PAGE, S_CLICKSEND],
      },
      {
        id: 'content.ph.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'Advertising that promotes illegal drugs or substances is not accepted.',
        sources: [S_TW_PAGE, S_CLICKSEND],
      },
      {
        id: 'content.ph.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'Gambling content is not accepted: Twilio\'s stored page and ClickSend refuse it. Twilio\'s newer page (read in a compiled copy) refuses it from offshore gaming operators and allows it only for registered Philippine Inland Gaming Operators.',
        sources: [S_TW_PAGE, S_CLICKSEND, S_TW],
      },
      {
        id: 'content.ph.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Election advertising promoting a candidate is not accepted by carriers; the NPC also says political SMS ads need the subscriber consent.',
        sources: [S_TW_PAGE, S_CLICKSEND, S_NPC_INQUIRER],
      },
      {
        id: 'content.ph.tobacco',
        topic: 'tobacco',
        restriction: 'prohibited',
        text: 'Advertising that promotes tobacco is not accepted, even where legal.',
        sources: [S_TW_PAGE, S_CLICKSEND],
      },
      {
        id: 'content.ph.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'Public URL shorteners (bit.ly, cutt.ly, tinyurl and similar) are blocked; Smart blocks some shorteners on its own and ported numbers. Use full branded links.',
        sources: [S_MAPP, S_VONAGE, S_TW],
      },
      { id: 'content.ph.firearms', topic: 'firearms', restriction: 'prohibited', text: 'Firearms content is not accepted.', sources: [S_TW] },
      { id: 'content.ph.religious', topic: 'religious', restriction: 'prohibited', text: 'Religious content is not accepted.', sources: [S_TW] },
      { id: 'content.ph.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'Cannabis content is not accepted.', sources: [S_TW] },
      { id: 'content.ph.loans', topic: 'high-risk-financial', restriction: 'prohibited', text: 'Money-lending and loan offers are not accepted.', sources: [S_TW_PAGE, S_TW] },
      {
        id: 'content.ph.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Send URLs only from a registered alphanumeric sender ID with the URL registered; banking messages with a URL need an allow-listed template, and messages from local long codes may carry no URL. Phone numbers in the text are not allowed.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW_PAGE, S_CLICKSEND, S_MAPP, S_VONAGE, S_TW],
  },
  dataProtection: {
    value: ['Republic Act No. 10173 (Data Privacy Act of 2012)'],
    sources: [S_DPA, S_NPC_INQUIRER],
  },
  obligations: [
    {
      id: 'identification.ph.company-name',
      category: 'identification',
      level: 'required',
      text: 'Show your company name in every commercial, promotional or survey broadcast message (NTC MC 03-03-2005).',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_NTC_TEXT],
    },
    {
      id: 'identification.ph.contact',
      category: 'identification',
      level: 'required',
      text: 'Give a valid address or number in every broadcast message to which recipients can send requests to stop the messages (NTC MC 03-03-2005).',
      useCases: MARKETING_LIKE,
      check: { kind: 'contact' },
      sources: [S_NTC_TEXT],
    },
    {
      id: 'opt-out.ph.broadcast-command',
      category: 'opt-out',
      level: 'required',
      text: 'State the command or message that opts the recipient out in every broadcast message, and stop sending when a subscriber opts out; opting out must cost the subscriber nothing (NTC MC 03-03-2005).',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [S_NTC_TEXT, S_TW_PAGE],
    },
    {
      id: 'identification.ph.sender-id-format',
      category: 'identification',
      level: 'required',
      text: 'Choose a sender ID of 3–11 characters that identifies your brand: no generic IDs (INFO, OTP, NOTICE, REMINDERS…), no TEST/SMS/MSG/MESSAGE variants, no carrier names (SMART, SUN, GLOBE…), at most 5 digits, and no special characters other than dash, dot and underscore.',
      senderTypes: ['alphanumeric'],
      sources: [S_VONAGE, S_TW_PAGE, S_PROMOTEXTER, S_CLICKSEND],
    },
    {
      id: 'registration.ph.bfsi-documents',
      category: 'registration',
      level: 'required',
      text: 'If you are a bank, financial service or insurer, register your sender ID with the extra BFSI documents (authorisation letter, incorporation papers, business permit, regulator licence such as BSP).',
      senderTypes: ['alphanumeric'],
      sources: [S_AWS_REG_ZH, S_CLICKSEND],
    },
    {
      id: 'content.ph.bsp-no-links',
      category: 'content',
      level: 'recommended',
      text: 'If you are a BSP-supervised bank, e-money issuer or other financial institution, avoid clickable links in SMS to customers: BSP Memorandum M-2022-015 urges supervised institutions to drop them (anti-phishing).',
      sources: [S_BSP_MEMO, S_BSP_SUNSTAR],
    },
    {
      id: 'consent.ph.opt-in-confirmation',
      category: 'consent',
      level: 'required',
      text: 'If you run a subscribed content or information service, send an opt-in confirmation SMS giving the service name and description, message frequency, terms (or a link), cost, privacy policy (or a link), customer-care contact and simple opt-out instructions.',
      sources: [S_NTC_2018],
    },
    {
      id: 'data-protection.ph.number-collection',
      category: 'data-protection',
      level: 'required',
      text: 'Collect and use mobile numbers for text blasts only with consent; unsolicited blasts and harvesting numbers for them breach the Data Privacy Act according to the NPC.',
      useCases: MARKETING_LIKE,
      sources: [S_NPC_INQUIRER, S_DPA],
    },
  ],
};
