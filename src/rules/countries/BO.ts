import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bolivia. Only the AWS South America table covers it (read 2026-11-23); no Twilio page for
// Bolivia was found in the stored corpus.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;

export const BO: CountryRules = /* @__PURE__ */ region({
  country: 'BO',
  name: 'Bolivia',
  reviewed: R,
  timeZones: ['America/La_Paz'],
  languages: ['es', 'qu', 'ay', 'gn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_VONAGE_2024, S_AWS_SOUTH_AMERICA],
        note: 'AWS accepts names; Vonage (2024) says they are not supported and are replaced. The stricter answer is kept.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_SOUTH_AMERICA] } },
  },
});
