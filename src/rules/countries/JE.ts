import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Jersey. The AWS Europe table and a Twilio Jersey SMS page could not be
// reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
const S_SENT_2 = { title: 'Sent: Jersey SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/jersey-sms-guide', kind: 'secondary', reviewed: R } as const;

export const JE: CountryRules = /* @__PURE__ */ region({
  country: 'JE',
  name: 'Jersey',
  reviewed: R,
  timeZones: ['Europe/Jersey'],
  languages: ['en', 'fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      twoWay: { value: true, sources: [S_SENT_2], note: 'Only sent.dm was found; it lists two-way SMS as supported.' },
    },
  },
});
