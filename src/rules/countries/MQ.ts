import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Martinique (France). Only Sent's country guide was found (read 2026-11-23). The
// row in the AWS North America table was not reachable in the stored copy, and no
// Twilio page was found.
// Sender rows re-read 2026-12-06: Twilio's Martinique page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/martinique_france_mq.md); the
// search of 2026-11-23 found no stored twilio.com page for Martinique (not re-searched today), so the
// copy stands for the page (policy section 5). Its operator rows are all blank: it records only what
// Twilio sells, so the values below still rest on Sent (secondary fill).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Martinique SMS guide', url: 'https://www.sent.dm/resources/martinique-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Martinique, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mq/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MQ: CountryRules = /* @__PURE__ */ region({
  country: 'MQ',
  name: 'Martinique',
  reviewed: R,
  timeZones: ['America/Martinique'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT], note: 'Secondary fill: Twilio\'s operator row is blank (it sells sender names here); only Sent speaks.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: Sent offers no two-way SMS here; Twilio offers none either (its offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_SENT], note: 'Secondary fill: Twilio\'s page is blank for international numbers; only Sent speaks.' },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for short codes; only a secondary source (sent.dm) says they are not available, which does not establish what the operators accept.', sources: [S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
