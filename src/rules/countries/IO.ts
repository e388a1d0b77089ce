import { region } from '../brief';
import { ALPHA_ONE_WAY, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// British Indian Ocean Territory. AWS, Twilio and the other provider pages searched
// (2026-11-23) are silent on the territory.
// Sender names: Vonage 2024 country page (compiled copy) and Twilio's 2017 list, read 2026-11-23.
const R = '2026-11-23' as const;

export const IO: CountryRules = /* @__PURE__ */ region({
  country: 'IO',
  name: 'British Indian Ocean Territory',
  reviewed: R,
  timeZones: ['Indian/Chagos'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWILIO_ALPHA_2017, S_VONAGE_2024], note: "Twilio's 2017 list accepts no names here; Vonage's 2024 page does. The stricter answer is kept." },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
