import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Nicaragua. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages). The AWS North America row for
// Nicaragua could not be reached. Time zone as given by libphonenumber.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Nicaragua', url: 'https://www.twilio.com/en-us/guidelines/ni/sms', kind: 'provider', reviewed: R } as const;

export const NI: CountryRules = /* @__PURE__ */ region({
  country: 'NI',
  name: 'Nicaragua',
  reviewed: R,
  timeZones: ['America/Managua'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'The 2017 Twilio list and an older AWS table show no sender-name support; a 2024 Vonage copy says names work. Under the research policy this does not establish what the operators accept: only a secondary source (Twilio "International support for Alphanumeric Sender ID", 2017 copy (eGullGolf/countries-alphanumeric-sms-sender-support), AWS SNS Developer Guide, archived copy, Vonage "SMS Features and Restrictions" country pages, 2024, as compiled in whaleal/guide (JMC/5.SenderID.md)) says they are not available.', sources: [S_TWILIO_ALPHA_2017, S_AWS_SNS_ARCHIVE, S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators accept registered IDs and keep them unchanged.' },
      registration: { value: 'required', sources: [S_TW] },
      programme: 'ni.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW], note: 'Infobip says up to a week.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; Infobip offers it on local numbers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced by a short code.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; Bird offers short codes.' } },
  },
  registrations: [
    {
      id: 'ni.sender-id',
      name: 'Sender ID pre-registration with Claro Nicaragua',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with Claro before sending; most other traffic is shown with a default numeric sender.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW],
    },
  ],
});
