import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tanzania. Read 2026-11-23: Twilio locale summary (its sender table could not
// be reached) and support article, ClickSend, DLA Piper, Victory Attorneys,
// DataGuidance, goUrban. The AWS Africa row for Tanzania could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Tanzania', url: 'https://www.twilio.com/en/guidelines/tz/sms', kind: 'provider', reviewed: R } as const;
const S_TW_SUP = {
  title: 'Twilio Support: Documents required to register your Alphanumeric Sender ID in Tanzania',
  url: 'https://support.twilio.com/hc/en-us/articles/360042501534-Document-s-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Tanzania',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICK = { title: 'ClickSend Help: Tanzania +255', url: 'https://help.clicksend.com/article/cbc82jjrta-tanzania', kind: 'provider', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Tanzania, electronic marketing', url: 'https://www.dlapiperdataprotection.com/?c=TZ&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_VICTORY = { title: 'Victory Attorneys: Data protection regime in Tanzania', url: 'https://victoryattorneys.co.tz/data-protection-regime-in-tanzania-article-6/', kind: 'secondary', reviewed: R } as const;
const S_DG = { title: 'DataGuidance: Tanzania data protection overview', url: 'https://www.dataguidance.com/notes/tanzania-data-protection-overview', kind: 'secondary', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const NUMERIC = 'ClickSend: numeric long codes are not supported.';

export const TZ: CountryRules = /* @__PURE__ */ region({
  country: 'TZ',
  name: 'Tanzania',
  reviewed: R,
  timeZones: ['Africa/Dar_es_Salaam'],
  languages: ['sw', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_CLICK, S_TW],
        note: 'ClickSend: only pre-registered alpha tags work. Twilio: carriers block or filter unregistered IDs, delivery is best-effort.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CLICK, S_TW] },
      registration: { value: 'required', sources: [S_CLICK, S_GOURBAN, S_TW_SUP], note: 'Twilio calls registration the way to maximise delivery; ClickSend and goUrban call it required.' },
      programme: 'tz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 70, maxDays: 70 }, sources: [S_CLICK] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_CLICK], note: NUMERIC },
      twoWay: { value: false, sources: [S_TW, S_CLICK], note: 'Twilio and ClickSend offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_CLICK], note: NUMERIC } },
    'short-code': { supported: { value: false, sources: [S_CLICK] } },
  },
  registrations: [
    {
      id: 'tz.sender-id',
      name: 'Sender ID and content registration with the networks',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alpha tag and sample content with the networks, stating the traffic type. Expect a business registration certificate, authorisation letters and an LOA; sample messages must name the sender.',
      leadTime: { minDays: 70, maxDays: 70 },
      sources: [S_CLICK, S_TW_SUP],
    },
  ],
  consent: {
    marketing: {
      value: 'express',
      sources: [S_DLA, S_CLICK, S_VICTORY],
      note: 'The Electronic Transactions Act deems consent given for existing customers offered an opt-out; DLA Piper reads the PDPA as needing explicit consent. The stricter reading is kept.',
    },
    laws: {
      value: ['Electronic Transactions Act (Cap. 442)', 'Personal Data Protection Act, 2022 (Act No. 11 of 2022)'],
      sources: [S_VICTORY, S_DG],
    },
  },
  optOut: { marketingInstructions: { value: 'required', sources: [S_VICTORY, S_CLICK] } },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.tz.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Dar_es_Salaam' },
        text: 'Send marketing SMS only on business days between 09:00 and 21:00.',
        sources: [S_CLICK],
      },
    ],
    sources: [S_CLICK],
  },
  content: {
    value: [
      { id: 'content.tz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CLICK] },
      { id: 'content.tz.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CLICK] },
      { id: 'content.tz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_CLICK] },
    ],
    sources: [S_CLICK],
  },
  dataProtection: { value: ['Personal Data Protection Act, 2022 (Act No. 11 of 2022)'], sources: [S_DG] },
  obligations: [
    {
      id: 'identification.tz.sender-and-purpose',
      category: 'identification',
      level: 'required',
      text: 'Open each unsolicited commercial message by naming the sender and its purpose.',
      useCases: ['marketing'],
      sources: [S_VICTORY],
    },
    {
      id: 'record-keeping.tz.opt-in-proof',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of each opt-in for operator audits and complaints.',
      sources: [S_CLICK],
    },
  ],
});
