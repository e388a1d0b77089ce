import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mayotte. No facts established (checked 2026-11-23): the AWS Africa row could not be
// read and no Twilio or other provider page was found.
const R = '2026-11-23' as const;

export const YT: CountryRules = /* @__PURE__ */ region({
  country: 'YT',
  name: 'Mayotte',
  reviewed: R,
  timeZones: ['Indian/Mayotte'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },},
});
