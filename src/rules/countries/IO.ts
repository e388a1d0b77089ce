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
      supported: { value: 'unknown', note: 'Twilio\'s 2017 list accepts no names here; Vonage\'s 2024 page does. Under the research policy this does not establish what the operators accept: only a secondary source (Twilio "International support for Alphanumeric Sender ID", 2017 copy (eGullGolf/countries-alphanumeric-sms-sender-support), Vonage "SMS Features and Restrictions" country pages, 2024, as compiled in whaleal/guide (JMC/5.SenderID.md)) says they are not available.', sources: [S_TWILIO_ALPHA_2017, S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
