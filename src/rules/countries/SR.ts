import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Suriname. Only the AWS South America table covers it (read 2026-11-23); no Twilio page for
// Suriname was found in the stored corpus.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06 from Twilio's Suriname SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/suriname_sr.md); no
// stored twilio.com page for Suriname was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Suriname, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sr/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Suriname, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sr/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SR: CountryRules = /* @__PURE__ */ region({
  country: 'SR',
  name: 'Suriname',
  reviewed: R,
  timeZones: ['America/Paramaribo'],
  languages: ['nl'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_AWS_SOUTH_AMERICA], note: 'Twilio marks unregistered names as supported by the operators; AWS sells them.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_AWS_SOUTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks domestic long codes as supported by the operators. AWS sells no local numbers here (its offer).' },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      twoWay: { value: 'unknown', sources: [S_TW4_OFFER, S_AWS_SOUTH_AMERICA], note: 'Twilio and AWS offer no two-way SMS here; that says what they sell, not what the operators allow.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks short codes as not supported by the operators. AWS sells none (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
    },
  },
});
