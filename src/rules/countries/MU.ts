import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mauritius. DLA Piper read 2026-11-23. The AWS Africa row could not be read and no
// Twilio page for Mauritius was found in the index.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06: Twilio's Mauritius page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/mauritius_mu.md); the search
// of 2026-11-23 found no stored twilio.com page for Mauritius (not re-searched today), so the copy
// stands for the page (policy section 5). Its operator row is blank for registered names.
const R = '2026-11-23' as const;
const S_DP = { title: 'DLA Piper Data Protection Laws of the World: Mauritius', url: 'https://dlapiperdataprotection.com/index.html?c=MU&t=law', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Mauritius (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mu/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Mauritius, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mu/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MU: CountryRules = /* @__PURE__ */ region({
  country: 'MU',
  name: 'Mauritius',
  reviewed: R,
  timeZones: ['Indian/Mauritius'],
  languages: ['en', 'fr'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks unregistered names as supported by the operators and kept unchanged; Vonage\'s 2024 page (compiled copy) agrees.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_VONAGE_2024], note: 'Secondary fill: Twilio\'s pre-registration column is blank; only the Vonage 2024 copy speaks.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic long codes as not supported by the operators.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
    },
  },
  dataProtection: { value: ['Data Protection Act 2017'], sources: [S_DP] },
});
