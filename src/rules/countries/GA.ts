import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Gabon. AFAPDP and Medias241 read 2026-11-23 for the data-protection law. The
// AWS Africa row could not be read and no Twilio page was found in the index.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/gabon_ga.md, which names the page's address);
// no stored twilio.com page for Gabon was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Gabon (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ga/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Gabon, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ga/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_AFAPDP = { title: 'AFAPDP: Gabon adopts a data protection law (2011)', url: 'https://afapdp.org/archives/110', kind: 'secondary', reviewed: R } as const;
const S_MEDIAS241 = { title: 'Medias241: Gabon, draft ordinance amending Law No. 001/2011', url: 'https://medias241.com/gabon-un-projet-dordonnance-pour-cadrer-les-reseaux-sociaux/', kind: 'secondary', reviewed: R } as const;

export const GA: CountryRules = /* @__PURE__ */ region({
  country: 'GA',
  name: 'Gabon',
  reviewed: R,
  timeZones: ['Africa/Libreville'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks dynamic names as supported by the operators; generic names such as INFO or Verify should be avoided. Vonage\'s 2024 page (compiled copy, secondary) agrees and marks no network as needing registration.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic numbers as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  dataProtection: {
    value: ['Law No. 001/2011 of 25 September 2011 on the protection of personal data'],
    sources: [S_AFAPDP, S_MEDIAS241],
  },
});
