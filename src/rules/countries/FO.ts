import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Faroe Islands. The AWS Europe table and a Twilio Faroe Islands SMS page could
// not be reached in the search index; only sent.dm guides were found (read 2026-11-23).
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
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
        sources: [S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'An older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list all accept names; none asks for registration.',
      },
      registration: { value: 'none', sources: [S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm lists no two-way SMS with current providers.' },
    },
  },
});
