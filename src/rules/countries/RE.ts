import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Réunion. Checked 2026-11-23: the AWS Africa row could not be
// read, no Twilio page was found, and only an unreliable vendor guide turned up.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Réunion, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Réunion was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Réunion (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/re/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Réunion, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/re/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const RE: CountryRules = /* @__PURE__ */ region({
  country: 'RE',
  name: 'Réunion',
  reviewed: R,
  timeZones: ['Indian/Reunion'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TWC, ...VONAGE_NAMES_ACCEPTED.sources],
        note: 'Twilio marks dynamic names as supported by the operators and kept unchanged; the 2024 Vonage copy (secondary) agrees.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, ...VONAGE_NO_REGISTRATION.sources] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: the operators do not require pre-registration.' },
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks international numbers as not supported by the operators; it still sells them, and the number is generally replaced by a random short code.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio marks short codes as supported by the operators, though it does not sell them here.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
});
