import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Bermuda. AWS North America table, Twilio guidelines (locale summary only) and
// Sent's country guide read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bermuda', url: 'https://www.twilio.com/en/guidelines/bm/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Bermuda SMS guide', url: 'https://www.sent.dm/resources/bermuda-sms-guide', kind: 'secondary', reviewed: R } as const;

export const BM: CountryRules = /* @__PURE__ */ region({
  country: 'BM',
  name: 'Bermuda',
  reviewed: R,
  timeZones: ['Atlantic/Bermuda'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'AWS lists sender IDs as supported; Sent says only Digicel carries them, so treated as not supported. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'AWS and Sent offer no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_TW, S_SENT], note: 'AWS, Twilio and Sent offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_SENT] },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }] },
  },
});
