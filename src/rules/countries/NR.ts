import { region } from '../brief';
import { ALPHA_ONE_WAY, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Nauru. Checked 2026-11-23: the AWS Oceania table (not listed there) and a search for Twilio's
// guidelines page (none found).
// Sender names: Vonage 2024 country page (compiled copy) and Twilio's 2017 list, read 2026-11-23.
const R = '2026-11-23' as const;

export const NR: CountryRules = /* @__PURE__ */ region({
  country: 'NR',
  name: 'Nauru',
  reviewed: R,
  timeZones: ['Pacific/Nauru'],
  languages: ['na', 'en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWILIO_ALPHA_2017, S_VONAGE_2024], note: "Twilio's 2017 list accepts no names here; Vonage's 2024 page does. The stricter answer is kept." },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
