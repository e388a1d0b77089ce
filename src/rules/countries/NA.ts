import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Namibia. The AWS Africa row could not be read in the search index (checked 2026-11-23).
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Namibia', url: 'https://www.twilio.com/en-us/guidelines/na/sms', kind: 'provider', reviewed: R } as const;
const OVERWRITTEN = 'Twilio: operators overwrite the sender with a generic name or a short code.';

export const NA: CountryRules = /* @__PURE__ */ region({
  country: 'NA',
  name: 'Namibia',
  reviewed: R,
  timeZones: ['Africa/Windhoek'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: OVERWRITTEN },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks registration as not required, and every alphanumeric ID is overwritten.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: OVERWRITTEN },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
});
