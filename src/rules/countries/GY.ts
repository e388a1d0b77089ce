import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guyana. AWS South America table read 2026-11-23. Sender rows re-read 2026-12-06 against
// Twilio's guideline page for Guyana, read in a word-for-word copy that names the page
// (GitHub nevetsagetro/OKR-warranted, data/raw/guyana_gy.md). A search of the stored pages
// found no twilio.com page for Guyana to compare it with, so the copy stands for Twilio's
// page (policy section 5). The Bird and Infobip sections of that file do not name their
// pages (secondary) and decide nothing here.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guyana (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gy/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Guyana, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gy/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const GY: CountryRules = /* @__PURE__ */ region({
  country: 'GY',
  name: 'Guyana',
  reviewed: R,
  timeZones: ['America/Guyana'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio marks dynamic names as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): names reach Digicel subscribers, but GT&T Cellink may replace them.' },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio, the only major-provider page that speaks about the operators, marks domestic long codes as not supported by them. AWS sells no local numbers here (its offer). The Bird section of a compiled copy (secondary) lists Guyanese numbers as senders; a secondary source does not override.',
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio gives no value for short codes. AWS\'s country table lists no short codes here, which says what AWS sells, not what the operators accept.', sources: [S_TW, S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }] },
  },
});
