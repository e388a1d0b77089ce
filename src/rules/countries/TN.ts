import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tunisia. Twilio guidelines (locale summary and sender table) read 2026-11-23.
// Not in the AWS Africa rows that could be reached.
// Sender rows re-read 2026-12-06 from the stored twilio.com page (its sender table shows one
// pre-registration column). A copy in nevetsagetro/OKR-warranted (data/raw/tunisia_tn.md) shows another
// version (separate international and domestic pre-registration columns), so it is secondary and not used.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Tunisia', url: 'https://www.twilio.com/guidelines/tn/sms', kind: 'provider', reviewed: R } as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Tunisia', url: 'https://www.twilio.com/guidelines/tn/sms', kind: 'provider', reviewed: '2026-12-06' } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Tunisia, "Twilio supported" row (what Twilio sells)',
  url: 'https://www.twilio.com/guidelines/tn/sms',
  kind: 'provider', reviewed: '2026-12-06',
} as const;

export const TN: CountryRules = /* @__PURE__ */ region({
  country: 'TN',
  name: 'Tunisia',
  reviewed: R,
  timeZones: ['Africa/Tunis'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW4], note: 'Only Tunisian entities sending over 30,000 SMS a month must register.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'unknown', sources: [S_TW4], note: 'Required only for Tunisian entities sending over 30,000 SMS a month.' },
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 18, maxDays: 18 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW4], note: "Twilio's operator row marks domestic long codes as not supported." },
      twoWay: { value: false, sources: [S_TW4], note: 'Follows from not supported; Twilio also offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW4] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Orange replaces it with a generic sender name.' },
    },
    'short-code': { supported: { value: false, sources: [S_TW4], note: "Twilio's operator row marks short codes as not supported." } },
  },
  obligations: [
    {
      id: 'registration.tn.domestic-volume',
      category: 'registration',
      level: 'required',
      text: 'If you are a Tunisian entity sending more than 30,000 SMS a month, pre-register your sender ID (about 18 days).',
      senderTypes: ['alphanumeric'],
      sources: [S_TW],
    },
    {
      id: 'identification.tn.no-generic-sender',
      category: 'identification',
      level: 'best-practice',
      text: 'Avoid generic sender names; operators tend to block them.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW],
    },
  ],
});
