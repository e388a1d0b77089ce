import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kiribati. No source read establishes any SMS fact here (checked 2026-11-23).
// Checked: the AWS Oceania table (not listed there) and a search for Twilio's
// guidelines page (none found).
const R = '2026-11-23' as const;

export const KI: CountryRules = /* @__PURE__ */ region({
  country: 'KI',
  name: 'Kiribati',
  reviewed: R,
  timeZones: ['Pacific/Tarawa', 'Pacific/Kiritimati', 'Pacific/Enderbury'],
  languages: ['en', 'gil'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },},
});
