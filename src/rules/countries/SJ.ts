import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Svalbard & Jan Mayen. Checked 2026-11-23: the AWS Europe table (not reachable
// in the search index), Twilio and sent.dm (a numbering page only: the
// territory uses Norway's +47 plan). No SMS rules were found, so every fact is
// left unknown.
const R = '2026-11-23' as const;

export const SJ: CountryRules = /* @__PURE__ */ region({
  country: 'SJ',
  name: 'Svalbard & Jan Mayen',
  reviewed: R,
  timeZones: ['Arctic/Longyearbyen'],
  languages: ['nb'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
