import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kazakhstan. Re-audited 2026-12-06: Twilio's guideline page, read in a verbatim
// copy (nevetsagetro/OKR-warranted, data/raw/kazakhstan_kz.md) that names the page's
// address; no stored twilio.com page for Kazakhstan was found to compare it against,
// so the copy stands for the page (re-read the same day). The Infobip section of the
// same copy names no page and is secondary; it is only mentioned in a note. Also read:
// ClickSend, Revicom's operator rules and the AWS registration-forms list. No Vonage page for Kazakhstan was in the store, and the
// AWS Asia row could not be read. Sent.dm and goUrban not re-read.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kazakhstan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/kz/sms', kind: 'provider', reviewed: R } as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Kazakhstan ("Twilio supported" row, read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/kz/sms', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Kazakhstan +7', url: 'https://help.clicksend.com/article/f3s5kbe6pv-kazakhstan-7', kind: 'provider', reviewed: R } as const;
const S_REV = { title: 'Revicom: Rules for the transmission of messages to foreign operators', url: 'https://rules.revicom.ltd/rules-for-the-transmission-of-messages-to-foreign-operators', kind: 'secondary', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms (Kazakhstan sender ID registration)', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const KZ: CountryRules = /* @__PURE__ */ region({
  country: 'KZ',
  name: 'Kazakhstan',
  reviewed: R,
  timeZones: ['Asia/Almaty', 'Asia/Aqtobe'],
  languages: ['kk', 'ru'],
  traffic: {
    a2pOnP2pRoutesFiltered: { value: true, sources: [S_CS], note: 'Sending international A2P traffic over P2P links or numeric IDs is forbidden.' },
  },
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_CS],
        note: 'Twilio\'s operator row marks unregistered names as not supported; ClickSend: unregistered names are overwritten on Kcell and may fail on the other networks.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_CS] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_CS] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_REG] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW, S_REV],
        note: 'Twilio\'s operator row marks registration as required (one registration for domestic and international traffic); ClickSend calls it highly recommended, as unregistered names are overwritten or fail.',
      },
      programme: 'kz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 35 }, sources: [S_TW, S_CS], note: 'Twilio says about 3 weeks, ClickSend 5 weeks.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_REV], note: 'Twilio\'s operator row marks domestic long codes as not supported; the operators\' rules relayed by Revicom forbid numeric sender names.' },
      twoWay: { value: false, sources: [S_TW, S_CS], note: 'The sender type is not accepted for A2P; ClickSend and Twilio also offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_CS, S_REV],
        note: 'Twilio\'s operator row marks international numbers as not supported, and ClickSend says international A2P over numeric senders is forbidden; Twilio still attempts delivery on a best-effort basis with the number replaced.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator row marks short codes as not supported. Infobip\'s page, seen only in a compiled copy, lists short codes among its senders; not confirmed from its own page.' },
    },
  },
  consent: {
    marketing: {
      value: 'express-written',
      sources: [S_TW, S_CS, S_REV],
      note: 'Twilio and ClickSend: promotional messages only with the subscriber\'s prior written consent; operators may ask for the signed consent after a complaint.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.kz.advertising',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: WEEK, start: '09:00', end: '22:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Almaty' },
        text: 'No advertising SMS between 22:00 and 09:00 (stated for the Tele2 and Altel networks, GMT+6).',
        sources: [S_TW],
      },
      {
        id: 'quiet-hours.kz.operator-rules',
        level: 'required',
        useCases: ['marketing', 'notification', 'reminder', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Asia/Almaty' },
        text: 'Operators\' rules as relayed by an aggregator: notifications and marketing only on weekdays 09:00-21:00 (GMT+6); OTPs, requested information and emergency alerts may go any time.',
        sources: [S_REV],
      },
    ],
    sources: [S_TW, S_REV],
    note: 'Two separate facts: Twilio, the only major-provider page read, states a 22:00-09:00 advertising ban on Tele2 and Altel; the weekday-only window for all operators rests on Revicom\'s relay of the operators\' rules (secondary), which no better source contradicts or confirms.',
  },
  registrations: [
    {
      id: 'kz.sender-id',
      name: 'Sender ID pre-registration with Kazakh operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a case-sensitive sender ID that names the brand and matches the content; supply company details and VAT number. Generic IDs are treated as spam.',
      leadTime: { minDays: 21, maxDays: 35 },
      sources: [S_TW, S_CS, S_AWS_REG],
    },
  ],
  content: {
    value: [
      { id: 'content.kz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content; the advertising law also bars promoting bookmakers, sweepstakes and totalizators.', sources: [S_CS, S_TW] },
      { id: 'content.kz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
    ],
    sources: [S_CS, S_TW],
  },
  obligations: [
    {
      id: 'record-keeping.kz.signed-consent',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep each subscriber\'s signed written consent; without it a complaint makes the traffic spam, and operators fine from 1,000,000 tenge per breach.',
      sources: [S_CS, S_REV],
    },
  ],
});
