import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Gibraltar. The AWS Europe table and a Twilio Gibraltar SMS page could not be
// reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/gibraltar_uk_gi.md, which names the page's
// address); no stored twilio.com page for Gibraltar was found, so the copy stands for the page
// (policy section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Gibraltar (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gi/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Gibraltar, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gi/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Gibraltar (UK) SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/gibraltar-uk-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Gibraltar (UK) SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/gibraltar-(uk)-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GI: CountryRules = /* @__PURE__ */ region({
  country: 'GI',
  name: 'Gibraltar',
  reviewed: R,
  timeZones: ['Europe/Gibraltar'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT, S_SENT_2], note: 'Twilio marks dynamic names as supported by the operators and preserved, with no provisioning time.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic numbers as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'sent.dm (secondary) lists no two-way SMS through standard providers and Twilio\'s page says Twilio offers none: statements about providers\' offers, not about the operators.', sources: [S_SENT_2, S_TW_OFFER] },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT], note: 'Only sent.dm (secondary) says so, filling a value nothing better speaks to: Twilio\'s page leaves this column empty.' } },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s page says nothing of what the operators accept and Twilio sells none (offer). Only a secondary source (sent.dm) says they are not available, which does not establish what the operators accept.', sources: [S_SENT, S_TW_OFFER] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
});
