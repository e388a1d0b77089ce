import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Norway. The AWS Europe table could not be reached in the search index; the
// Twilio page's locale summary (its sender table was not reachable), SureSMS,
// Clickatell and sent.dm pages read 2026-11-23. On 2026-12-06 Twilio's sender
// table (operator-capability rows) was read through a stored copy of the page,
// and the sender rows re-decided under docs/research-policy.md.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Norway', url: 'https://www.twilio.com/en/guidelines/no/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Norway', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/norway/', kind: 'provider', reviewed: R } as const;
const S_CLICK = {
  title: 'Clickatell Help: Norway SMS messaging regulations and restrictions',
  url: 'https://www.clickatell.com/help-center/sms/country-regulations/norway-sms-messaging-regulations-restrictions',
  kind: 'provider', reviewed: R,
} as const;
const R_KW = '2026-12-06' as const;
const S_BIRD_NO = {
  title: 'Bird Docs (Connectivity Platform): Country restrictions and regulations, Norway',
  url: 'https://docs.bird.com/connectivity-platform/country-restrictions-and-regulations/norway',
  kind: 'provider', reviewed: R_KW,
} as const;
const S_ENABLEX_NO = {
  title: 'EnableX Developer Docs: International SMS regulations, Norway',
  url: 'https://developer.enablex.io/docs/quickstart/sms/international-sms-regulations/country/norway/',
  kind: 'provider', reviewed: R_KW,
} as const;
const S_BREVO_KW = {
  title: 'Brevo Help: Supported keywords for SMS (HELP, STOP, START, INFO), Norway note',
  url: 'https://help.brevo.com/hc/en-us/articles/208723209-Supported-keywords-for-SMS-HELP-STOP-START-INFO',
  kind: 'provider', reviewed: R_KW,
} as const;
const S_SENT = { title: 'Sent: Norway SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/no-sms-guidance', kind: 'secondary', reviewed: R } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const NO: CountryRules = /* @__PURE__ */ region({
  country: 'NO',
  name: 'Norway',
  reviewed: R,
  timeZones: ['Europe/Oslo'],
  languages: ['nb', 'nn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW],
        note: 'Twilio\'s operator-capability row: supported, pre-registration not required. SureSMS (a smaller provider) says Telia wants IDs registered; a major provider\'s operator row outranks it under the research policy.',
      },
      registration: { value: 'none', sources: [S_TW], note: 'SureSMS says registration is needed for Telia; see the registered row.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: 'unknown', sources: [S_TW, S_SURE], note: 'Twilio says the sender ID is preserved; SureSMS says alphanumeric IDs can be overwritten. Both are provider pages, neither outranks the other.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SURE] },
      registration: { value: 'recommended', sources: [S_SURE, S_TW], note: 'SureSMS says Telia needs alphanumeric IDs registered; Twilio says pre-registration is not required.' },
      programme: 'no.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_SURE],
        note: 'Twilio\'s operator-capability row: domestic long codes supported. SureSMS lists local numeric senders as usable (Telenor only via approved virtual numbers). sent.dm (a secondary digest) says they are not offered.',
      },
      twoWay: { value: true, sources: [S_TW], note: 'Twilio lists two-way SMS for Norway.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW] }],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio\'s operator-capability row: supported.' },
      senderIdPreserved: { value: 'unknown', sources: [S_TW, S_SURE], note: 'Twilio says preserved; SureSMS says foreign numeric senders can be overwritten.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator-capability row says short codes are not supported by Norwegian operators. Clickatell mentions dedicated short code programmes; a major provider\'s operator row outranks it. Copies of Bird and Infobip pages list short codes, but their primary pages were not reachable.',
      },
    },
  },
  registrations: [
    {
      id: 'no.sender-id',
      name: 'Alphanumeric sender ID registration (Telia Norway)',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register alphanumeric sender IDs through your provider before sending to Telia subscribers (SureSMS says Telia requires it; Twilio says pre-registration is not required); after that Telia refuses numeric senders for the same sender unless part of a two-way service.',
      sources: [S_SURE],
    },
  ],
  consent: {
    marketing: { value: 'express', sources: [S_SURE, S_SENT] },
  },
  optOut: {
    keywords: {
      value: ['STOP', 'STOPP', 'UNSUB'],
      sources: [S_CLICK, S_BIRD_NO, S_ENABLEX_NO, S_BREVO_KW],
      note: 'Clickatell says dedicated short-code and long-number programmes in Norway must support STOP and STOPP; on Bird\'s Norwegian virtual numbers the numbering partner opts out any sender of STOP or STOPP (EnableX says the same). UNSUB comes from Brevo only: its STOP reply code does not work in Norway, so Norwegian recipients of Brevo campaigns unsubscribe with UNSUB.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.no.marketing',
        level: 'recommended',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Europe/Oslo' },
        text: 'Avoid non-essential messages between 20:00 and 08:00 Norwegian time.',
        sources: [S_CLICK, S_SENT],
      },
    ],
    sources: [S_CLICK, S_SENT],
  },
  content: {
    value: [
      { id: 'content.no.gambling', topic: 'gambling', restriction: 'prohibited', text: 'Operators forbid gambling and lottery content.', sources: [S_TW, S_SURE] },
      {
        id: 'content.no.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Links must be whitelisted, which also needs the sender ID to be registered.',
        sources: [S_CLICK],
      },
      { id: 'content.no.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.no.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_TW, S_CLICK, S_SURE],
  },
  obligations: [
    {
      id: 'identification.no.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
