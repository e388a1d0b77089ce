import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Moldova. SureSMS and Sent.dm read 2026-11-23. Twilio and AWS Europe pages
// could not be reached.
// Sender rows re-read 2026-12-06: Twilio's Moldova page read in a word-for-word copy that
// names its address (GitHub nevetsagetro/OKR-warranted, data/raw/moldova_md.md); the search of
// 2026-11-23 found no stored twilio.com page for Moldova (not re-searched today), so the copy stands
// for the page (policy section 5). Its operator row is blank for domestic numbers.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Moldova', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/moldova/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Moldova SMS guide', url: 'https://www.sent.dm/resources/moldova-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Moldova (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/md/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Moldova, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/md/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MD: CountryRules = /* @__PURE__ */ region({
  country: 'MD',
  name: 'Moldova',
  reviewed: R,
  timeZones: ['Europe/Chisinau'],
  languages: ['ro'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE, S_SENT], note: 'Twilio marks unregistered names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE, S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SENT], note: 'Secondary fill: Twilio\'s operator row is blank for domestic numbers (it does not sell them); only sent.dm speaks.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only sent.dm speaks (two-way SMS not offered); Twilio also offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as not supported by the operators; sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.md.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.md.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.md.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.md.sender-name', category: 'identification', level: 'required', text: 'Do not use generic sender IDs such as INFO or SMS.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
