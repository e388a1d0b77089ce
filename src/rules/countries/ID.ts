import { TOLL_FREE_VOICE_ONLY } from '../sources';
import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// Indonesia. Alphanumeric sender IDs must be pre-registered with each operator
// (Telkomsel, Indosat/Hutchison, XL/Axis, Smartfren), separately for domestic and
// international traffic. Numeric senders are filtered or overwritten.
// Re-audited 2026-12-06: Twilio's guideline page (its sender tables were read in a
// verbatim copy held in a public GitHub repository, as the stored page shows only
// its first part), Vonage's country page, Twilio's and AWS's registration pages,
// and, for financial-sector offers, OJK consumer-protection rules as reported in the press.
// A further reading (same day): the copy (nevetsagetro/OKR-warranted, data/raw/indonesia_id.md)
// names the page's address, and its first part (two-way, portability, concatenation,
// length, MMS and landline rows, start of the compliance row) matches word for word the
// stored twilio.com page (static0.twilio.com/en-us/... and www.twilio.com/en/guidelines/id/sms),
// so it stands for the page: cited as Twilio's page, read through the copy. The Bird and
// Infobip sections of the same copy name no page; they are not cited here.
const REVIEWED = '2026-12-06' as const;
const R = REVIEWED;
const OLD = '2026-11-23' as const;

