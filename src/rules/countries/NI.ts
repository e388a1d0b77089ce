import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Nicaragua. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages). The AWS North America row for
// Nicaragua could not be reached. Time zone as given by libphonenumber.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Nicaragua, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Nicaragua was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Nicaragua', url: 'https://www.twilio.com/en-us/guidelines/ni/sms', kind: 'provider', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Nicaragua (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ni/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Nicaragua, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ni/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const NI: CountryRules = /* @__PURE__ */ region({
  country: 'NI',
  name: 'Nicaragua',
  reviewed: R,
  timeZones: ['America/Managua'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TWC, S_VONAGE_2024, S_TWILIO_ALPHA_2017, S_AWS_SNS_ARCHIVE],
        note: 'Twilio marks dynamic names as supported by the operators, with limits by network; the 2024 Vonage copy (secondary) also says names work. The 2017 Twilio list and the archived AWS table (secondary) showed none; they do not override a current provider page.',
      },
      restriction: {
        networks: ['Claro'],
        text: 'Outside Movistar the name is replaced by a short code, and unregistered names reach Claro on a best-effort basis only.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: operators accept registered IDs and keep them unchanged; pre-registration exists only with Claro.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: {
        value: 'recommended',
        sources: [S_TWC],
        note: 'Twilio marks pre-registration as supported, not required, and advises registering for Claro because unregistered names reach it only best effort.',
      },
      programme: 'ni.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TWC], note: 'Infobip says up to a week.' },
      senderIdPreserved: { value: true, sources: [S_TWC] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks domestic numbers as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; Infobip offers it on local numbers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Operators do not support it; Twilio delivers with the number replaced by a short code.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TWC] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio says operators do not support it; Bird offers short codes (compiled copy, secondary).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  registrations: [
    {
      id: 'ni.sender-id',
      name: 'Sender ID pre-registration with Claro Nicaragua',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with Claro before sending; most other traffic is shown with a default numeric sender. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW],
    },
  ],
});
