import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Belize. Only the AWS North America table covers it (read 2026-11-23); no Twilio page for
// Belize was found in the stored corpus.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;

export const BZ: CountryRules = /* @__PURE__ */ region({
  country: 'BZ',
  name: 'Belize',
  reviewed: R,
  timeZones: ['America/Belize'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA] },
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): names reach BTL subscribers, but the Smart network replaces them.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_NORTH_AMERICA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_NORTH_AMERICA] } },
  },
});
