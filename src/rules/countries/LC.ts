import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// St. Lucia. Only Sent's country guide was found on 2026-11-23; the row in the AWS North
// America table was not reachable in the stored copy. Sender rows re-read 2026-12-06 against
// Twilio's guideline page for St. Lucia, in a word-for-word copy that names the page (GitHub
// nevetsagetro/OKR-warranted, data/raw/saint_lucia_lc.md). No stored twilio.com page for
// St. Lucia was found, so the copy stands for Twilio's page (policy section 5). The Bird and
// Infobip sections of that repository do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: Saint Lucia SMS guide', url: 'https://sent.dm/resources/lc_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: St. Lucia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lc/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: St. Lucia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lc/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const LC: CountryRules = /* @__PURE__ */ region({
  country: 'LC',
  name: 'St. Lucia',
  reviewed: R,
  timeZones: ['America/St_Lucia'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for domestic long codes and does not sell them (its offer); only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Only Sent\'s guide (secondary) speaks: it lists no two-way SMS here, and fills the value.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for short codes and does not sell them (its offer); only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
