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
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_AWS_OCEANIA] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_AWS_OCEANIA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_OCEANIA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_OCEANIA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_OCEANIA] } },
  },
});
