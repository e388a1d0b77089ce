import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Papua New Guinea. Twilio locale summary (its sender table was not in the
// search index) and Sent's PNG guide read 2026-11-23. The AWS Oceania table's
// rows after Palau could not be read, so AWS is not cited.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Papua New Guinea, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address; it matches the part of the stored twilio.com page read on 2026-11-23
// (locale summary, two-way row), so it stands for the page. Its operator row decides
// `supported`; its "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Papua New Guinea', url: 'https://www.twilio.com/en/guidelines/pg/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Papua New Guinea SMS Guide', url: 'https://www.sent.dm/resources/papa-new-guinea-sms-guide', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Papua New Guinea (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pg/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Papua New Guinea, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pg/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PG: CountryRules = /* @__PURE__ */ region({
  country: 'PG',
  name: 'Papua New Guinea',
  reviewed: R,
  timeZones: ['Pacific/Port_Moresby'],
  languages: ['en', 'tpi', 'ho'],
  senders: {
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TWC, ...VONAGE_NAMES_ACCEPTED.sources],
        note: 'Twilio marks dynamic names as supported by the operators and kept unchanged; the 2024 Vonage copy (secondary) agrees.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: VONAGE_NO_REGISTRATION,
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: 'unknown', sources: [S_TW, S_SENT], note: 'Twilio offers no two-way SMS here (an offer) and Sent (secondary) reports none; no page about the operators speaks.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks international numbers as not supported by the operators and advises sender names; it still accepts such traffic and tries to deliver it best effort, with the number not kept.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio marks short codes as not supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
});
