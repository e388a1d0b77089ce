import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Brunei. AWS Asia table read 2026-11-23. No Twilio Brunei page was reachable
// in the stored sources.
const R = '2026-11-23' as const;

export const BN: CountryRules = /* @__PURE__ */ region({
  country: 'BN',
  name: 'Brunei',
  reviewed: R,
  timeZones: ['Asia/Brunei'],
  languages: ['ms'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_ASIA] },
      registration: { value: 'none', sources: [S_AWS_ASIA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_ASIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: { value: false, sources: [S_AWS_ASIA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_ASIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }] },
  },
});
