import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024 } from '../sources';
import type { CountryRules } from '../types';

// Grenada. Only Sent's country guide was found (read 2026-11-23). Grenada's row in
// the AWS North America table was not reachable in the stored copy, and no Twilio
// page for Grenada was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/grenada_gd.md, which names the page's address);
// no stored twilio.com page for Grenada was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Grenada (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gd/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Grenada, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gd/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Grenada SMS guide', url: 'https://sent.dm/resources/gd_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const GD: CountryRules = /* @__PURE__ */ region({
  country: 'GD',
  name: 'Grenada',
  reviewed: R,
  timeZones: ['America/Grenada'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks dynamic names as supported by the operators and preserved. Vonage\'s 2024 page (compiled copy, secondary) agrees and marks no network as needing registration.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'Sent (secondary) and Twilio\'s page say they offer no two-way SMS here: statements about providers\' offers, not about the operators.', sources: [S_SENT, S_TW_OFFER] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and preserved.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': { offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
});
