import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guadeloupe (France). No source was found (searched 2026-11-23): the row in the AWS
// North America table was not reachable in the stored copy, and no Twilio, Sent,
// SureSMS, Mapp or Vonage page for it turned up.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/guadeloupe_gp.md, which names the page's address);
// no stored twilio.com page for Guadeloupe was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guadeloupe (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gp/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Guadeloupe, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gp/sms',
  kind: 'provider', reviewed: T,
} as const;

export const GP: CountryRules = /* @__PURE__ */ region({
  country: 'GP',
  name: 'Guadeloupe',
  reviewed: R,
  timeZones: ['America/Guadeloupe'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks dynamic names as supported by the operators and preserved. Vonage\'s 2024 page (compiled copy, secondary) agrees and marks no network as needing registration.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': { offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators; Twilio still delivers them (its offer), with the number replaced by a short code or a generic name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
