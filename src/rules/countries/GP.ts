import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Guadeloupe (France). No source was found (searched 2026-11-23): the row in the AWS
// North America table was not reachable in the stored copy, and no Twilio, Sent,
// SureSMS, Mapp or Vonage page for it turned up.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;

export const GP: CountryRules = /* @__PURE__ */ region({
  country: 'GP',
  name: 'Guadeloupe',
  reviewed: R,
  timeZones: ['America/Guadeloupe'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
