import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Marshall Islands. AWS Oceania table read 2026-11-23: AWS offers no SMS sender type here.
// No Twilio page was found in the search index.
const R = '2026-11-23' as const;

export const MH: CountryRules = /* @__PURE__ */ region({
  country: 'MH',
  name: 'Marshall Islands',
  reviewed: R,
  timeZones: ['Pacific/Majuro'],
  languages: ['mh', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }], twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }],
      twoWay: { value: false, sources: [S_AWS_OCEANIA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }] },
  },
});
