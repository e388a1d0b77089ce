import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Paraguay. AWS South America table and Mapp's country page read 2026-11-23;
// no Twilio page for Paraguay was found in the stored corpus.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Paraguay, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Paraguay was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_MAPP = { title: 'Mapp Docs: Paraguay', url: 'https://docs.mapp.com/docs/paraguay.md', kind: 'provider', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Paraguay (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/py/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Paraguay, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/py/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PY: CountryRules = /* @__PURE__ */ region({
  country: 'PY',
  name: 'Paraguay',
  reviewed: R,
  timeZones: ['America/Asuncion'],
  languages: ['es', 'gn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_MAPP, S_AWS_SOUTH_AMERICA], note: 'Twilio marks dynamic names as not supported by the operators; Mapp: every operator replaces alphanumeric senders.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks pre-registered names as not supported by the operators. AWS\'s country table lists none, which says what AWS sells.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks domestic numbers as not supported by the operators.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ],
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC, S_MAPP], note: 'Twilio marks international numbers as not supported by the operators; it still sells them, and the number is replaced by a random short code or local number. Mapp: every operator replaces numeric senders.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TWC, S_MAPP], note: 'Twilio and Mapp: numeric senders are replaced.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC, S_MAPP], note: 'Twilio marks short codes as supported by the operators, though it does not sell them here. Mapp (not a major provider) says operators replace short-code senders too; it does not override a major-provider page. AWS does not sell them (an offer).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ],
    },
  },
});
