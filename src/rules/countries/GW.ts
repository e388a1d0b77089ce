import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guinea-Bissau. Only the s.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Guinea-Bissau SMS Guide', url: 'https://s.dm/resources/guinea-bissau-sms-guide', reviewed: R } as const;

export const GW: CountryRules = /* @__PURE__ */ region({
  country: 'GW',
  name: 'Guinea-Bissau',
  reviewed: R,
  timeZones: ['Africa/Bissau'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': { twoWay: { value: false, sources: [S_SDM], note: 's.dm says two-way SMS is not supported.' } },
  },
});
