import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Comoros. AWS Africa table read 2026-11-23; no Twilio page for Comoros was found
// in the stored index, and no other source was looked up.
const R = '2026-11-23' as const;

export const KM: CountryRules = /* @__PURE__ */ region({
  country: 'KM',
  name: 'Comoros',
  reviewed: R,
  timeZones: ['Indian/Comoro'],
  languages: ['fr', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_AFRICA] },
      registration: { value: 'none', sources: [S_AWS_AFRICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
      twoWay: { value: false, sources: [S_AWS_AFRICA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] },
  },
});
