import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Palestinian Territories. Twilio guidelines (locale summary only; the sender
// table was not reachable) read 2026-11-23. The AWS Asia row could not be read.
// Sender IDs from Sent's FAQ.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Palestine, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address; it matches the part of the stored twilio.com page read on 2026-11-23
// (locale summary, two-way row), so it stands for the page. Its operator row decides
// `supported`; its "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Palestine', url: 'https://www.twilio.com/en/guidelines/ps/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Palestine SMS Guide (FAQ)', url: 'https://www.s.dm/resources/palestine-sms-guide', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Palestine (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ps/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Palestine, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ps/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PS: CountryRules = /* @__PURE__ */ region({
  country: 'PS',
  name: 'Palestinian Territories',
  reviewed: R,
  timeZones: ['Asia/Gaza', 'Asia/Hebron'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: 'Twilio marks dynamic names as supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): names may be replaced to get the message delivered.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not require pre-registration.' },
      registration: { value: 'none', sources: [S_TWC, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: 'unknown', sources: [S_TW], note: 'Twilio offers no two-way SMS here (an offer); no page about the operators speaks.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks international numbers as not supported by the operators (no numeric senders); it still tries them best effort, with the number replaced by a generic name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  content: {
    value: [
      { id: 'content.ps.loans', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No personal-loan or cryptocurrency content.', sources: [S_TW] },
      { id: 'content.ps.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.ps.sex', topic: 'sex', restriction: 'prohibited', text: 'No pornographic content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
