import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Malaysia. Re-audited 2026-12-06: Twilio's guideline page (its sender tables
// read in a verbatim copy held in a public GitHub repository, as the stored page
// shows only its first part), ClickSend and Mapp. No Vonage page for Malaysia was
// read, and the AWS Asia row for Malaysia could not be read.
// A further reading (same day): the copy (nevetsagetro/OKR-warranted, data/raw/malaysia_my.md)
// names the page's address, and its first part (two-way, portability, concatenation,
// length, MMS and landline rows, start of the compliance row) matches word for word the
// stored page (static0.twilio.com/guidelines/my/sms), so it stands for the page: cited
// as Twilio's page, read through the copy. The copy's Bird and Infobip sections are not cited.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Malaysia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/my/sms', kind: 'provider', reviewed: R } as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Malaysia ("Twilio supported" row, read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/my/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Malaysia', url: 'https://docs.mapp.com/docs/malaysia.md', kind: 'provider', reviewed: OLD } as const;
const S_CS = { title: 'ClickSend Help: Malaysia', url: 'https://help.clicksend.com/article/97cskdj6x3-malaysia', kind: 'provider', reviewed: R } as const;
const S_SMSGLOBAL = { title: 'SMSGlobal Knowledge Base: Malaysia - Laws and Regulations', url: 'https://knowledgebase.smsglobal.com/en/articles/5185769-malaysia-laws-and-regulations', kind: 'provider', reviewed: R } as const;

export const MY: CountryRules = /* @__PURE__ */ region({
  country: 'MY',
  name: 'Malaysia',
  reviewed: R,
  timeZones: ['Asia/Kuala_Lumpur', 'Asia/Kuching'],
  languages: ['ms'],
  traffic: {
    a2pOnP2pRoutesFiltered: { value: true, sources: [S_TW], note: 'Malaysian long codes may carry only person-to-person traffic.' },
  },
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator row marks unregistered names as not supported; Twilio still accepts them but the operators replace them with a numeric sender.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_CS] },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_CS],
        note: 'Twilio\'s operator row marks domestic pre-registration as supported and international pre-registration as not supported; even a registered name is shown as a short code. ClickSend does not register names here.',
      },
      restriction: {
        text: 'Only companies sending on domestic routes can register a name, and the operators still show a random approved short code instead of it; foreign senders cannot register.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW], note: 'Domestic senders register with Twilio before using the domestic connections.' },
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW], note: 'Twilio: about 2 weeks, domestic registration.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator row marks domestic long codes as supported, but local rules allow only person-to-person messages on them, at most 200 a day per number.',
      },
      restriction: {
        text: 'Malaysian numbers may carry person-to-person messages only, at most 200 a day per number; A2P traffic must use other senders.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['otp', 'transactional', 'notification', 'reminder', 'alert', 'marketing', 'polling', 'charity', 'political', 'emergency', 'chatbot', 'mixed'],
        sources: [S_TW],
        note: 'Person-to-person traffic only, at most 200 messages a day per number.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row (the only major-provider page read) marks foreign numbers as not supported by the operators, for all networks. Twilio still sells them, but the number is never shown: it is overwritten with a random operator-approved numeric sender (the provider\'s workaround, not operator acceptance; see offers). No law, regulator, carrier or other major-provider page says any network accepts them.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio\'s operator row marks short codes as supported.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_MAPP], note: 'Mapp says operators replace every sender type.' },
    },
  },
  optOut: {
    keywords: {
      value: ['STOP', 'STOP ALL', 'BATAL', 'BATAL SEMUA'],
      sources: [S_SMSGLOBAL],
      note: 'SMSGlobal says these English and Malay opt-out keywords must be offered; no regulator or operator text naming them was read.',
    },
    optInKeywords: {
      value: ['ON', 'UNBLOCK'],
      sources: [S_SMSGLOBAL, S_CS],
      note: 'SMSGlobal says ON is the opt-in keyword; ClickSend says a subscriber who blocked a sender replies UNBLOCK to receive its messages again. Provider practice, not a named legal rule.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.my.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Kuala_Lumpur' },
        text: 'No marketing or promotional SMS between 20:00 and 08:00.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW, S_MAPP],
    note: 'Twilio, a major provider, gives 08:00 to 20:00; Mapp, a smaller provider, allows 08:00 to 23:00. Under the research policy the major-provider page decides. No law or MCMC text was read.',
  },
  content: {
    value: [
      {
        id: 'content.my.links-numbers-personal-data',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No URLs, phone numbers or requests for personal data (ID, card or bank account numbers) in the body; such messages are blocked (MCMC rule).',
        sources: [S_TW],
        effectiveFrom: '2024-09-01',
      },
      { id: 'content.my.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.my.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.my.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.my.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No money-lending or loan content.', sources: [S_TW] },
      { id: 'content.my.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.my.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.my.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.my.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.my.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
      {
        id: 'content.my.banking-otp',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['otp'],
        text: 'Banking rules limit SMS OTP for banks; check with the banking regulator first.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  obligations: [
    {
      id: 'identification.my.rm0-prefix',
      category: 'identification',
      level: 'required',
      text: 'Begin every message with "RM0" (it tells the recipient the message was free); without it the message is cut or fails. Twilio and ClickSend give the prefix as "RM0"; some pages write it "RM 0.00".',
      check: { kind: 'starts-with', text: 'RM0' },
      sources: [S_TW, S_MAPP, S_CS],
    },
    {
      id: 'identification.my.brand-name',
      category: 'identification',
      level: 'required',
      text: 'Name your brand in the text of every message; generic messages are filtered or blocked.',
      check: { kind: 'sender-name' },
      sources: [S_TW, S_CS],
    },
  ],
});
