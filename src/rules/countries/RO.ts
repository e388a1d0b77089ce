import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Romania. Twilio locale summary, ClickSend (two versions), OpenMarket and
// SureSMS read 2026-11-23. The AWS Europe table could not be reached.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Romania', url: 'https://static1.twilio.com/en-us/guidelines/ro/sms', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Romania +40', url: 'https://help.clicksend.com/article/erl3jv757r-romania', kind: 'provider', reviewed: R } as const;
const S_CS2 = { title: 'ClickSend Help: Romania (+40)', url: 'https://help.clicksend.com/en/articles/43930-romania-40', kind: 'provider', reviewed: R } as const;
const S_OM = { title: 'OpenMarket Global Coverage: Romania', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/romania.htm', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Romania', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/romania/', kind: 'provider', reviewed: R } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const RO: CountryRules = /* @__PURE__ */ region({
  country: 'RO',
  name: 'Romania',
  reviewed: R,
  timeZones: ['Europe/Bucharest'],
  languages: ['ro'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_CS, S_OM, S_SURE, S_TW],
        note: 'ClickSend, OpenMarket and SureSMS say unregistered IDs are replaced by a short code; Twilio lists them as accepted except by Telekom Romania, but overwritten. Not supported is kept.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_OM, S_SURE, S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS, S_OM, S_TW] },
      registration: { value: 'required', sources: [S_CS, S_OM, S_SURE, S_TW], note: 'Twilio says only Telekom Romania requires it and it is optional on the other networks.' },
      programme: 'ro.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 28, maxDays: 56 },
        sources: [S_TW, S_CS2, S_CS],
        note: 'Twilio gives 4 weeks; ClickSend gives 5-6 weeks in one page and 40 working days in another.',
      },
      senderIdPreserved: { value: true, sources: [S_OM, S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW, S_OM], note: 'Twilio offers no two-way SMS; OpenMarket offers two-way on short codes only.' },
      senderIdPreserved: { value: false, sources: [S_OM] },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Operators do not accept it; Twilio delivers with the number replaced by a short code or alphanumeric ID, and Telekom Romania rejects numeric IDs.',
      },
      senderIdPreserved: { value: false, sources: [S_OM, S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_CS2, S_OM, S_TW], note: 'Twilio does not offer it.' },
      twoWay: { value: true, sources: [S_CS2, S_OM], note: 'Twilio offers no two-way SMS in Romania at all.' },
      leadTime: { value: { minDays: 84, maxDays: 84 }, sources: [S_CS2] },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_OM, S_SURE, S_CS2] } },
  optOut: { marketingInstructions: { value: 'recommended', sources: [S_CS2], note: 'ClickSend advises a clear opt-out line such as "Reply STOP".' } },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ro.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '22:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Europe/Bucharest' },
        text: 'No promotional SMS between 22:00 and 08:00 Romanian time.',
        sources: [S_CS, S_CS2],
      },
    ],
    sources: [S_CS, S_CS2],
  },
  registrations: [
    {
      id: 'ro.sender-id',
      name: 'Sender ID and URL pre-registration with Romanian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID (case-sensitive) with company, website, sample message and traffic type; also list every URL used in messages.',
      leadTime: { minDays: 28, maxDays: 56 },
      sources: [S_CS, S_CS2, S_SURE, S_TW],
    },
  ],
  content: {
    value: [
      { id: 'content.ro.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CS] },
      { id: 'content.ro.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
      { id: 'content.ro.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'Public URL shorteners (bit.ly, TinyURL) are not accepted.', sources: [S_CS] },
      { id: 'content.ro.url-whitelist', topic: 'other', restriction: 'restricted', text: 'Messages with links fail unless the URL was whitelisted with the operators.', sources: [S_CS, S_CS2, S_TW] },
    ],
    sources: [S_CS, S_CS2, S_TW],
  },
  obligations: [
    { id: 'identification.ro.contact', category: 'identification', level: 'required', text: 'Include a valid email address, website or phone number in each message.', sources: [S_OM] },
    { id: 'identification.ro.mo-auto-reply', category: 'identification', level: 'required', text: 'Operators require an automatic confirmation reply to every inbound message on a short code.', senderTypes: ['short-code'], sources: [S_CS] },
  ],
});
