import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Burundi. AWS Africa table read 2026-11-23; no Twilio page for Burundi was found
// in the stored index. Sender rows re-read 2026-12-06 from Twilio's guideline page through
// a word-for-word copy on GitHub (nevetsagetro/OKR-warranted, data/raw/burundi_bi.md) that
// names the page's address; with no stored twilio.com page to compare it with, the copy
// stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Burundi (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bi/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Burundi, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/bi/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const BI: CountryRules = /* @__PURE__ */ region({
  country: 'BI',
  name: 'Burundi',
  reviewed: R,
  timeZones: ['Africa/Bujumbura'],
  languages: ['rn', 'fr', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_AFRICA], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_AFRICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_AFRICA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them. AWS sells none (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators. A compiled copy of Infobip\'s page (secondary) says numeric senders may be blocked on some networks.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them. AWS sells none (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
    },
  },
});
