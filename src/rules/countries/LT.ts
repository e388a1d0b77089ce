import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Lithuania. Twilio locale summary, SureSMS and Sent.dm read 2026-11-23. The AWS
// Europe table could not be reached. Time zone as given by the group file
// (libphonenumber); Lithuania's own IANA zone is Europe/Vilnius.
// Sender rows re-read 2026-12-06: Twilio's Lithuania page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/lithuania_lt.md). It agrees
// with the part of the stored twilio.com page read on 2026-11-23 (two-way SMS supported); a new
// search surfaced no stored copy of the sender tables, so the copy stands for the page (section 5).
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Lithuania', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/lithuania/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Lithuania SMS guide', url: 'https://www.sent.dm/resources/lithuania-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Lithuania (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lt/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Lithuania, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lt/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const LT: CountryRules = /* @__PURE__ */ region({
  country: 'LT',
  name: 'Lithuania',
  reviewed: R,
  timeZones: ['Europe/Vilnius'],
  languages: ['lt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says IDs can be overwritten.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks domestic long codes as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_TW, S_SENT] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as not supported by the operators; sent.dm (secondary) agrees.' },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.lt.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.lt.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.lt.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.lt.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
