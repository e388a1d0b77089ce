import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guernsey. The AWS Europe table and a Twilio Guernsey SMS page could not be
// reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/guernsey_gg.md, which names the page's address);
// no stored twilio.com page for Guernsey was found, so the copy stands for the page (policy
// section 5). Its operator rows are empty; only its "Twilio supported" row (offers) speaks.
const T = '2026-12-06' as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Guernsey, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gg/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Guernsey SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/guernsey-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Guernsey SMS Best Practices, Compliance, and Features', url: 'https://s.dm/resources/guernsey-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GG: CountryRules = /* @__PURE__ */ region({
  country: 'GG',
  name: 'Guernsey',
  reviewed: R,
  timeZones: ['Europe/Guernsey'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'sent.dm (secondary) lists no two-way SMS through major providers and Twilio\'s page says Twilio offers none: statements about providers\' offers, not about the operators.', sources: [S_SENT, S_SENT_2, S_TW_OFFER] },
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s page says nothing of what the operators accept and Twilio sells none (offer). Only a secondary source (sent.dm) says they are not available, which does not establish what the operators accept.', sources: [S_SENT, S_TW_OFFER] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
});
