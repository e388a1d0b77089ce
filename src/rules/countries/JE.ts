import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Jersey. The AWS Europe table could not be reached in the search index; sent.dm guides
// read 2026-11-23. Sender rows re-read 2026-12-06 against Twilio's guideline page for
// Jersey, in a word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/jersey_je.md). No stored twilio.com page for Jersey was found, so the copy
// stands for Twilio's page (policy section 5). The Bird and Infobip sections of that file
// do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT_2 = { title: 'Sent: Jersey SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/jersey-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Jersey (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/je/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Jersey, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/je/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const JE: CountryRules = /* @__PURE__ */ region({
  country: 'JE',
  name: 'Jersey',
  reviewed: R,
  timeZones: ['Europe/Jersey'],
  languages: ['en', 'fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators; it says its local numbers are for domestic messaging only.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_SENT_2, S_TW], note: 'sent.dm lists two-way SMS as supported; Twilio offers two-way SMS here.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators and points to its UK short-code requirements.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
  },
});
