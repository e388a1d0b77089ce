import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// St. Helena. Checked 2026-11-23: no AWS row could be read and no
// Twilio or other provider page was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;

export const SH: CountryRules = /* @__PURE__ */ region({
  country: 'SH',
  name: 'St. Helena',
  reviewed: R,
  timeZones: ['Atlantic/St_Helena'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
