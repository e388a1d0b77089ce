import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guernsey. The AWS Europe table and a Twilio Guernsey SMS page could not be
// reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Guernsey SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/guernsey-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Guernsey SMS Best Practices, Compliance, and Features', url: 'https://s.dm/resources/guernsey-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GG: CountryRules = /* @__PURE__ */ region({
  country: 'GG',
  name: 'Guernsey',
  reviewed: R,
  timeZones: ['Europe/Guernsey'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT, S_SENT_2], note: 'sent.dm lists no two-way SMS through major providers.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
