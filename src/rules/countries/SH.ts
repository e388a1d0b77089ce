import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// St. Helena. No facts established (checked 2026-11-23): no AWS row could be read and no
// Twilio or other provider page was found.
const R = '2026-11-23' as const;

export const SH: CountryRules = /* @__PURE__ */ region({
  country: 'SH',
  name: 'St. Helena',
  reviewed: R,
  timeZones: ['Atlantic/St_Helena'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },},
});
