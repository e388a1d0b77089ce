import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Madagascar. DataGuidance summary read 2026-11-23. The AWS Africa row could not be read
// and no Twilio page for Madagascar was found in the index.
const R = '2026-11-23' as const;
const S_DP = { title: 'DataGuidance: Madagascar jurisdiction summary', url: 'https://www.dataguidance.com/jurisdiction/madagascar', kind: 'secondary', reviewed: R } as const;

export const MG: CountryRules = /* @__PURE__ */ region({
  country: 'MG',
  name: 'Madagascar',
  reviewed: R,
  timeZones: ['Indian/Antananarivo'],
  languages: ['mg', 'fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
  dataProtection: { value: ['Law No. 2014-038 on the Protection of Personal Data'], sources: [S_DP] },
});
