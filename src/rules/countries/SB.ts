import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Solomon Islands. Twilio guidelines read 2026-11-23. Twilio sender table read
// from a stored copy of the page. The AWS Oceania table's rows after Palau could
// not be read, so AWS is not cited.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Solomon Islands', url: 'https://twilio.com/en-us/guidelines/sb/sms', kind: 'provider', reviewed: R } as const;

// Sender rows re-read 2026-12-06 through a word-for-word copy of Twilio's page that names it
// (nevetsagetro/OKR-warranted, data/raw/solomon_islands_sb.md); it matches the stored page.
const R4 = '2026-12-06' as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Solomon Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sb/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SB: CountryRules = /* @__PURE__ */ region({
  country: 'SB',
  name: 'Solomon Islands',
  reviewed: R,
  timeZones: ['Pacific/Guadalcanal'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators do not require pre-registration; Twilio does not offer it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic long codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. Twilio offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
});
