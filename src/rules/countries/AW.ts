import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Aruba. AWS North America table, Mapp's country page and Sent's country guide
// read 2026-11-23; no Twilio page for Aruba was found in the stored index.
const R = '2026-11-23' as const;
const S_MAPP = { title: 'Mapp Docs: Aruba', url: 'https://docs.mapp.com/docs/aruba.md', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Aruba SMS guide', url: 'https://www.sent.dm/resources/aruba-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AW: CountryRules = /* @__PURE__ */ region({
  country: 'AW',
  name: 'Aruba',
  reviewed: R,
  timeZones: ['America/Aruba'],
  languages: ['nl', 'pap'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_MAPP, S_SENT] },
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'AWS offers no local numbers; Sent calls domestic long codes restricted. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT, S_MAPP], note: 'Mapp marks numeric senders as delivered on SETAR and Digicel.' } },
    'short-code': {
      supported: { value: 'unknown', note: 'AWS offers none; Sent says availability is limited; Mapp marks a short-code sender as delivered. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
    },
  },
  content: {
    value: [
      { id: 'content.aw.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_MAPP] },
      { id: 'content.aw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_MAPP] },
      { id: 'content.aw.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_MAPP] },
      { id: 'content.aw.violence', topic: 'other', restriction: 'prohibited', text: 'No violent content.', sources: [S_MAPP] },
    ],
    sources: [S_MAPP],
    note: 'Mapp says betting content is allowed.',
  },
});
