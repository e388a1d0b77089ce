import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Vanuatu. Sent's Vanuatu SMS guide and Twilio guidelines read 2026-11-23.
// Twilio sender table read from a stored copy of the page. The AWS Oceania
// table's rows after Palau could not be read, so AWS is not cited.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Vanuatu SMS Guide', url: 'https://www.sent.dm/resources/vu-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Vanuatu', url: 'https://www.twilio.com/en-us/guidelines/vu/sms', kind: 'provider', reviewed: R } as const;

export const VU: CountryRules = /* @__PURE__ */ region({
  country: 'VU',
  name: 'Vanuatu',
  reviewed: R,
  timeZones: ['Pacific/Efate'],
  languages: ['bi', 'en', 'fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 0, maxDays: 0 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT, S_TW], note: 'Sent and Twilio report no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not accept it; Twilio still delivers, with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
  },
});
