import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Croatia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Twilio, AWS Europe, SureSMS, OpenMarket and Messente queries
// did not surface a Croatia page.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Croatia SMS guide', url: 'https://www.sent.dm/resources/hr-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const HR: CountryRules = /* @__PURE__ */ region({
  country: 'HR',
  name: 'Croatia',
  reviewed: R,
  timeZones: ['Europe/Zagreb'],
  languages: ['hr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT], note: 'A1 may overwrite the ID.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm lists local numbers yet says two-way SMS is not offered; one-way is recorded.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] }, senderIdPreserved: { value: true, sources: [S_SENT] } },
  },
});
