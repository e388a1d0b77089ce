import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Åland Islands. Checked 2026-11-23: the AWS Europe table (not reachable in the
// search index), Twilio and sent.dm (a numbering page only: Åland shares +358
// with Finland). No source says whether Finland's sender ID rules (see FI)
// cover Åland, so every fact is left unknown.
const R = '2026-11-23' as const;

export const AX: CountryRules = /* @__PURE__ */ region({
  country: 'AX',
  name: 'Åland Islands',
  reviewed: R,
  timeZones: ['Europe/Mariehamn'],
  languages: ['sv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
