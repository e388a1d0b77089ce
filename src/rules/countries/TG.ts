import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Togo. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Togo SMS Guide', url: 'https://www.sent.dm/resources/togo-sms-guide', reviewed: R } as const;

export const TG: CountryRules = /* @__PURE__ */ region({
  country: 'TG',
  name: 'Togo',
  reviewed: R,
  timeZones: ['Africa/Lome'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'sent.dm says two-way SMS is not supported.' } },
    'short-code': { supported: { value: false, sources: [S_SENT] } },
  },
});
