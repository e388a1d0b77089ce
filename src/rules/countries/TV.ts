import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tuvalu. Twilio locale summary read 2026-11-23 (its sender table was not in the
// search index). The AWS Oceania table's rows after Palau could not be read,
// so AWS is not cited. Sent's Tuvalu guide (sender facts) read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's Tuvalu guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/tuvalu_tv.md, which names the page). The stored twilio.com page
// shows only its locale summary, which the copy matches, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Tuvalu (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tv/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Tuvalu, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tv/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Tuvalu SMS guide', url: 'https://www.sent.dm/resources/tuvalu-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TV: CountryRules = /* @__PURE__ */ region({
  country: 'TV',
  name: 'Tuvalu',
  reviewed: R,
  timeZones: ['Pacific/Funafuti'],
  languages: ['tvl', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: "Twilio's operator row marks unregistered names as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: "Twilio's operator row leaves pre-registration blank; only a secondary source (sent.dm) says names are not available, which under the research policy does not establish what the operators accept.", sources: [S_TWC, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as supported; Twilio itself does not sell them here." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC], note: 'Twilio says only that it offers no two-way SMS here (its offer); no page says what the operator does.' },
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row is blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
