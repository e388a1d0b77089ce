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
      supported: { value: 'unknown', note: 'AWS lists sender IDs as supported; Sent says they are not. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_OCEANIA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }],
      twoWay: { value: false, sources: [S_AWS_OCEANIA, S_SENT], note: 'AWS and Sent report no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }] },
  },
});
