import { APPLICATION_MEDIATED_P2P } from '../global';
import { S_VONAGE_TFN, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// South Africa. Regulators and codes: ICASA (numbering), the Information
// Regulator (POPIA), the National Consumer Commission (CPA), and the WASPA Code
// of Conduct (industry self-regulation). Operators: Vodacom, MTN, Cell C, Telkom.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;

const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for South Africa',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-south-africa.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO = {
  title: 'Twilio SMS Guidelines: South Africa',
  url: 'https://www.twilio.com/en/guidelines/za/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
/** The head of the same Twilio page (two-way support), re-read; its sender table was not in the stored copy. */
const S_TWILIO_HEAD = {
  title: 'Twilio SMS Guidelines: South Africa (locale summary)',
  url: 'https://static1.twilio.com/guidelines/za/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKSEND = {
  title: 'ClickSend Help: South Africa +27',
  url: 'https://help.clicksend.com/article/fqqv4xnzg4-south-africa',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKATELL = {
  title: 'Clickatell: South Africa SMS messaging regulations and restrictions',
  url: 'https://www.clickatell.com/faqs/answer/south-africa-sms-messaging-regulations-and-restrictions/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ITWEB = {
  title: 'ITWeb: WASPA clamps down on marketers (21 June 2011)',
  url: 'https://www.itweb.co.za/article/waspa-clamps-down-on-marketers/dgp45MaY969MX9l8',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_WINSMS = {
  title: 'WinSMS: Code of Conduct (WASPA; opt-out keywords filtered automatically)',
  url: 'https://winsms.co.za/code-of-conduct',
  kind: 'provider', reviewed: R,
} as const;
const S_APPRENTICE = {
  title: 'Apprentice Mobile: Anti-spam policy (opt-out keywords)',
  url: 'https://apprenticemobile.co.za/spam.asp?t=2',
  kind: 'provider', reviewed: R,
} as const;
const S_BIZCOMMUNITY = {
  title: "Bizcommunity: Reply 'STOP' for unwanted SMS messages",
  url: 'https://www.bizcommunity.com/Article/196/78/16720.html',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_SENTDM = {
  title: 'Sent.dm: South Africa SMS guidelines',
  url: 'https://www.sent.dm/resources/za-sms-guidance',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_FASKEN = {
  title: 'Fasken: 10 practical points on POPI and direct marketing',
  url: 'https://www.fasken.com/en/knowledge/2021/02/10-practical-popi-direct-marketing',
  kind: 'secondary', reviewed: R,
} as const;
const S_OBA = {
  title: 'Online Brand Ambassadors: POPIA direct marketing',
  url: 'https://www.onlinebrandambassadors.com/popia-direct-marketing/',
  kind: 'secondary', reviewed: R,
} as const;
const S_BUSINESSTECH = {
  title: 'BusinessTech: Big changes for spam messages in South Africa (30 January 2025)',
  url: 'https://businesstech.co.za/news/technology/809391/big-changes-for-spam-messages-in-south-africa/',
  kind: 'secondary', published: '2025-01-30', reviewed: R,
} as const;
const S_BAKER = {
  title: 'Baker McKenzie InsightPlus: South Africa direct marketing developments (POPIA Guidance Note, CPA Regulations amendments)',
  url: 'https://insightplus.bakermckenzie.com/bm/dispatchContent.action?key=BcJlhLtdCv6%2FJTDZxvL23aHJmOdxMVlFzGAckwosUSmlWlttVf7c5dw%2Fc9jGWruxmzF4%2Fk20N5762hhd9a%2BHpqaoRaewz18n&nav=FRbANEucS95NMLRN47z%2BeeOgEFCt8EGQ0qFfoEM4UR4%3D',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ACCOUNTANCY = {
  title: 'Accountancy SA: Direct marketing consent in South Africa',
  url: 'https://www.accountancysa.org.za/direct-marketing-consent-in-south-africa/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_4NOTIFY = {
  title: '4notify: ICASA numbering plan, alphanumeric Sender ID and RICA (South Africa)',
  url: 'https://4notify.net/za/en/indaba/icasa-numbering-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ESMS_OVERVIEW = {
  title: 'eSMS Africa Docs: Sender IDs overview (country requirements table)',
  url: 'https://esmsafrica.io/docs/sender-ids/overview/',
  kind: 'provider', reviewed: R,
} as const;
const S_CDH = {
  title: 'Cliffe Dekker Hofmeyr: Direct marketing practices in South Africa\'s new era of data protection (26 August 2020)',
  url: 'https://www.cliffedekkerhofmeyr.com/en/news/publications/2020/technology/tmt-alert-26-august-Direct-marketing-practices-in-the-midst-of-South-Africas-new-era-of-data-protection.html',
  kind: 'secondary', published: '2020-08-26', reviewed: R,
} as const;
// Laws.
const L_POPIA_69 = {
  title: 'Protection of Personal Information Act 4 of 2013 (POPIA), section 69 (direct marketing by unsolicited electronic communications)',
  kind: 'law', reviewed: R,
} as const;
const L_CPA_REG_4 = {
  title: 'Consumer Protection Act 68 of 2008, Regulations (2011), regulation 4: prohibited time for contacting consumers (Acts Online)',
  url: 'https://www.acts.co.za/consumer-protection-act-2008/r293_prohibited_time_for_contacting_consumers',
  kind: 'law', reviewed: R,
} as const;
const L_CPA_12 = {
  title: 'Consumer Protection Act 68 of 2008, section 12: regulation of time for contacting consumers (Acts Online)',
  url: 'https://www.acts.co.za/consumer-protection-act-2008/12_regulation_of_time_for_contacting_consumers',
  kind: 'law', reviewed: R,
} as const;
const L_CPA_11 = {
  title: 'Consumer Protection Act 68 of 2008, section 11: right to restrict unwanted direct marketing',
  kind: 'law', reviewed: R,
} as const;
const L_HOLIDAYS = {
  title: 'Public Holidays Act 36 of 1994, Schedule 1: calendar of public holidays (Acts Online)',
  url: 'https://www.acts.co.za/public-holidays-act-1994/schedule_1',
  kind: 'law', reviewed: R,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx Developer Docs: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const ZA: CountryRules = {
  country: 'ZA',
  name: 'South Africa',
  status: 'researched',
  reviewed: R,
  timeZones: ['Africa/Johannesburg'],
  // Official languages; no sourced opt-out keywords exist beyond English STOP.
  languages: ['en', 'af', 'zu', 'xh', 'nso', 'tn', 'st', 'ts', 'ss', 've', 'nr'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'No source consulted speaks of filtering A2P traffic on P2P long-code routes.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_CLICKSEND, S_CLICKATELL],
        note: 'Short-code services exist; each comes with long numbers per operator (Clickatell, on the 2014 ICASA change).',
      },
      registration: { value: 'unknown' },
      twoWay: {
        value: true,
        sources: [S_CLICKSEND],
        note: 'Replies are routed back to the short code, and recipients can also message the short code directly.',
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: false,
        sources: [S_CLICKSEND],
        note: 'ClickSend says messages sent from a short code show a South African long number on the handset.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'toll-free': {
      supported: { ...TOLL_FREE_VOICE_ONLY, sources: [S_VONAGE_TFN, S_AZURE_TF], note: `${TOLL_FREE_VOICE_ONLY.note} Azure also lists its South African toll-free numbers for calls only.` },
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
        sources: [S_TWILIO],
        note: 'Twilio marks domestic long codes as supported by operators and by Twilio, sender preserved (read from a stored copy of its page on 2026-11-23); Infobip delivers to all networks from local virtual numbers. Bird does not offer South African numbers (neither page is cited: not re-read).',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO, S_TWILIO_HEAD] }],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_CLICKSEND],
        note: "ClickSend assigns a dedicated long number and the carrier replaces it with a local long number on delivery. The page does not say the number is foreign; the row is inferred from the carrier's replacement.",
      },
      registration: { value: 'unknown' },
      twoWay: {
        value: true,
        sources: [S_CLICKSEND],
        note: 'Replies are routed back to the dedicated number, but recipients can only reply after a message has been sent to them; they cannot start a conversation.',
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: false,
        sources: [S_CLICKSEND],
        note: 'The carrier replaces the number with a local long number.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TWILIO, S_4NOTIFY, S_ESMS_OVERVIEW],
        note: 'Twilio\'s sender table (read 2026-11-23) says the operators support no alphanumeric sender IDs, registered or not. Lower-ranked vendor pages disagree with each other: eSMS Africa now says names are allowed without registration, 4notify says each name is registered with every operator. The major provider\'s statement about the operators decides.',
      },
      registration: { value: 'unknown', note: 'Moot while the operators do not accept names; eSMS Africa says none is needed, 4notify that it is.', sources: [S_ESMS_OVERVIEW, S_4NOTIFY] },
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TWILIO, S_4NOTIFY, S_ESMS_OVERVIEW],
        note: "Twilio's sender table (read 2026-11-23) says the operators support no alphanumeric IDs, registered or not, and lists local long codes instead. 4notify (a smaller vendor) describes registering names with every operator; eSMS Africa says names need no registration. The major provider's statement about the operators outranks them.",
      },
      registration: {
        value: 'unknown',
        sources: [S_4NOTIFY, S_ESMS_OVERVIEW],
        note: 'Moot while the operators do not accept names. 4notify describes registration with each operator (5 to 10 working days); eSMS Africa says none is needed.',
      },
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown', note: '4notify gives 5 to 10 working days for its registration; not kept while the sender is not supported.', sources: [S_4NOTIFY] },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [L_POPIA_69, S_FASKEN, S_OBA, S_BUSINESSTECH],
      note: 'POPIA s69: electronic direct marketing needs opt-in consent. The one exception is an existing customer whose details were collected during a sale: they may be sent marketing for the business\'s own similar products, provided they could object when the details were collected and can object in every message. A non-customer may be asked for consent only once.',
    },
    transactional: {
      value: 'unknown',
      note: 'POPIA s69 and the CPA rules cover direct marketing; no source states a consent rule for purely transactional SMS.',
    },
    laws: {
      value: [
        'Protection of Personal Information Act 4 of 2013 (POPIA), section 69',
        'Consumer Protection Act 68 of 2008, section 11 and the Consumer Protection Regulations, 2011',
        'Electronic Communications and Transactions Act 25 of 2002',
        'WASPA Code of Conduct',
      ],
      sources: [L_POPIA_69, L_CPA_11, L_CPA_12, S_ACCOUNTANCY, S_FASKEN, S_ITWEB],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP', 'OPT OUT', 'END', 'CANCEL', 'UNSUBSCRIBE', 'QUIT'],
      sources: [S_ITWEB, S_BIZCOMMUNITY, S_WINSMS, S_APPRENTICE],
      note: 'STOP is the rule: the WASPA Code (clause 5.1.4 of the version reported in 2011) says a recipient must be able to stop messages by replying STOP, or by a stated alternative. The other words are practice: South African providers WinSMS (STOP, OPT OUT, END, CANCEL, UNSUBSCRIBE, QUIT) and Apprentice Mobile (CANCEL, END, QUIT, STOP, UNSUBSCRIBE) treat them as opt-outs. No sourced keywords in other local languages.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [L_POPIA_69, S_CDH, S_OBA, S_FASKEN, S_ITWEB],
      note: 'POPIA requires every direct marketing message to give a reasonable opportunity to object; WASPA requires an opt-out option in every direct marketing message.',
    },
    transactionalInstructions: {
      value: 'unknown',
      note: 'No source requires opt-out text on non-marketing messages.',
    },
    wording: {
      value: 'Offer a "reply STOP" opt-out that costs no more than a standard SMS; if that is not possible, state another free or standard-rate method. Each direct marketing message must also give the sender\'s identity and contact details.',
      sources: [S_BIZCOMMUNITY, S_ITWEB, S_OBA],
    },
    deadline: {
      value: 'Act on opt-out requests within two working days.',
      sources: [S_ITWEB],
      note: 'The figure is from the 2011 report on WASPA Code version 11; the current code text (17.x) was not checked for this clause.',
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'No source consulted speaks of HELP keywords for South Africa.' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.za.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' },
          { days: ['sat'], start: '09:00', end: '13:00' },
        ],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Africa/Johannesburg' },
        text: 'Send direct marketing only Monday to Friday 08:00–20:00 and Saturday 09:00–13:00, never on Sundays or public holidays (Consumer Protection Act s12 and Regulations reg. 4, mirrored in the WASPA Code). Other times are allowed only where the consumer has asked for or agreed to them; timing a message to arrive in a closed period needs the consumer\'s written agreement. What counts is when the message is dispatched, and the marketer must be able to prove it.',
        sources: [L_CPA_REG_4, L_CPA_12, S_ITWEB, S_CLICKSEND, S_CLICKATELL, S_SENTDM],
      },
    ],
    sources: [L_CPA_REG_4, L_CPA_12, S_ITWEB, S_CLICKSEND, S_CLICKATELL],
  },
  holidays: {
    value: [
      { name: "New Year's Day", month: 1, day: 1 },
      { name: 'Human Rights Day', month: 3, day: 21 },
      { name: 'Good Friday', easterOffset: -2 },
      { name: 'Family Day', easterOffset: 1 },
      { name: 'Freedom Day', month: 4, day: 27 },
      { name: "Workers' Day", month: 5, day: 1 },
      { name: 'Youth Day', month: 6, day: 16 },
      { name: "National Women's Day", month: 8, day: 9 },
      { name: 'Heritage Day', month: 9, day: 24 },
      { name: 'Day of Reconciliation', month: 12, day: 16 },
      { name: 'Christmas Day', month: 12, day: 25 },
      { name: 'Day of Goodwill', month: 12, day: 26 },
    ],
    sources: [L_HOLIDAYS],
    note: 'The Act also makes the Monday a public holiday when a holiday falls on a Sunday, and the President may declare one-off holidays (e.g. election days); neither is encoded here.',
  },

  registrations: [],
  content: {
    value: [
      {
        id: 'content.za.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No adult content, including ads for sex work.',
        sources: [S_CLICKSEND, S_CLICKATELL],
      },
      {
        id: 'content.za.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No drugs or vape content.',
        sources: [S_CLICKSEND],
      },
      {
        id: 'content.za.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'No cannabis content.',
        sources: [S_CLICKSEND],
      },
      {
        id: 'content.za.crypto',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No cryptocurrency content.',
        sources: [S_CLICKSEND],
      },
      {
        id: 'content.za.gambling',
        topic: 'gambling',
        restriction: 'restricted',
        text: 'Gambling and betting messages are allowed only if recipients can opt out and the marketing follows the local rules on minors (no marketing to people under 18).',
        sources: [S_CLICKSEND],
      },
      {
        id: 'content.za.political',
        topic: 'political',
        restriction: 'restricted',
        text: 'Political messages are restricted in content and timing; check with the provider before sending.',
        sources: [S_CLICKATELL],
      },
      {
        id: 'content.za.harmful',
        topic: 'hate',
        restriction: 'prohibited',
        text: 'No content that incites violence or harm, promotes tribal or racial disharmony, causes grave offence, or debases people.',
        sources: [S_CLICKATELL],
      },
      {
        id: 'content.za.dating',
        topic: 'other',
        restriction: 'restricted',
        text: 'Dating and personal contact services are subject to restrictions.',
        sources: [S_CLICKATELL],
      },
    ],
    sources: [S_CLICKSEND, S_CLICKATELL],
  },
  dataProtection: {
    value: ['Protection of Personal Information Act 4 of 2013 (POPIA)'],
    sources: [L_POPIA_69, S_FASKEN, S_BAKER],
  },
  obligations: [
    {
      id: 'consent.za.single-consent-request',
      category: 'consent',
      level: 'required',
      text: 'Ask a non-customer for consent to electronic direct marketing at most once, and never again after they have refused (POPIA s69(2)).',
      useCases: MARKETING_LIKE,
      sources: [L_POPIA_69, S_FASKEN, S_BUSINESSTECH],
    },
    {
      id: 'consent.za.customer-exception',
      category: 'consent',
      level: 'required',
      text: 'Without explicit consent, market by SMS only to existing customers whose number was collected during a sale, only for your own similar products, and only if they were given the chance to object when the number was collected.',
      useCases: MARKETING_LIKE,
      sources: [L_POPIA_69, S_FASKEN, S_OBA],
    },
    {
      id: 'identification.za.sender-details',
      category: 'identification',
      level: 'required',
      text: 'Name the sender (or the party on whose behalf it is sent) in every direct marketing message (POPIA s69(4)(a)).',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [L_POPIA_69, S_CDH, S_OBA],
    },
    {
      id: 'identification.za.contact-details',
      category: 'identification',
      level: 'required',
      text: 'Give, in every direct marketing message, an address or other contact details to which the recipient can send a request to stop (POPIA s69(4)(b)).',
      useCases: MARKETING_LIKE,
      check: { kind: 'contact' },
      sources: [L_POPIA_69, S_CDH, S_OBA],
    },
    {
      id: 'opt-out.za.every-message',
      category: 'opt-out',
      level: 'required',
      text: 'Give the recipient a way to opt out in every direct marketing message, for example "reply STOP" at no more than the standard SMS rate (POPIA s69; WASPA Code of Conduct).',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [L_POPIA_69, S_OBA, S_ITWEB, S_BIZCOMMUNITY],
    },
    {
      id: 'optout.za.pre-emptive-blocks',
      category: 'opt-out',
      level: 'required',
      text: 'Do not send direct marketing to anyone who has opted out or registered a pre-emptive block (CPA s11); screen marketing lists against the do-not-contact registry.',
      useCases: MARKETING_LIKE,
      sources: [L_CPA_11, S_ACCOUNTANCY, S_CLICKSEND],
    },
  ],
};
