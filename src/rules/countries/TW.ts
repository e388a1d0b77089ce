import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Taiwan. Twilio guidelines read 2026-11-23 (sender tables from a stored copy
// of the Twilio page). The AWS Asia rows for Taiwan could not be read.
// Sender rows re-read 2026-12-06 from Twilio's Taiwan guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/taiwan_tw.md, which names the page); it matches the stored copy
// read 2026-11-23, so it stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Taiwan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Taiwan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tw/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_TW = { title: 'Twilio SMS Guidelines: Taiwan', url: 'https://www.twilio.com/en-us/guidelines/tw/sms', kind: 'provider', reviewed: R } as const;

export const TW: CountryRules = /* @__PURE__ */ region({
  country: 'TW',
  name: 'Taiwan',
  reviewed: R,
  timeZones: ['Asia/Taipei'],
  languages: ['zh'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TWC],
        note: "Twilio's operator row marks sender names as not supported; Twilio still accepts one but it is replaced by a local number outside Twilio.",
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks pre-registered names as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: false, sources: [S_TWC], note: 'Follows from not supported; Twilio also offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWC],
        note: "Twilio's operator row marks foreign numbers as not supported; Twilio delivers with the number replaced by a local one outside Twilio.",
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks short codes as not supported." } },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.tw.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '12:30' },
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '13:30', end: '21:00' },
        ],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Taipei' },
        text: 'No promotional SMS from 12:30 to 13:30 or from 21:00 to 09:00.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  content: {
    value: [
      {
        id: 'content.tw.urls',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'No URLs, shortened ones above all; a full-length URL must be allowlisted with the provider first.',
        sources: [S_TW],
      },
      { id: 'content.tw.chat-links', topic: 'other', restriction: 'prohibited', text: 'No WhatsApp or LINE chat links.', sources: [S_TW] },
      { id: 'content.tw.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.tw.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.tw.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.tw.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No money-lending or loan content.', sources: [S_TW] },
      { id: 'content.tw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.tw.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.tw.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.tw.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.tw.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
  obligations: [
    {
      id: 'identification.tw.brand-prefix',
      category: 'identification',
      level: 'required',
      text: 'Start every message with the brand name (e.g. "[Brand] ..." or "Brand: ..."), using a brand name registered with the provider (NCC anti-scam rule).',
      sources: [S_TW],
    },
  ],
});
