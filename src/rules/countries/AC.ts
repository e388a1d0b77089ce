import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ascension Island. No facts established (checked 2026-11-23): AWS, Twilio and the other
// provider pages searched are silent on Ascension Island.
const R = '2026-11-23' as const;

export const AC: CountryRules = /* @__PURE__ */ region({
  country: 'AC',
  name: 'Ascension Island',
  reviewed: R,
  timeZones: ['Atlantic/St_Helena'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
