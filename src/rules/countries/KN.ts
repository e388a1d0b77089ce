import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// St. Kitts & Nevis. Only Sent's country guide was found on 2026-11-23; the row in the AWS
// North America table was not reachable in the stored copy. Sender rows re-read 2026-12-06
// against Twilio's guideline page, in a word-for-word copy that names the page (GitHub
// nevetsagetro/OKR-warranted, data/raw/st_kitts_and_nevis_kn.md). No stored twilio.com page
// for the country was found, so the copy stands for Twilio's page (policy section 5). The
// Bird and Infobip sections of that repository do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: St. Kitts and Nevis SMS guide', url: 'https://www.sent.dm/resources/st-kitts-and-nevis-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: St. Kitts and Nevis (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/kn/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: St. Kitts and Nevis, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/kn/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const KN: CountryRules = /* @__PURE__ */ region({
  country: 'KN',
  name: 'St. Kitts & Nevis',
  reviewed: R,
  timeZones: ['America/St_Kitts'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_SENT], note: 'Only Sent (secondary) says so; Twilio gives no value for pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Only Sent\'s guide (secondary) speaks: it lists no two-way SMS here, and fills the value. Twilio gives no operator value for domestic long codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page, marks international long codes as not supported by the operators, and decides; it still carries them, without keeping the number (its offer). Sent\'s guide (secondary) lists them as supported; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for short codes and does not sell them (its offer); only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
