import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// French Polynesia. AWS Oceania table read 2026-11-23. No Twilio page was found in the search index.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for French Polynesia, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for French Polynesia was found to compare it
// with, so the copy stands for the page. Its operator row decides `supported`; its "Twilio
// supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: French Polynesia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pf/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: French Polynesia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pf/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PF: CountryRules = /* @__PURE__ */ region({
  country: 'PF',
  name: 'French Polynesia',
  reviewed: R,
  timeZones: ['Pacific/Tahiti', 'Pacific/Marquesas', 'Pacific/Gambier'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_OCEANIA], note: 'Twilio marks dynamic names as supported by the operators; AWS sells them.' },
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
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
    },
  },
});
