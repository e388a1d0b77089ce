import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Sierra Leone. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Sierra Leone SMS Guide', url: 'https://www.sent.dm/resources/sl-sms-guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Sierra Leone SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/sierra_leone_sl.md); no
// stored twilio.com page for Sierra Leone was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Sierra Leone, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sl/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Sierra Leone, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sl/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SL: CountryRules = /* @__PURE__ */ region({
  country: 'SL',
  name: 'Sierra Leone',
  reviewed: R,
  timeZones: ['Africa/Freetown'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, ...VONAGE_NAMES_ACCEPTED.sources], note: 'Twilio marks unregistered names as supported by the operators; it advises against generic names on Africell, which may be blocked or filtered. The 2024 Vonage page (compiled copy, secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, ...VONAGE_NO_REGISTRATION.sources] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks sender pre-registration as not supported by the operators; unregistered names are used instead.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks domestic long codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. Twilio offers no two-way SMS here and sent.dm says none is available (what providers sell).' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks international long codes as not supported by the operators, although it sells them (its offer).' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW4, S_SENT], note: 'Twilio marks short codes as supported by the operators; sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      leadTime: { value: { minDays: 28, maxDays: 56 }, sources: [S_SENT], note: 'Only sent.dm (secondary) gives a lead time.' },
    },
  },
});
