import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Dominica. AWS North America table and Sent's country guide read 2026-11-23;
// no Twilio page for Dominica was found in the stored index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Dominica SMS guide', url: 'https://www.sent.dm/resources/dm-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const DM: CountryRules = /* @__PURE__ */ region({
  country: 'DM',
  name: 'Dominica',
  reviewed: R,
  timeZones: ['America/Dominica'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'AWS and Sent offer no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }] },
  },
});
