import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Mauritius. DLA Piper read 2026-11-23. The AWS Africa row could not be read and no
// Twilio page for Mauritius was found in the index.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_DP = { title: 'DLA Piper Data Protection Laws of the World: Mauritius', url: 'https://dlapiperdataprotection.com/index.html?c=MU&t=law', kind: 'secondary', reviewed: R } as const;

export const MU: CountryRules = /* @__PURE__ */ region({
  country: 'MU',
  name: 'Mauritius',
  reviewed: R,
  timeZones: ['Indian/Mauritius'],
  languages: ['en', 'fr'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
  dataProtection: { value: ['Data Protection Act 2017'], sources: [S_DP] },
});
