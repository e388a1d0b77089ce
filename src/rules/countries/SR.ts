import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Suriname. Only the AWS South America table covers it (read 2026-11-23); no Twilio page for
// Suriname was found in the stored corpus.
const R = '2026-11-23' as const;

export const SR: CountryRules = /* @__PURE__ */ region({
  country: 'SR',
  name: 'Suriname',
  reviewed: R,
  timeZones: ['America/Paramaribo'],
  languages: ['nl'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA] },
      registration: { value: 'none', sources: [S_AWS_SOUTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }] },
  },
});
