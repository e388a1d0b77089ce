import { TOLL_FREE_VOICE_ONLY } from '../sources';
import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// Indonesia. Alphanumeric sender IDs must be pre-registered with each operator
// (Telkomsel, Indosat/Hutchison, XL/Axis, Smartfren), separately for domestic and
// international traffic. Numeric senders are filtered or overwritten.
const REVIEWED = '2026-11-23' as const;

const S_TWILIO = {
  title: 'Twilio SMS Guidelines: Indonesia',
  url: 'https://www.twilio.com/en/guidelines/id/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_REG = {
  title: 'Twilio: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Indonesia',
  url: 'https://support.twilio.com/hc/en-us/articles/360039779394-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Indonesia',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE = {
  title: 'Vonage: Indonesia SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017053-Indonesia-Direct-route-',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SURESMS = {
  title: 'SureSMS: SMS rules for Indonesia',
  url: 'https://suresms.com/en/landing-control/indonesia/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SENTDM = {
  title: 'Sent: Indonesia SMS Guide',
  url: 'https://www.sent.dm/resources/indonesia-sms-guide',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_NUSASMS = {
  title: 'NusaSMS: Frequently Asked Questions: SMS Long Number',
  url: 'https://nusasms.com/en/faq-sms-long-number/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ALIBABA = {
  title: 'Alibaba Cloud Short Message Service: Sender ID filing process and rules',
  url: 'https://www.alibabacloud.com/help/en/short-message-service/latest/senderid-filing-process-and-rules',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_UUPDP = {
  title: 'Law of the Republic of Indonesia No. 27 of 2022 on Personal Data Protection (UU PDP)',
  kind: 'law', reviewed: REVIEWED,
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
      supported: { value: false, sources: [S_TWILIO], note: 'Twilio marks short codes as not supported by operators; read from a stored copy of its page.' },
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
        value: true,
        sources: [S_VONAGE, S_NUSASMS],
        note: 'Delivered, but Vonage replaces a local virtual number used as sender with a random number; NusaSMS reports at most about 85% success on long numbers.',
      },
      registration: { value: 'unknown', note: 'No registration rule found for local numbers.' },
      twoWay: { value: 'unknown', note: 'Twilio lists two-way SMS as not supported on its platform in Indonesia.', sources: [S_TWILIO] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_VONAGE], note: 'A local virtual number used as sender is changed to a random number.' },
      restrictedUseCases: {
        value: ['otp'],
        sources: [S_NUSASMS],
        note: 'NusaSMS: long numbers are not for OTP; Telkomsel, Indosat and Tri block OTP-style wording, links and some numeric content on them.',
      },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_VONAGE, S_SURESMS],
        note: 'Numeric senders are filtered by operators and may be overwritten, with delivery on a best-effort basis only.',
      },
      registration: { value: 'unknown', note: 'No registration route for foreign numbers found.' },
      twoWay: { value: false, sources: [S_TWILIO], note: 'Twilio lists two-way SMS as not supported in Indonesia; an overwritten sender cannot receive replies.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_SURESMS], note: 'May be overwritten for delivery.' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_VONAGE, S_TWILIO_REG],
        note: 'Vonage: all alphanumeric sender IDs must be pre-registered. An older Nexmo page and SureSMS say alphanumeric IDs may be overwritten instead; conservative value taken.',
      },
      registration: {
        value: 'required',
        sources: [S_VONAGE],
        note: 'Unregistered IDs are not accepted; see alphanumeric-preregistered.',
      },
      programme: 'id.sender-id',
      twoWay: { value: false, sources: [S_TWILIO], note: 'Alphanumeric senders are one-way; Twilio lists two-way SMS as not supported.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_VONAGE, S_TWILIO_REG] },
      registration: { value: 'required', sources: [S_VONAGE, S_TWILIO_REG, S_SURESMS] },
      programme: 'id.sender-id',
      twoWay: { value: false, sources: [S_TWILIO], note: 'Alphanumeric senders are one-way; Twilio lists two-way SMS as not supported.' },
      throughput: { value: 'unknown', note: 'No figure found.' },
      leadTime: {
        value: { minDays: 21, maxDays: 28 },
        sources: [S_SENTDM],
        note: 'About 3 weeks for domestic and about 4 weeks for international registrations (single vendor source).',
      },
      senderIdPreserved: { value: 'unknown', note: 'Not stated in the sources read.' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'unknown',
      note: 'No SMS-specific marketing consent rule for Indonesia was found; the general consent rules of the Personal Data Protection Law apply. SureSMS\'s auto-generated table is ambiguous on opt-in.',
      sources: [S_SURESMS],
    },
    transactional: { value: 'unknown', note: 'No source speaks to consent for transactional SMS.' },
    laws: {
      value: ['Law No. 27 of 2022 on Personal Data Protection (UU PDP)'],
      sources: [S_UUPDP, S_SENTDM],
      note: 'General data-protection consent law; no telecom-specific SMS marketing regulation was confirmed.',
    },
  },
  optOut: {
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
      senderKinds: ['alphanumeric-preregistered', 'alphanumeric-dynamic'],
      level: 'required',
      text: 'Register each alphanumeric sender ID with the operators (Telkomsel, XL/Axis, Indosat/Hutchison, Smartfren) through your SMS provider, as domestic or international traffic depending on where the company is incorporated. Operators ask for screenshots of the website home and sign-in pages (web and app), the NPWP tax card where applicable, a message format form and a letter of authorisation per operator; domestic documents need a materai duty stamp with company stamp and signature. Financial senders also supply their OJK licence. IDs are up to 11 alphanumeric characters.',
      leadTime: { minDays: 21, maxDays: 28 },
      sources: [S_TWILIO_REG, S_VONAGE, S_ALIBABA, S_SENTDM],
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
        text: 'Traffic on domestic sender IDs must include the brand name matching the sender ID (all networks, from August 2024); a missing or mismatched brand counts as misuse and can bring a six-month block.',
        sources: [S_SURESMS],
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
        sources: [S_SURESMS, S_SENTDM],
      },
      {
        id: 'content.id.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Political content is not allowed.',
        sources: [S_SURESMS, S_SENTDM],
      },
      {
        id: 'content.id.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'Religious content is not allowed.',
        sources: [S_SURESMS, S_SENTDM],
      },
      {
        id: 'content.id.firearms',
        topic: 'firearms',
        restriction: 'prohibited',
        text: 'Firearms content is not allowed (single vendor source).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.id.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'Adult content is not allowed (single vendor source).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.id.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'Controlled-substance content is not allowed (single vendor source).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.id.alcohol',
        topic: 'alcohol',
        restriction: 'prohibited',
        text: 'Alcohol content is not allowed (single vendor source).',
        sources: [S_SENTDM],
      },
      {
        id: 'content.id.phone-numbers',
        topic: 'other',
        restriction: 'prohibited',
        text: 'Do not put phone numbers in the message body (single vendor source).',
        sources: [S_SENTDM],
      },
    ],
    sources: [S_VONAGE, S_SURESMS, S_SENTDM],
  },
  dataProtection: {
    value: ['Law No. 27 of 2022 on Personal Data Protection (UU PDP)'],
    sources: [S_UUPDP, S_SENTDM],
  },
  obligations: [
    {
      id: 'identification.id.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender ID that represents your brand or business; generic IDs such as INFO, SMS or NOTICE are prohibited.',
      senderTypes: ['alphanumeric'],
      sources: [S_VONAGE],
    },
    {
      id: 'registration.id.keep-active',
      category: 'registration',
      level: 'required',
      text: 'Keep registered sender IDs in use: an ID with no traffic for three months is blocked by all networks except Smartfren and must be registered again.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURESMS],
    },
    {
      id: 'registration.id.financial-licence',
      category: 'registration',
      level: 'required',
      text: 'If you are a financial services sender, include your OJK (Financial Services Authority) licence in the sender ID registration.',
      senderTypes: ['alphanumeric'],
      sources: [S_ALIBABA],
    },
  ],
};
