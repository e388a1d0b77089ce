import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mauritania. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06: Twilio's Mauritania page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/mauritania_mr.md); the search
// of 2026-11-23 found no stored twilio.com page for Mauritania (not re-searched today), so the copy
// stands for the page (policy section 5). Its operator row is blank for domestic numbers.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Mauritania SMS Guide', url: 'https://www.s.dm/resources/mr-sms-guidance', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Mauritania (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mr/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Mauritania, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mr/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MR: CountryRules = /* @__PURE__ */ region({
  country: 'MR',
  name: 'Mauritania',
  reviewed: R,
  timeZones: ['Africa/Nouakchott'],
  languages: ['ar'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks unregistered names as supported by the operators and kept unchanged; Vonage\'s 2024 page (compiled copy) agrees. Avoid generic names such as INFO or Verify.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only sent.dm speaks (two-way SMS not supported); Twilio offers none here either (its offer).' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW, S_SENT], note: 'Twilio marks international numbers as supported by the operators and kept unchanged, except on Chinguitel, where numeric senders fail.' },
      restriction: {
        networks: ['Chinguitel'],
        text: 'Messages from a numeric sender to Chinguitel subscribers fail; use a sender name for that network.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as not supported by the operators; sent.dm (secondary) agrees.' },
    },
  },
});
