import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Kiribati. Checked 2026-11-23: the AWS Oceania table (not listed there) and a search for Twilio's
// guidelines page (none found).
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;

export const KI: CountryRules = /* @__PURE__ */ region({
  country: 'KI',
  name: 'Kiribati',
  reviewed: R,
  timeZones: ['Pacific/Tarawa', 'Pacific/Kiritimati', 'Pacific/Enderbury'],
  languages: ['en', 'gil'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
