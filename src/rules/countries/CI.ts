import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Côte d'Ivoire. Twilio guidelines (with sender table), ClickSend country page and s.dm guide read 2026-11-23.
// Re-audited 2026-12-06: Twilio's page (with its sender table) re-read in the search tool's stored
// copy; no Bird, Infobip, AWS or Vonage page for Côte d'Ivoire could be reached. ClickSend and s.dm
// keep their 2026-11-23 review date. Law No. 2013-546 on electronic transactions (Article 14) read
// 2026-12-06 for marketing consent.
const R = '2026-11-23' as const;
const NOW = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ivory Coast', url: 'https://www.twilio.com/guidelines/ci/sms', kind: 'provider', reviewed: NOW } as const;
const S_CS = { title: 'ClickSend Help: Cote d\'Ivoire +225', url: 'https://help.clicksend.com/article/xsuv8czw4w-cote-d-ivoire-225', kind: 'provider', reviewed: R } as const;
const S_SDM = { title: 'Sent: Ivory Coast SMS Guide', url: 'https://www.s.dm/resources/ivory-coast-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_LAW_2013_546 = {
  title: "Côte d'Ivoire Law No. 2013-546 of 30 July 2013 on electronic transactions, Article 14 (text as reproduced by loidici.biz)",
  url: 'https://loidici.biz/2018/09/20/chapitre-iv-publicite-par-voie-electronique/',
  kind: 'law', reviewed: NOW,
} as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: false, sources: [S_TW, S_CS, S_SDM], note: 'Operators refuse unregistered IDs (Twilio, ClickSend); Twilio still tries them on a best-effort basis only.' },
    offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
    registration: { value: 'required', sources: [S_TW, S_CS], note: 'A name works only once registered; see the pre-registered row.' },
    twoWay: ALPHA_ONE_WAY,
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW, S_CS] },
    offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
    registration: { value: 'required', sources: [S_TW, S_CS] },
    programme: 'ci.sender-id',
    twoWay: ALPHA_ONE_WAY,
    leadTime: { value: { minDays: 21, maxDays: 70 }, sources: [S_TW, S_CS], note: 'Twilio: 3 weeks; ClickSend: 50 business days.' },
    senderIdPreserved: { value: true, sources: [S_TW] },
  },
  'local-long-code': {
    supported: { value: 'restricted', sources: [S_TW, S_CS] },
    restriction: {
      text: 'Twilio lists domestic numbers as an operator capability (and does not sell them), while ClickSend says numeric senders are not allowed; expect numeric senders to be refused on some routes.',
      sources: [S_TW, S_CS],
    },
    offers: [{ provider: 'twilio', offered: false, sources: [S_TW] }],
    twoWay: { value: 'unknown', sources: [S_TW, S_CS], note: 'Twilio and ClickSend offer no two-way SMS here; that says what they sell, not what the operators allow.' },
  },
  'international-long-code': {
    supported: {
      value: false,
      sources: [S_TW, S_CS],
      note: 'Twilio\'s operator row marks foreign numbers as not supported by the operators on every network, and decides. Twilio still sells them, but the number is not kept (sender-preserved row: no) and MTN rejects numeric senders outright: the replacement is Twilio\'s workaround, not operator acceptance. ClickSend (other provider) says numeric senders are not allowed.',
    },
    offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
    senderIdPreserved: { value: false, sources: [S_TW] },
  },
  'short-code': {
    supported: { value: true, sources: [S_TW], note: 'An operator capability per Twilio, which does not offer it.' },
    offers: [{ provider: 'twilio', offered: false, sources: [S_TW] }],
  },
};

export const CI: CountryRules = /* @__PURE__ */ region({
  country: 'CI',
  name: 'Côte d’Ivoire',
  reviewed: NOW,
  timeZones: ['Africa/Abidjan'],
  languages: ['fr'],
  senders: SENDERS,
  consent: {
    marketing: { value: 'express', sources: [S_LAW_2013_546], note: 'Law No. 2013-546, Article 14: no direct prospecting by SMS to a person who has not given prior consent.' },
    laws: { value: ["Law No. 2013-546 of 30 July 2013 on electronic transactions (Article 14)"], sources: [S_LAW_2013_546] },
  },
  registrations: [
    {
      id: 'ci.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID (up to 11 characters, no spaces) with its traffic type, sample content, service description, monthly volume and a signed NOC.',
      leadTime: { minDays: 21, maxDays: 70 },
      sources: [S_CS, S_TW],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ci.marketing',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '19:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Abidjan' },
        text: 'Send marketing only from 08:00 to 19:00 local time; senders are fined outside it.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
  obligations: [
    {
      id: 'identification.ci.brand-in-text',
      category: 'identification',
      level: 'required',
      text: 'If the sender ID is not your brand name, name the company in the message (an MTN rule).',
      sources: [S_CS],
    },
    {
      id: 'registration.ci.traffic-type',
      category: 'registration',
      level: 'required',
      text: 'Never send transactional traffic on a sender ID registered for marketing; marketing IDs are granted only from 100,000 messages a month.',
      sources: [S_CS],
    },
  ],
});
