import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Pakistan. Twilio guidelines read 2026-11-23. Twilio sender table read from a
// stored copy of the page. The AWS Asia row for Pakistan could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Pakistan', url: 'https://www.twilio.com/en-us/guidelines/pk/sms', kind: 'provider', reviewed: R } as const;

export const PK: CountryRules = /* @__PURE__ */ region({
  country: 'PK',
  name: 'Pakistan',
  reviewed: R,
  timeZones: ['Asia/Karachi'],
  languages: ['ur', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Not all operators accept it; Twilio delivers but the ID may become a random short code or a generic name.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
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
      supported: { value: false, sources: [S_TW], note: 'Operators do not support foreign numbers; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: true, sources: [S_TW], note: 'Operators support short codes, but Twilio offers none.' } },
  },
  content: {
    value: [{ id: 'content.pk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] }],
    sources: [S_TW],
  },
});
