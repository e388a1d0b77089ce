import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Vatican City. Checked 2026-11-23: the AWS Europe table (not reachable in the
// search index), Twilio, SureSMS and sent.dm; no source covering SMS to
// Vatican City was found, so every fact is left unknown.
const R = '2026-11-23' as const;

export const VA: CountryRules = /* @__PURE__ */ region({
  country: 'VA',
  name: 'Vatican City',
  reviewed: R,
  timeZones: ['Europe/Vatican'],
  languages: ['it', 'la'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
