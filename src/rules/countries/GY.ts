import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guyana. Only the AWS South America table covers it (read 2026-11-23); no Twilio page for
// Guyana was found in the stored corpus.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;

export const GY: CountryRules = /* @__PURE__ */ region({
  country: 'GY',
  name: 'Guyana',
  reviewed: R,
  timeZones: ['America/Guyana'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA] },
      registration: { value: 'none', sources: [S_AWS_SOUTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): names reach Digicel subscribers, but GT&T Cellink may replace them.' },
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
