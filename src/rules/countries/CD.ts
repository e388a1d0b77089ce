import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Congo - Kinshasa. AWS Africa table and Twilio guidelines read 2026-11-23.
// Twilio sender table read from a stored copy of the page.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Democratic Republic of the Congo', url: 'https://www.twilio.com/en/guidelines/cd/sms', kind: 'provider', reviewed: R } as const;

export const CD: CountryRules = /* @__PURE__ */ region({
  country: 'CD',
  name: 'Congo - Kinshasa',
  reviewed: R,
  timeZones: ['Africa/Kinshasa', 'Africa/Lubumbashi'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_AFRICA, S_TW] },
      registration: { value: 'none', sources: [S_AWS_AFRICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): Orange may replace names with a short code; Twilio says names are kept. The stricter answer is kept.' },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_AWS_AFRICA, S_TW],
        note: 'AWS offers no local numbers; Twilio says operators accept them but does not offer them. The conservative value is kept.',
      },
      twoWay: { value: false, sources: [S_AWS_AFRICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: Airtel does not deliver numeric sender IDs.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_AWS_AFRICA, S_TW],
        note: 'AWS offers no short codes; Twilio says operators accept them but does not offer them. The conservative value is kept.',
      },
    },
  },
});
