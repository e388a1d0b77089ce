import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Niger. s.dm guide read 2026-11-23; not in the AWS Africa rows reached.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Niger SMS Guide', url: 'https://s.dm/resources/niger-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Niger', url: 'https://www.twilio.com/en-us/guidelines/ne/sms', kind: 'provider', reviewed: R } as const;

export const NE: CountryRules = /* @__PURE__ */ region({
  country: 'NE',
  name: 'Niger',
  reviewed: R,
  timeZones: ['Africa/Niamey'],
  languages: ['fr', 'ha'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SDM, S_TW], note: 's.dm and Twilio offer no two-way SMS here.' } },
    'international-long-code': {
      supported: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Twilio: Airtel and Orange replace numeric IDs with a generic name.' },
    },
  },
});
