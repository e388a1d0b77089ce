import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tonga. Twilio locale summary read 2026-11-23 (its sender table was not in the
// search index). The AWS Oceania table's rows after Palau could not be read,
// so AWS is not cited. Sender-ID facts from Sent's Tonga guide and SureSMS's Tonga
// rules, read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Tonga', url: 'https://twilio.com/guidelines/to/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Tonga SMS guide', url: 'https://www.sent.dm/resources/tonga-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SURE = {
  title: 'SureSMS: SMS rules for Tonga',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/tonga/',
  kind: 'provider', reviewed: R,
} as const;

export const TO: CountryRules = /* @__PURE__ */ region({
  country: 'TO',
  name: 'Tonga',
  reviewed: R,
  timeZones: ['Pacific/Tongatapu'],
  languages: ['to', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT, S_SURE] },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
  },
});
