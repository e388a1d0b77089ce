import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cook Islands. AWS Oceania table read 2026-11-23. No Twilio page was found in
// the search index.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/cook_islands_ck.md); no stored
// twilio.com SMS page for Cook Islands was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Cook Islands (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ck/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Cook Islands, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ck/sms', kind: 'provider', reviewed: R4 } as const;

export const CK: CountryRules = /* @__PURE__ */ region({
  country: 'CK',
  name: 'Cook Islands',
  reviewed: R,
  timeZones: ['Pacific/Rarotonga'],
  languages: ['en', 'rar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_OCEANIA], note: 'Twilio: supported by the operators; AWS sells them.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_OCEANIA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for domestic long codes and Twilio does not sell them; AWS offers no local numbers. Both are offers, not evidence about the operators.', sources: [S_TWC, S_AWS_OCEANIA] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
      twoWay: {
        value: 'unknown',
        sources: [S_AWS_OCEANIA],
        note: 'AWS marks two-way SMS as available but offers no long or short codes here, so the reply route is unclear.',
      },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for short codes and Twilio does not sell them; AWS lists none. Both are offers, not evidence about the operators.', sources: [S_TWC, S_AWS_OCEANIA] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ] },
  },
});
