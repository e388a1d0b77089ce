import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// French Guiana. AWS South America table and the Twilio locale summary (two-way
// only; the sender table could not be read) read 2026-11-23.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/french_guiana_france_gf.md, which names the
// page's address). The part of the stored twilio.com page read on 2026-11-23 (locale summary: no
// two-way) matches it, so the copy stands for the page (policy section 5). Its "Twilio
// supported" row and AWS's table are offers.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: French Guiana (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gf/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: French Guiana, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gf/sms',
  kind: 'provider', reviewed: T,
} as const;

export const GF: CountryRules = /* @__PURE__ */ region({
  country: 'GF',
  name: 'French Guiana',
  reviewed: R,
  timeZones: ['America/Cayenne'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio marks dynamic names as supported by the operators and preserved, with pre-registration not required; AWS sells them.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_SOUTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s page says nothing of what the operators accept for domestic numbers. AWS\'s table lists no local numbers and Twilio sells none: both say what the provider sells.', sources: [S_AWS_SOUTH_AMERICA, S_TW_OFFER] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', note: 'AWS and Twilio offer no two-way SMS here: statements about their offers, not about the operators.', sources: [S_AWS_SOUTH_AMERICA, S_TW_OFFER] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators; Twilio still delivers them (its offer), with the number replaced by a short code or a generic name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s page says nothing of what the operators accept for short codes. AWS\'s table lists none and Twilio sells none: both say what the provider sells.', sources: [S_AWS_SOUTH_AMERICA, S_TW_OFFER] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ] },
  },
});
