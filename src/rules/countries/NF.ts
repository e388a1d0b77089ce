import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Norfolk Island. AWS Oceania table and Sent's Norfolk Island guide read
// 2026-11-23. No Twilio page was found in the search index.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Norfolk Island, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address (no stored twilio.com page for it was found, so the copy stands for the
// page). Its operator row is blank for every sender type; only its "Twilio supported" row
// speaks (no local numbers, no short codes), recorded as offers.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Norfolk Island SMS Guide', url: 'https://www.sent.dm/resources/norfolk-island-sms-guide', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Norfolk Island, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/nf/sms',
  kind: 'provider', reviewed: R4,
} as const;

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
      supported: { value: 'unknown', note: 'Neither Twilio (operator row blank) nor AWS says what the operators accept; neither sells local numbers here.', sources: [S_AWS_OCEANIA] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ],
      twoWay: { value: 'unknown', sources: [S_AWS_OCEANIA, S_SENT], note: 'AWS offers no two-way SMS here (an offer) and Sent (secondary) reports none; no page about the operators speaks.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells; Twilio\'s operator row is blank.', sources: [S_AWS_OCEANIA] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ] },
  },
});
