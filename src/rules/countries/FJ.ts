import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Fiji. AWS Oceania table read 2026-11-23. No Twilio, ClickSend or Vonage page for Fiji
// was found in the search index.
const R = '2026-11-23' as const;

export const FJ: CountryRules = /* @__PURE__ */ region({
  country: 'FJ',
  name: 'Fiji',
  reviewed: R,
  timeZones: ['Pacific/Fiji'],
  languages: ['en', 'fj', 'hif'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_OCEANIA] },
      registration: { value: 'none', sources: [S_AWS_OCEANIA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_OCEANIA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_OCEANIA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_OCEANIA] } },
  },
});
