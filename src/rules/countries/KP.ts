import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// North Korea. No source found: the readable part of the AWS Asia table, the
// stored copies of the Twilio guidelines, and searches for provider country
// pages were silent. Every fact is left unknown.
const R = '2026-11-23' as const;

export const KP: CountryRules = /* @__PURE__ */ region({
  country: 'KP',
  name: 'North Korea',
  reviewed: R,
  timeZones: ['Asia/Pyongyang'],
  languages: ['ko'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
