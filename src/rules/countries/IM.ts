import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Isle of Man. Checked 2026-11-23: the AWS Europe table (not reachable in the
// search index), Twilio, SureSMS and sent.dm; no source covering SMS to the
// Isle of Man was found, so every fact is left unknown.
const R = '2026-11-23' as const;

export const IM: CountryRules = /* @__PURE__ */ region({
  country: 'IM',
  name: 'Isle of Man',
  reviewed: R,
  timeZones: ['Europe/Isle_of_Man'],
  languages: ['en', 'gv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
