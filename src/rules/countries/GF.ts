import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// French Guiana. AWS South America table and the Twilio locale summary (two-way
// only; the sender table could not be read) read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: French Guiana', url: 'https://www.twilio.com/en/guidelines/gf/sms', kind: 'provider', reviewed: R } as const;

export const GF: CountryRules = /* @__PURE__ */ region({
  country: 'GF',
  name: 'French Guiana',
  reviewed: R,
  timeZones: ['America/Cayenne'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA] },
      registration: { value: 'none', sources: [S_AWS_SOUTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }] },
  },
});
