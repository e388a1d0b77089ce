import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Réunion. No facts established (checked 2026-11-23): the AWS Africa row could not be
// read, no Twilio page was found, and only an unreliable vendor guide turned up.
const R = '2026-11-23' as const;

export const RE: CountryRules = /* @__PURE__ */ region({
  country: 'RE',
  name: 'Réunion',
  reviewed: R,
  timeZones: ['Indian/Reunion'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },},
});
