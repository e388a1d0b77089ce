import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Gambia. Twilio locale summary and s.dm guide read 2026-11-23; the Twilio sender table was not reached,
// not in the AWS Africa rows reached.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/gambia_gm.md, which names the page's address).
// The part of the stored twilio.com page read on 2026-11-23 (locale summary: no two-way) matches
// it, so the copy stands for the page (policy section 5). Its "Twilio supported" row is cited
// separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Gambia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gm/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Gambia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gm/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SDM = { title: 'Sent: Gambia SMS Guide', url: 'https://s.dm/resources/gambia-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GM: CountryRules = /* @__PURE__ */ region({
  country: 'GM',
  name: 'Gambia',
  reviewed: R,
  timeZones: ['Africa/Banjul'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SDM], note: 'Twilio marks dynamic names as supported by the operators and preserved; Sent (secondary) agrees for all networks.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SDM], note: 'Twilio: dynamic (unregistered) names are accepted; Sent (secondary) agrees.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks names as preserved. Vonage\'s 2024 page (compiled copy, secondary) says Gamcel replaces names; a secondary source does not override.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SDM], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SDM], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic numbers as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'Twilio\'s page and s.dm (secondary) say they offer no two-way SMS here: statements about providers\' offers, not about the operators.', sources: [S_TW_OFFER, S_SDM] },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators on every network except Comium, and preserved.' },
      restriction: {
        networks: ['Comium'],
        text: 'Comium rejects messages from international numbers; use a sender name to reach its subscribers.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
