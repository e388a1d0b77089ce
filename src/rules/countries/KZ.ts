import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kazakhstan. ClickSend, Revicom operator rules, Sent.dm, a goUrban page
// quoting Twilio's sender ID list and Twilio guidelines read 2026-11-23. Twilio
// sender table read from a stored copy of the page. The AWS Asia row could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kazakhstan', url: 'https://www.twilio.com/en-us/guidelines/kz/sms', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Kazakhstan +7', url: 'https://help.clicksend.com/article/f3s5kbe6pv-kazakhstan-7', kind: 'provider', reviewed: R } as const;
const S_REV = { title: 'Revicom: Rules for the transmission of messages to foreign operators', url: 'https://rules.revicom.ltd/rules-for-the-transmission-of-messages-to-foreign-operators', kind: 'secondary', reviewed: R } as const;
const S_SENT = { title: 'Sent: Kazakhstan SMS guide', url: 'https://www.sent.dm/resources/kazakhstan-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

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
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_CS, S_SENT, S_TW], note: 'Unregistered IDs are overwritten on Kcell and may fail elsewhere.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS, S_TW] },
      registration: { value: 'required', sources: [S_SENT, S_GU, S_TW], note: 'ClickSend calls it highly recommended; Sent.dm and the Twilio list require it.' },
      programme: 'kz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 35 }, sources: [S_SENT, S_CS, S_TW], note: 'Sent.dm and Twilio say about 3 weeks, ClickSend 5 weeks.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_REV, S_TW], note: 'Numeric sender names are forbidden.' },
      twoWay: { value: false, sources: [S_CS, S_SENT, S_TW], note: 'ClickSend, Sent.dm and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_REV, S_CS, S_TW], note: 'Numeric sender names are forbidden; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  consent: {
    marketing: { value: 'express-written', sources: [S_CS, S_REV, S_TW], note: 'Operators may ask for the subscriber\'s signed written consent after a complaint.' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.kz.marketing',
        level: 'required',
        useCases: ['marketing', 'notification', 'reminder', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Asia/Almaty' },
        text: 'Send notifications and marketing only on weekdays 09:00-21:00; OTPs, requested information and emergency alerts may go any time. The source states the window in GMT+6.',
        sources: [S_REV],
      },
    ],
    sources: [S_REV],
    note: 'Twilio only bans advertising 22:00-09:00 on Tele2 and Altel; the stricter Revicom window is kept.',
  },
  registrations: [
    {
      id: 'kz.sender-id',
      name: 'Sender ID pre-registration with Kazakh operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a case-sensitive sender ID that names the brand and matches the content; supply company details and VAT number. Generic IDs are treated as spam.',
      leadTime: { minDays: 21, maxDays: 35 },
      sources: [S_CS, S_SENT, S_TW],
    },
  ],
  content: {
    value: [
      { id: 'content.kz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content; the advertising law also bars promoting betting and sweepstakes.', sources: [S_CS, S_TW] },
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
