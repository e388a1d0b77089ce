import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// South Africa. Regulators and codes: ICASA (numbering), the Information
// Regulator (POPIA), the National Consumer Commission (CPA), and the WASPA Code
// of Conduct (industry self-regulation). Operators: Vodacom, MTN, Cell C, Telkom.
const REVIEWED = '2026-11-23' as const;

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
const S_CLICKSEND = {
  title: 'ClickSend Help: South Africa +27',
  url: 'https://help.clicksend.com/article/fqqv4xnzg4-south-africa',
  kind: 'provider', reviewed: REVIEWED,
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
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_OBA = {
  title: 'Online Brand Ambassadors: POPIA direct marketing',
  url: 'https://www.onlinebrandambassadors.com/popia-direct-marketing/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_BUSINESSTECH = {
  title: 'BusinessTech: Big changes for spam messages in South Africa (30 January 2025)',
  url: 'https://businesstech.co.za/news/technology/809391/big-changes-for-spam-messages-in-south-africa/',
  kind: 'secondary', reviewed: REVIEWED,
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
const S_ESMS = {
  title: 'eSMS Africa Docs: Sender IDs (per-country rules)',
  url: 'https://docs.esmsafrica.io/docs/sms/sender-ids',
  kind: 'provider', reviewed: REVIEWED,
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
  reviewed: REVIEWED,
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
      supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' },
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
        note: 'Twilio marks domestic long codes as supported by operators and by Twilio, sender preserved (read from a stored copy of its page); Infobip delivers to all networks from local virtual numbers. Bird does not offer South African numbers.',
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
        sources: [S_ESMS, S_4NOTIFY],
        note: 'Two vendor sources say alphanumeric sender IDs must be registered with the operators; no source consulted says unregistered IDs are delivered. Twilio\'s sender table for South Africa could not be read. Conservative value.',
      },
      registration: { value: 'required', sources: [S_ESMS, S_4NOTIFY] },
      programme: 'za.sender-id',
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TWILIO, S_ESMS, S_4NOTIFY],
        note: "Twilio's sender table says operators support no alphanumeric IDs, registered or not; ESMS and 4notify describe registration with every operator. Conservative value; Twilio lists local long codes as supported instead.",
      },
      registration: {
        value: 'required',
        sources: [S_ESMS, S_4NOTIFY],
        note: 'Vendor sources only; no regulator or carrier page was found.',
      },
      programme: 'za.sender-id',
      twoWay: { value: false, sources: [S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 14 },
        sources: [S_4NOTIFY],
        note: '4notify gives 5–10 working days for activation, converted here to calendar days.',
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_FASKEN, S_OBA, S_BUSINESSTECH],
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
      sources: [S_ACCOUNTANCY, S_FASKEN, S_ITWEB],
    },
  },
  optOut: {
    keywords: {
      value: ['STOP'],
      sources: [S_ITWEB, S_BIZCOMMUNITY],
      note: 'Under the WASPA Code, recipients must be able to reply STOP (or use a stated alternative method). No sourced keywords in other local languages.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_OBA, S_FASKEN, S_ITWEB],
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
        text: 'Send direct marketing only Monday to Friday 08:00–20:00 and Saturday 09:00–13:00, never on Sundays or public holidays (CPA Regulations, mirrored in the WASPA Code). Sources say other times are allowed only if the consumer has agreed to them; the rule keeps the default windows.',
        sources: [S_ITWEB, S_CLICKSEND, S_CLICKATELL, S_SENTDM],
      },
    ],
    sources: [S_ITWEB, S_CLICKSEND, S_CLICKATELL],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'za.sender-id',
      name: 'Alphanumeric sender ID registration with South African operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID with each operator (Vodacom, MTN, Cell C, Telkom) through your provider, supplying the CIPC company registration and a sample message.',
      leadTime: { minDays: 7, maxDays: 14 },
      sources: [S_4NOTIFY, S_ESMS],
    },
  ],
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
    sources: [S_FASKEN, S_BAKER],
  },
  obligations: [
    {
      id: 'consent.za.single-consent-request',
      category: 'consent',
      level: 'required',
      text: 'Ask a non-customer for consent to electronic direct marketing at most once, and never again after they have refused.',
      useCases: MARKETING_LIKE,
      sources: [S_FASKEN, S_BUSINESSTECH],
    },
    {
      id: 'consent.za.customer-exception',
      category: 'consent',
      level: 'required',
      text: 'Without explicit consent, market by SMS only to existing customers whose number was collected during a sale, only for your own similar products, and only if they were given the chance to object when the number was collected.',
      useCases: MARKETING_LIKE,
      sources: [S_FASKEN, S_OBA],
    },
    {
      id: 'identification.za.sender-details',
      category: 'identification',
      level: 'required',
      text: 'Name the sender and give contact details in every direct marketing message.',
      useCases: MARKETING_LIKE,
      sources: [S_OBA],
    },
    {
      id: 'optout.za.pre-emptive-blocks',
      category: 'opt-out',
      level: 'required',
      text: 'Do not send direct marketing to anyone who has opted out or registered a pre-emptive block (CPA s11); screen marketing lists against the do-not-contact registry.',
      useCases: MARKETING_LIKE,
      sources: [S_ACCOUNTANCY, S_CLICKSEND],
    },
  ],
};
