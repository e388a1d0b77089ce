import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Cayman Islands. AWS North America table, Twilio guidelines (locale summary only)
// and Sent's country guide read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Cayman Islands', url: 'https://www.twilio.com/en/guidelines/ky/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Cayman Islands SMS guide', url: 'https://www.sent.dm/resources/cayman-islands-sms-guide', kind: 'secondary', reviewed: R } as const;

const NOTE_ALPHA = 'AWS lists no sender-ID support; Sent says sender names work, so the safer answer is kept.';

export const KY: CountryRules = /* @__PURE__ */ region({
  country: 'KY',
  name: 'Cayman Islands',
  reviewed: R,
  timeZones: ['America/Cayman'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: { value: 'unknown', note: 'NOTE_ALPHA Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'NOTE_ALPHA Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_TW, S_SENT], note: 'AWS, Twilio and Sent offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }] },
  },
});