const S_TW = {
  title: 'Twilio SMS Guidelines: Indonesia (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/id/sms',
  kind: 'provider', reviewed: R,
} as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Indonesia ("Twilio supported" row, read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/id/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_REG = {
  title: 'Twilio: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Indonesia',
  url: 'https://support.twilio.com/hc/en-us/articles/360039779394-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Indonesia',
  kind: 'provider', reviewed: R,
} as const;
const S_VONAGE = {
  title: 'Vonage: Indonesia SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017053-Indonesia-Direct-route-',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG = {
  title: 'AWS End User Messaging SMS: Registration forms (Indonesia sender ID registration)',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html',
  kind: 'provider', reviewed: R,
} as const;
const S_SURESMS = {
  title: 'SureSMS: SMS rules for Indonesia',
  url: 'https://suresms.com/en/landing-control/indonesia/',
  kind: 'provider', reviewed: R,
} as const;
const S_SENTDM = {
  title: 'Sent: Indonesia SMS Guide',
  url: 'https://www.sent.dm/resources/indonesia-sms-guide',
  kind: 'secondary', reviewed: OLD,
} as const;
const S_NUSASMS = {
  title: 'NusaSMS: Frequently Asked Questions: SMS Long Number',
  url: 'https://nusasms.com/en/faq-sms-long-number/',
  kind: 'provider', reviewed: OLD,
} as const;
const S_ALIBABA = {
  title: 'Alibaba Cloud Short Message Service: Sender ID filing process and rules',
  url: 'https://www.alibabacloud.com/help/en/short-message-service/latest/senderid-filing-process-and-rules',
  kind: 'provider', reviewed: OLD,
} as const;
const S_UUPDP = {
  title: 'Law of the Republic of Indonesia No. 27 of 2022 on Personal Data Protection (UU PDP)',
  kind: 'law', reviewed: OLD,
} as const;
const S_POJK = {
  title: 'OJK Regulation No. 6/POJK.07/2022 on Consumer and Public Protection in the Financial Services Sector, Article 25 (replaced by OJK Regulation No. 22 of 2023)',
  kind: 'law', reviewed: R,
} as const;
const S_POJK_NEWS = {
  title: 'WahanaNews: telemarketing offers in the financial sector need the consumer\'s consent (on POJK 6/2022 Article 25)',
  url: 'https://wahananews.co/ekuin/ingat-tawaran-telemarketing-dilarang-tanpa-persetujuan-konsumen-6ykrgt5G6B/2',
  kind: 'secondary', reviewed: R,
} as const;
const S_POJK_22 = {
  title: 'MediaNasabah: OJK press release on POJK No. 22 of 2023 replacing POJK No. 6/POJK.07/2022 (4 January 2024)',
  url: 'https://medianasabah.com/2024/01/pojk-22-tahun-2023-tentang-pelindungan-konsumen-dan-masyarakat-di-sektor-jasa-keuangan.html',
  kind: 'secondary', reviewed: R,
} as const;

export const ID: CountryRules = {
  country: 'ID',
  name: 'Indonesia',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'Asia/Pontianak'],
  languages: ['id', 'en'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Vonage says numeric senders are filtered or overwritten and NusaSMS says local long numbers may not carry OTP, but no source speaks directly to A2P-over-P2P filtering.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator-capability row marks short codes as not supported by Indonesian operators. Vonage\'s page does not mention short codes; no page says the operators accept them.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
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
        sources: [S_TW, S_VONAGE, S_NUSASMS, S_SURESMS],
        note: 'Twilio\'s operator-capability row marks domestic long codes as not supported by the operators. Vonage delivers messages from a local virtual number only with the number replaced by a random one: a provider\'s delivery workaround, not operator acceptance. NusaSMS and SureSMS (smaller providers, below the major-provider level) say local numbers are delivered, NusaSMS at up to about 85% success and not for OTP (Telkomsel, Indosat and Tri block OTP-style wording and links on them); they do not outweigh the operator row.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      registration: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. Twilio offers no two-way SMS in Indonesia.', sources: [S_TW] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_TW], note: 'A local number used as sender is changed to a random number.' },
      restrictedUseCases: {
        value: ['otp'],
        sources: [S_NUSASMS],
        note: 'NusaSMS: long numbers are not for OTP; Telkomsel, Indosat and Tri block OTP-style wording, links and some numeric content on them.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_VONAGE, S_SURESMS],
        note: 'Twilio\'s operator-capability row marks international numbers as not supported by the operators. Twilio (best effort) and Vonage still deliver messages sent from them, but only with the number overwritten by a random number or name: the providers\' delivery workaround, not operator acceptance (Twilio sells it: offer). Twilio blocks unregistered senders to Telkomsel, XL Axiata and Smartfren since 21 September 2024.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      registration: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
      twoWay: { value: false, sources: [S_TW, S_VONAGE], note: 'The number is overwritten before delivery, so the recipient cannot reply to it.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_TW, S_SURESMS], note: 'Overwritten for delivery.' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_VONAGE, S_TW],
        note: 'Both major pages say the operators take only pre-registered names: Vonage requires every alphanumeric sender ID to be pre-registered and Twilio\'s operator row marks dynamic IDs as not supported. An older Nexmo page and SureSMS\'s generated table say names may be overwritten instead.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      registration: {
        value: 'required',
        sources: [S_VONAGE, S_TW],
        note: 'Unregistered IDs are not accepted; see alphanumeric-preregistered.',
      },
      twoWay: { value: false, sources: [S_TW], note: 'Alphanumeric senders are one-way.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Twilio: an unregistered name is not kept.' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_VONAGE, S_TW, S_TWILIO_REG] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'aws', offered: true, sources: [S_AWS_REG] },
      ],
      registration: { value: 'required', sources: [S_VONAGE, S_TW, S_TWILIO_REG] },
      programme: 'id.sender-id',
      twoWay: { value: false, sources: [S_TW], note: 'Alphanumeric senders are one-way.' },
      throughput: { value: 'unknown', note: 'No figure found.' },
      leadTime: {
        value: { minDays: 21, maxDays: 28 },
        sources: [S_TW],
        note: 'Twilio: about 3 weeks for domestic and about 4 weeks for international registrations.',
      },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Twilio marks registered domestic and international names as preserved.' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'unknown',
      note: 'No general SMS marketing consent rule was found: the Personal Data Protection Law (UU PDP) needs a lawful basis, of which consent is one. Financial-services firms need the consumer\'s prior consent to offer products by SMS (OJK rules; see obligation consent.id.ojk-financial-offers). Twilio\'s page only advises opt-in as good practice.',
      sources: [S_UUPDP, S_POJK, S_POJK_NEWS, S_TW],
    },
    transactional: { value: 'unknown', note: 'No source speaks to consent for transactional SMS.' },
    laws: {
      value: [
        'Law No. 27 of 2022 on Personal Data Protection (UU PDP)',
        'OJK Regulation No. 22 of 2023 on Consumer and Public Protection in the Financial Services Sector (replacing OJK Regulation No. 6/POJK.07/2022), for financial-services offers',
      ],
      sources: [S_UUPDP, S_POJK, S_POJK_22],
      note: 'General data-protection law, and the financial regulator\'s rule on offers through personal channels; no telecom-specific SMS marketing regulation was confirmed.',
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: 'unknown',
      note: 'Sent.dm suggests supporting STOP/BERHENTI, HELP/BANTUAN and CANCEL/BATAL, but no carrier or regulatory source confirms a required list.',
      sources: [S_SENTDM],
    },
    marketingInstructions: {
      value: 'unknown',
      note: 'Only a vendor best-practice (sent.dm) recommends opt-out instructions in Bahasa Indonesia; no rule confirmed.',
      sources: [S_SENTDM],
    },
    transactionalInstructions: { value: 'unknown' },
    wording: { value: 'unknown' },
    deadline: { value: 'unknown' },
  },
  help: {
    keywords: { value: 'unknown', note: 'No confirmed HELP convention for Indonesia.' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.id.best-time',
        level: 'best-practice',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: 'recipient-local',
        text: 'No legal sending window was found. A vendor guide suggests 08:00–20:00 in the recipient\'s local time (Indonesia spans three time zones) and avoiding religious holidays.',
        sources: [S_SENTDM],
      },
    ],
    sources: [S_SENTDM],
    note: 'Only a best-practice window was found; no regulation on sending times was found in the sources read.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'id.sender-id',
      name: 'Indonesia operator sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each alphanumeric sender ID with the operators (Telkomsel, XL/Axis, Indosat/Hutchison, Smartfren) through your SMS provider, as domestic or international traffic depending on where the company is incorporated. Operators ask for screenshots of the website home and sign-in pages (web and app), the NPWP tax card where applicable, a message format form and a letter of authorisation per operator; domestic documents need a materai duty stamp with company stamp and signature. Financial senders also supply their OJK licence. IDs are up to 11 alphanumeric characters.',
      leadTime: { minDays: 21, maxDays: 28 },
      sources: [S_TWILIO_REG, S_TW, S_VONAGE, S_AWS_REG, S_ALIBABA],
    },
  ],
  content: {
    value: [
      {
        id: 'content.id.otp-brand-name',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['otp'],
        text: 'Telkomsel blocks OTP messages that do not name the brand, service or programme of the registered sender ID when it detects them as international A2P OTP.',
        sources: [S_TWILIO_REG],
        effectiveFrom: '2024-04-01',
      },
      {
        id: 'content.id.brand-name',
        topic: 'other',
        restriction: 'restricted',
        senderKinds: ['alphanumeric-preregistered'],
        text: 'Messages on domestic sender IDs must name the brand, service, programme or community in the body, matching the sender ID; otherwise they are rejected, and SureSMS reports that a missing or mismatched brand counts as misuse and can bring a six-month block (all networks, from August 2024).',
        sources: [S_TW, S_SURESMS],
      },
      {
        id: 'content.id.verification-keywords',
        topic: 'other',
        restriction: 'restricted',
        text: 'On Telkomsel, Axis and XL, messages with verification wording such as "Verify", "PIN" or "Code" may be filtered unless sent over a registered transactional route.',
        sources: [S_VONAGE],
      },
      {
        id: 'content.id.encoding',
        topic: 'language',
        restriction: 'restricted',
        text: 'Unicode is not officially supported by Indonesian networks; write messages in GSM-7 characters and avoid extended characters. Long concatenated messages are not guaranteed.',
        sources: [S_VONAGE],
      },
      {
        id: 'content.id.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'Gambling and betting content is not allowed.',
        sources: [S_TW, S_SURESMS],
      },
      {
        id: 'content.id.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Political content is not allowed.',
        sources: [S_TW, S_SURESMS],
      },
      {
        id: 'content.id.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'Religious content is not allowed.',
        sources: [S_TW, S_SURESMS],
      },
      { id: 'content.id.firearms', topic: 'firearms', restriction: 'prohibited', text: 'Firearms content is not allowed.', sources: [S_TW] },
      { id: 'content.id.adult', topic: 'sex', restriction: 'prohibited', text: 'Adult content is not allowed.', sources: [S_TW] },
      { id: 'content.id.drugs', topic: 'drugs', restriction: 'prohibited', text: 'Controlled-substance content is not allowed.', sources: [S_TW] },
      { id: 'content.id.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'Cannabis content is not allowed.', sources: [S_TW] },
      { id: 'content.id.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'Alcohol content is not allowed.', sources: [S_TW] },
      {
        id: 'content.id.phone-numbers',
        topic: 'other',
        restriction: 'restricted',
        text: 'Avoid phone numbers in the message body: Twilio names this as best practice, and a vendor guide says they are not allowed.',
        sources: [S_TW, S_SENTDM],
      },
    ],
    sources: [S_TW, S_VONAGE, S_SURESMS],
  },
  dataProtection: {
    value: ['Law No. 27 of 2022 on Personal Data Protection (UU PDP)'],
    sources: [S_UUPDP],
  },
  obligations: [
    {
      id: 'identification.id.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender ID that represents your brand or business; generic IDs such as INFO, SMS or NOTICE are prohibited.',
      senderTypes: ['alphanumeric'],
      sources: [S_VONAGE, S_TW],
    },
    {
      id: 'identification.id.brand-in-body',
      category: 'identification',
      level: 'required',
      text: 'Name your brand, service, programme or community in the text of every message sent on a domestic sender ID, and in every OTP (Telkomsel blocks OTPs without it since 1 April 2024).',
      senderTypes: ['alphanumeric'],
      check: { kind: 'sender-name' },
      sources: [S_TW, S_TWILIO_REG, S_SURESMS],
    },
    {
      id: 'registration.id.keep-active',
      category: 'registration',
      level: 'required',
      text: 'Keep registered sender IDs in use: operators review traffic every three months and withdraw IDs with fewer than about 1,000 messages per network in that time (Twilio); SureSMS says an ID with no traffic for three months is blocked everywhere except Smartfren and must be registered again.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW, S_SURESMS],
    },
    {
      id: 'registration.id.financial-licence',
      category: 'registration',
      level: 'required',
      text: 'If you are a financial services sender, include your OJK (Financial Services Authority) licence in the sender ID registration.',
      senderTypes: ['alphanumeric'],
      sources: [S_ALIBABA],
    },
    {
      id: 'consent.id.ojk-financial-offers',
      category: 'consent',
      level: 'required',
      text: 'If you are a financial-services business supervised by OJK, offer products by SMS only to people who agreed to such offers, never make that agreement a condition of the product, stop when it is withdrawn, open the message with your company name and purpose, and send offers only Monday to Saturday, 08:00 to 18:00 local time, outside national holidays, unless the consumer agreed to or asked for another time. The window and consent rule are from POJK 6/POJK.07/2022 Article 25 as reported; it was replaced by POJK 22 of 2023, whose text was not read.',
      useCases: ['marketing'],
      check: { kind: 'sender-name' },
      sources: [S_POJK, S_POJK_NEWS, S_POJK_22],
    },
  ],
};
