import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Türkiye. Twilio guidelines (with sender table), Vonage, ClickSend, OpenMarket
// and BSG read 2026-11-23. The AWS row could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Turkey', url: 'https://static1.twilio.com/guidelines/tr/sms', kind: 'provider', reviewed: R } as const;
const S_VON = { title: 'Vonage API Support: Turkey SMS Features and Restrictions', url: 'https://api.support.vonage.com/hc/en-us/articles/204017543-Turkey-SMS-Features-and-Restrictions', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Turkey +90', url: 'https://help.clicksend.com/article/wxnykbqetq-turkey', kind: 'provider', reviewed: R } as const;
const S_OM = { title: 'OpenMarket Global Coverage: Republic of Turkey', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/turkey.htm', kind: 'provider', reviewed: R } as const;
const S_BSG = { title: 'BSG Support: Turkey', url: 'https://support.bsg.world/hc/en-us/articles/360019094254-Turkey', kind: 'provider', reviewed: R } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const TR: CountryRules = /* @__PURE__ */ region({
  country: 'TR',
  name: 'Türkiye',
  reviewed: R,
  timeZones: ['Europe/Istanbul'],
  languages: ['tr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_BSG], note: 'Unregistered IDs are filtered or replaced.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_VON, S_OM] },
      registration: { value: 'required', sources: [S_TW, S_VON, S_CS, S_OM] },
      programme: 'tr.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 42 }, sources: [S_TW, S_CS], note: 'Twilio: 2 weeks; ClickSend: 30 business days.' },
      senderIdPreserved: { value: true, sources: [S_TW, S_OM] },
      restrictedUseCases: {
        value: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        sources: [S_TW],
        note: 'Twilio has refused promotional traffic since 15 February 2021; Vonage, OpenMarket and BSG accept it from IYS-registered senders with the REKLAM/TANITIM prefix.',
      },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_CS] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; OpenMarket takes replies on a long code quoted in the text, sent from an alphanumeric ID.' },
      senderIdPreserved: { value: false, sources: [S_OM] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio still delivers, with the number overwritten.' },
      senderIdPreserved: { value: false, sources: [S_TW, S_OM] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] }, senderIdPreserved: { value: false, sources: [S_OM] } },
  },
  consent: { marketing: { value: 'express', sources: [S_VON], note: 'Consent must be recorded in the IYS system.' } },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_BSG] },
    deadline: { value: 'Stop marketing to a number within three working days of its opt-out.', sources: [S_VON, S_BSG] },
  },
  registrations: [
    {
      id: 'tr.sender-id',
      name: 'Sender ID pre-registration with Turkish operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a case-sensitive sender ID that contains the brand name; supply the trade licence. Operators append the aggregator code (e.g. B204) to every message.',
      leadTime: { minDays: 14, maxDays: 42 },
      sources: [S_TW, S_VON, S_CS],
    },
    {
      id: 'tr.iys',
      name: 'Message Management System (IYS) registration for commercial messages',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Before any marketing SMS, register the brand in IYS, upload recipients\' consents there and give the IYS brand code to the provider.',
      sources: [S_VON, S_CS],
    },
  ],
  content: {
    value: [
      { id: 'content.tr.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_TW, S_CS, S_BSG] },
      { id: 'content.tr.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW, S_CS] },
      { id: 'content.tr.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.tr.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
      { id: 'content.tr.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'No shortened links.', sources: [S_CS] },
    ],
    sources: [S_TW, S_CS],
  },
  obligations: [
    {
      id: 'identification.tr.promo-prefix',
      category: 'identification',
      level: 'required',
      text: 'Start marketing SMS with "REKLAM:" or "TANITIM:" and give a website or customer-care number for the offer.',
      useCases: MARKETING_LIKE,
      sources: [S_OM, S_BSG],
    },
  ],
});
