import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Azerbaijan. AWS Asia table, Twilio locale summary and Sent.dm read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Azerbaijan', url: 'https://www.twilio.com/en/guidelines/az/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Azerbaijan SMS guide', url: 'https://www.sent.dm/resources/az-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const AZ: CountryRules = /* @__PURE__ */ region({
  country: 'AZ',
  name: 'Azerbaijan',
  reviewed: R,
  timeZones: ['Asia/Baku'],
  languages: ['az'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_ASIA, S_SENT] },
      registration: { value: 'none', sources: [S_AWS_ASIA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_ASIA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: { value: false, sources: [S_AWS_ASIA, S_TW], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_ASIA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }] },
  },
});
