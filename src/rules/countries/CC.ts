import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cocos (Keeling) Islands. No source read establishes any SMS fact here (checked 2026-11-23).
// Checked: the AWS Oceania table (not listed there) and a search for Twilio's
// guidelines page (none found).
const R = '2026-11-23' as const;

export const CC: CountryRules = /* @__PURE__ */ region({
  country: 'CC',
  name: 'Cocos (Keeling) Islands',
  reviewed: R,
  timeZones: ['Indian/Cocos'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
