import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Paraguay. AWS South America table and Mapp's country page read 2026-11-23;
// no Twilio page for Paraguay was found in the stored corpus.
const R = '2026-11-23' as const;
const S_MAPP = { title: 'Mapp Docs: Paraguay', url: 'https://docs.mapp.com/docs/paraguay.md', kind: 'provider', reviewed: R } as const;

export const PY: CountryRules = /* @__PURE__ */ region({
  country: 'PY',
  name: 'Paraguay',
  reviewed: R,
  timeZones: ['America/Asuncion'],
  languages: ['es', 'gn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_MAPP], note: 'Mapp: every operator replaces alphanumeric senders.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS offers no two-way SMS here.' },
    },
    'international-long-code': { senderIdPreserved: { value: false, sources: [S_MAPP], note: 'Mapp: every operator replaces numeric senders.' } },
    'short-code': { supported: { value: 'unknown', note: 'Mapp: operators replace short-code senders too. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }] },
  },
});
