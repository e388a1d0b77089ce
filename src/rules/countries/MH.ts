import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Marshall Islands. AWS Oceania table read 2026-11-23: AWS offers no SMS sender type here.
// No Twilio page was found in the search index.
// Sender rows re-read 2026-12-06: Twilio's Marshall Islands page read in a word-for-word
// copy that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/marshall_islands_mh.md);
// the search of 2026-11-23 found no stored twilio.com page for the Marshall Islands (not re-searched
// today), so the copy stands for the page (policy section 5). AWS's table says what AWS sells.
const R = '2026-11-23' as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Marshall Islands (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mh/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Marshall Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mh/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MH: CountryRules = /* @__PURE__ */ region({
  country: 'MH',
  name: 'Marshall Islands',
  reviewed: R,
  timeZones: ['Pacific/Majuro'],
  languages: ['mh', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW], note: 'Twilio marks sender names as not supported by the operators. AWS\'s table lists none here, which says what AWS sells.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }, { provider: 'twilio', offered: false, sources: [S_TW_OFFER] }], twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for registered names. AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_TW, S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for domestic numbers. AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_TW, S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }],
      twoWay: { value: 'unknown', note: 'No source speaks to the operators; AWS and Twilio offer no two-way SMS here (their offers).', sources: [S_AWS_OCEANIA, S_TW_OFFER] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for short codes. AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_TW, S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }, { provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
});
