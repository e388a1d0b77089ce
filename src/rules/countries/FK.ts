import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Falkland Islands. Checked 2026-11-23: the AWS South America table does not
// list it, and no Twilio or other provider page for it was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;

export const FK: CountryRules = /* @__PURE__ */ region({
  country: 'FK',
  name: 'Falkland Islands',
  reviewed: R,
  timeZones: ['Atlantic/Stanley'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
