import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guinea. Twilio locale summary and sent.dm guide read 2026-11-23; the Twilio sender table was not reached,
// not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guinea', url: 'https://twilio.com/guidelines/gn/sms', reviewed: R } as const;
const S_SENT = { title: 'Sent: Guinea SMS Guide', url: 'https://sent.dm/resources/gn_sms_guidance', reviewed: R } as const;

export const GN: CountryRules = /* @__PURE__ */ region({
  country: 'GN',
  name: 'Guinea',
  reviewed: R,
  timeZones: ['Africa/Conakry'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': { twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and sent.dm offer no two-way SMS here.' } },
  },
});
