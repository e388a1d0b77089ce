import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Namibia. The AWS Africa row could not be read in the search index (checked 2026-11-23).
// Twilio sender table read from a stored copy of the page.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Namibia, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Namibia was found to compare it with, so
// the copy stands for the page. It agrees with every sender value read on 2026-11-23; its
// "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Namibia', url: 'https://www.twilio.com/en-us/guidelines/na/sms', kind: 'provider', reviewed: R } as const;
const OVERWRITTEN = 'Twilio: operators overwrite the sender with a generic name or a short code.';

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Namibia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/na/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Namibia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/na/sms',
  kind: 'provider', reviewed: R4,
} as const;
const TW_NO = [{ provider: 'twilio', offered: false, sources: [S_TWO] }] as const;

export const NA: CountryRules = /* @__PURE__ */ region({
  country: 'NA',
  name: 'Namibia',
  reviewed: R,
  timeZones: ['Africa/Windhoek'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: OVERWRITTEN },
      offers: TW_NO,
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TWC] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks registration as not required, and every alphanumeric ID is overwritten.' },
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC] },
      offers: TW_NO,
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: OVERWRITTEN },
      offers: TW_NO,
      senderIdPreserved: { value: false, sources: [S_TWC] },
    },
    'short-code': { supported: { value: false, sources: [S_TWC] }, offers: TW_NO },
  },
});
