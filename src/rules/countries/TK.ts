import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tokelau. No source read establishes any SMS fact here (checked 2026-11-23).
// Checked: the AWS Oceania table (its rows after Palau could not be read) and
// a search for Twilio's guidelines page (none found).
const R = '2026-11-23' as const;

export const TK: CountryRules = /* @__PURE__ */ region({
  country: 'TK',
  name: 'Tokelau',
  reviewed: R,
  timeZones: ['Pacific/Fakaofo'],
  languages: ['tkl', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
