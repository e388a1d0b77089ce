import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kyrgyzstan. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). No Twilio or AWS row was reachable.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Kyrgyzstan SMS guide', url: 'https://www.sent.dm/resources/kyrgyzstan-sms-guide', kind: 'secondary', reviewed: R } as const;

export const KG: CountryRules = /* @__PURE__ */ region({
  country: 'KG',
  name: 'Kyrgyzstan',
  reviewed: R,
  timeZones: ['Asia/Bishkek'],
  languages: ['ky', 'ru'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not supported.' } },
    'international-long-code': { supported: { value: true, sources: [S_SENT] }, senderIdPreserved: { value: false, sources: [S_SENT] } },
  },
});
