import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Lesotho. Data Protection Africa factsheet read 2026-11-23. The AWS Africa row could not be read.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_DP = { title: 'Data Protection Africa: Lesotho factsheet', url: 'https://dataprotection.africa/lesotho/', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Lesotho', url: 'https://www.twilio.com/en-us/guidelines/ls/sms', kind: 'provider', reviewed: R } as const;

export const LS: CountryRules = /* @__PURE__ */ region({
  country: 'LS',
  name: 'Lesotho',
  reviewed: R,
  timeZones: ['Africa/Maseru'],
  languages: ['st', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not accept it; Twilio still delivers, with the name replaced by a short or long code.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not accept it; Twilio still sends it.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
  },
  dataProtection: { value: ['Data Protection Act, 2011 (Act No. 5 of 2012)'], sources: [S_DP] },
});
