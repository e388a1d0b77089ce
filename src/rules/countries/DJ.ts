import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Djibouti. AWS Africa table and s.dm guide read 2026-11-23; no Twilio page found.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Djibouti SMS Guide', url: 'https://www.sent.dm/resources/djibouti-sms-guide', kind: 'secondary', reviewed: R } as const;

export const DJ: CountryRules = /* @__PURE__ */ region({
  country: 'DJ',
  name: 'Djibouti',
  reviewed: R,
  timeZones: ['Africa/Djibouti'],
  languages: ['fr', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_AFRICA] },
      registration: { value: 'none', sources: [S_AWS_AFRICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_AFRICA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_AFRICA, S_SDM], note: 'AWS and s.dm: no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SDM] } },
    'short-code': { supported: { value: false, sources: [S_AWS_AFRICA, S_SDM] } },
  },
});
