import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Bahamas. AWS North America table and Sent's country guide read 2026-11-23;
// no Twilio page for the Bahamas was found in the stored index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Bahamas SMS guide', url: 'https://www.sent.dm/resources/bh-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const BS: CountryRules = /* @__PURE__ */ region({
  country: 'BS',
  name: 'Bahamas',
  reviewed: R,
  timeZones: ['America/Nassau'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Sent says local operators replace sender names with numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }] },
  },
});
