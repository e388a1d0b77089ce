import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Niue. AWS Oceania table and Twilio locale summary read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Niue', url: 'https://www.twilio.com/en/guidelines/nu/sms', kind: 'provider', reviewed: R } as const;

export const NU: CountryRules = /* @__PURE__ */ region({
  country: 'NU',
  name: 'Niue',
  reviewed: R,
  timeZones: ['Pacific/Niue'],
  languages: ['niu', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_OCEANIA] },
      registration: { value: 'none', sources: [S_AWS_OCEANIA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }],
      twoWay: { value: false, sources: [S_AWS_OCEANIA, S_TW], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }] },
  },
});
