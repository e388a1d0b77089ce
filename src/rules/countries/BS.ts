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
      supported: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'Sent says local operators replace sender names with numbers.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_NORTH_AMERICA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_NORTH_AMERICA] } },
  },
});
