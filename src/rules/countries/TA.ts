import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tristan da Cunha. No facts established (checked 2026-11-23): AWS, Twilio and the other
// provider pages searched are silent on Tristan da Cunha.
const R = '2026-11-23' as const;

export const TA: CountryRules = /* @__PURE__ */ region({
  country: 'TA',
  name: 'Tristan da Cunha',
  reviewed: R,
  timeZones: ['Atlantic/St_Helena'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
