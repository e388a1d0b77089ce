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
      supported: { value: 'unknown', note: 'AWS accepts names; Vonage (2024) says they are not supported and are replaced. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells; only a secondary source (Vonage "SMS Features and Restrictions" country pages, 2024, as compiled in whaleal/guide (JMC/5.SenderID.md)) says they are not available.', sources: [S_VONAGE_2024, S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
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
