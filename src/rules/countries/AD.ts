import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Andorra. The AWS Europe table could not be reached in the search index; the
// Twilio page's locale summary and the sent.dm guide were read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Andorra', url: 'https://www.twilio.com/en/guidelines/ad/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Andorra SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/andorra-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AD: CountryRules = /* @__PURE__ */ region({
  country: 'AD',
  name: 'Andorra',
  reviewed: R,
  timeZones: ['Europe/Andorra'],
  languages: ['ca'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and sent.dm list no two-way SMS here.' },
    },
  },
});
