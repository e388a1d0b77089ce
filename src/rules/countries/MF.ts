import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// St. Martin (France). No source was found (searched 2026-11-23): the row in the AWS
// North America table was not reachable in the stored copy, and no Twilio, Sent,
// SureSMS, Mapp or Vonage page for it turned up. Every fact is unknown.
const R = '2026-11-23' as const;

export const MF: CountryRules = /* @__PURE__ */ region({
  country: 'MF',
  name: 'St. Martin',
  reviewed: R,
  timeZones: ['America/Marigot'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
