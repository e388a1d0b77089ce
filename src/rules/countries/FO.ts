import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Faroe Islands. The AWS Europe table and a Twilio Faroe Islands SMS page could
// not be reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Faroe Islands SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/fo_sms_guidance', reviewed: R } as const;

export const FO: CountryRules = /* @__PURE__ */ region({
  country: 'FO',
  name: 'Faroe Islands',
  reviewed: R,
  timeZones: ['Atlantic/Faeroe'],
  languages: ['fo', 'da'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm lists no two-way SMS with current providers.' },
    },
  },
});
