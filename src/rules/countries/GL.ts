import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Greenland. AWS North America table and Sent's country guide read 2026-11-23;
// no Twilio page for Greenland was found in the stored index.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/greenland_denmark_gl.md, which names the page's
// address); no stored twilio.com page for Greenland was found, so the copy stands for the page
// (policy section 5). Its "Twilio supported" row and AWS's table are offers.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Greenland (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gl/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Greenland, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gl/sms',
  kind: 'provider', reviewed: T,
} as const;

export const GL: CountryRules = /* @__PURE__ */ region({
  country: 'GL',
  name: 'Greenland',
  reviewed: R,
  timeZones: ['America/Godthab', 'America/Scoresbysund', 'America/Thule'],
  languages: ['kl', 'da'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Twilio marks dynamic names as supported by the operators and preserved, with pre-registration not required; generic names should be avoided. AWS sells them.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_NORTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic numbers as not supported by the operators. AWS sells none (its offer).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported (AWS and Sent offer no two-way SMS here).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and preserved.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators. AWS sells none (its offer).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
  },
});
