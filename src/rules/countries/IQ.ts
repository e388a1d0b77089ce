import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iraq. Twilio guidelines read 2026-11-23. Twilio sender table read from a stored
// copy of the page. The AWS Asia row for Iraq could not be read.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Iraq', url: 'https://www.twilio.com/en-us/guidelines/iq/sms', kind: 'provider', reviewed: R } as const;

export const IQ: CountryRules = /* @__PURE__ */ region({
  country: 'IQ',
  name: 'Iraq',
  reviewed: R,
  timeZones: ['Asia/Baghdad'],
  languages: ['ar', 'ku'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): Asiacell may change the sender; Twilio says names are kept. The stricter answer is kept.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Zain rejects numeric senders; Korek replaces them with a generic name.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  obligations: [
    {
      id: 'identification.iq.no-generic-sender',
      category: 'identification',
      level: 'recommended',
      text: 'Use a sender name that matches the brand and content; generic names mostly fail.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW],
    },
  ],
});
