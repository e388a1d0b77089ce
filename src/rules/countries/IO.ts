import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// British Indian Ocean Territory. No facts established (checked 2026-11-23): AWS, Twilio and the other
// provider pages searched are silent on the territory.
const R = '2026-11-23' as const;

export const IO: CountryRules = /* @__PURE__ */ region({
  country: 'IO',
  name: 'British Indian Ocean Territory',
  reviewed: R,
  timeZones: ['Indian/Chagos'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },},
});
