import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Falkland Islands. Checked 2026-11-23: the AWS South America table does not
// list it, and no Twilio or other provider page for it was found. No SMS facts
// are established.
const R = '2026-11-23' as const;

export const FK: CountryRules = /* @__PURE__ */ region({
  country: 'FK',
  name: 'Falkland Islands',
  reviewed: R,
  timeZones: ['Atlantic/Stanley'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },},
});
