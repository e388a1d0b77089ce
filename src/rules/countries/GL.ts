import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Greenland. AWS North America table and Sent's country guide read 2026-11-23;
// no Twilio page for Greenland was found in the stored index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Greenland SMS guide', url: 'https://sent.dm/resources/gl_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const GL: CountryRules = /* @__PURE__ */ region({
  country: 'GL',
  name: 'Greenland',
  reviewed: R,
  timeZones: ['America/Godthab', 'America/Scoresbysund', 'America/Thule'],
  languages: ['kl', 'da'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA] },
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }] },
  },
});
