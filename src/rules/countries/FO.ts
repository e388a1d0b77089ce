import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Faroe Islands. The AWS Europe table and a Twilio Faroe Islands SMS page could
// not be reached in the search index; only sent.dm guides were found (read 2026-11-23).
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/faroe_islands_fo.md, which names the page's
// address); no stored twilio.com page for the Faroe Islands was found, so the copy stands for the
// page (policy section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Faroe Islands (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/fo/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Faroe Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/fo/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Faroe Islands SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/fo_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const FO: CountryRules = /* @__PURE__ */ region({
  country: 'FO',
  name: 'Faroe Islands',
  reviewed: R,
  timeZones: ['Atlantic/Faeroe'],
  languages: ['fo', 'da'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'Twilio marks dynamic names as supported by the operators and preserved, with pre-registration not required. An older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list (secondary) agree; none asks for registration.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      twoWay: { value: 'unknown', note: 'sent.dm (secondary) lists no two-way SMS with current providers and Twilio\'s page says Twilio offers none: statements about providers\' offers, not about the operators.', sources: [S_SENT, S_TW_OFFER] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and preserved.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
    },
  },
});
