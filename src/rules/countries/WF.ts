import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Wallis & Futuna. No source read establishes any SMS fact here (checked 2026-11-23).
// Checked: the AWS Oceania table (its rows after Palau could not be read) and
// a search for Twilio's guidelines page (none found).
const R = '2026-11-23' as const;

export const WF: CountryRules = /* @__PURE__ */ region({
  country: 'WF',
  name: 'Wallis & Futuna',
  reviewed: R,
  timeZones: ['Pacific/Wallis'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
