import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// St. Pierre & Miquelon (France). Twilio guidelines (locale summary only) and
// Sent's country guide read 2026-11-23. The territory was not seen in the reachable
// part of the AWS North America table.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for St Pierre and Miquelon,
// through a word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that
// names the page's address; it matches the part of the stored twilio.com page that could be
// read (locale summary, two-way row, opening of the compliance text), so it stands for the
// page. Its operator row decides `supported`; its "Twilio supported" row is recorded as offers.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: St Pierre and Miquelon', url: 'https://static1.twilio.com/guidelines/pm/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: St Pierre and Miquelon SMS guide', url: 'https://www.sent.dm/resources/st-pierre-and-miquelon-sms-guide', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: St Pierre and Miquelon (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pm/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: St Pierre and Miquelon, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pm/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PM: CountryRules = /* @__PURE__ */ region({
  country: 'PM',
  name: 'St. Pierre & Miquelon',
  reviewed: R,
  timeZones: ['America/Miquelon'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: 'Twilio marks dynamic names as supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio marks domestic numbers as supported by the operators, though it does not sell them here.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: 'unknown', sources: [S_TW, S_SENT], note: 'Twilio offers no two-way SMS here (an offer) and Sent (secondary) reports none; no page about the operators speaks.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT], note: 'Only Sent\'s guide (secondary) says so; it fills the value because Twilio\'s operator row is blank here and nothing better speaks.' } },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
});
