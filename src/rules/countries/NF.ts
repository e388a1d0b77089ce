import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Norfolk Island. AWS Oceania table and Sent's Norfolk Island guide read
// 2026-11-23. No Twilio page was found in the search index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Norfolk Island SMS Guide', url: 'https://www.sent.dm/resources/norfolk-island-sms-guide', kind: 'secondary', reviewed: R } as const;

export const NF: CountryRules = /* @__PURE__ */ region({
  country: 'NF',
  name: 'Norfolk Island',
  reviewed: R,
  timeZones: ['Pacific/Norfolk'],
  languages: ['en', 'pih'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_AWS_OCEANIA, S_SENT],
        note: 'AWS lists sender IDs as supported; Sent says they are not. The conservative value is taken.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_OCEANIA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_OCEANIA, S_SENT], note: 'AWS and Sent report no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_OCEANIA] } },
  },
});
