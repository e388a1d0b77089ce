import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Palau. AWS Oceania table read 2026-11-23. No Twilio page was found in the search index.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Palau, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Palau was found to compare it with, so the
// copy stands for the page. Its operator row decides `supported`; its "Twilio supported" row
// is recorded as offers (separate source object).
const R = '2026-11-23' as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Palau (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Palau, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pw/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PW: CountryRules = /* @__PURE__ */ region({
  country: 'PW',
  name: 'Palau',
  reviewed: R,
  timeZones: ['Pacific/Palau'],
  languages: ['pau', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_OCEANIA], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged; AWS sells them.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWO] },
        { provider: 'aws', offered: true, sources: [S_AWS_OCEANIA] },
      ],
      registration: { value: 'none', sources: [S_AWS_OCEANIA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio marks domestic numbers as supported by the operators, though neither Twilio nor AWS sells them here.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
      twoWay: { value: 'unknown', sources: [S_AWS_OCEANIA], note: 'AWS offers no two-way SMS here (an offer); no page about the operators speaks.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for short codes. AWS\'s country table lists none, which says what AWS sells, not what the operators accept.', sources: [S_TWC, S_AWS_OCEANIA] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ] },
  },
});
