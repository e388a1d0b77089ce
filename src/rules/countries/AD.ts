import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Andorra. The AWS Europe table could not be reached in the search index; the
// Twilio page's locale summary and the sent.dm guide were read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's guideline page through a word-for-word
// copy on GitHub (nevetsagetro/OKR-warranted, data/raw/andorra_ad.md) that names the
// page's address; it matches the part of the stored twilio.com page read earlier
// (locale summary, no two-way SMS), so it stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Andorra (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ad/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Andorra, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ad/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Andorra SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/andorra-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AD: CountryRules = /* @__PURE__ */ region({
  country: 'AD',
  name: 'Andorra',
  reviewed: R,
  timeZones: ['Europe/Andorra'],
  languages: ['ca'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW, S_SENT] },
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW, S_SENT], note: 'Twilio gives no operator value for domestic long codes and offers no two-way SMS here; sent.dm (secondary) says the same of providers. That says what providers sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page read, marks short codes as not supported by the operators. A compiled copy of Bird\'s guide (secondary) lists Andorran short codes as available; it does not override.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
