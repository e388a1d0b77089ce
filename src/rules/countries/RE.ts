import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Réunion. Checked 2026-11-23: the AWS Africa row could not be
// read, no Twilio page was found, and only an unreliable vendor guide turned up.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;

export const RE: CountryRules = /* @__PURE__ */ region({
  country: 'RE',
  name: 'Réunion',
  reviewed: R,
  timeZones: ['Indian/Reunion'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
