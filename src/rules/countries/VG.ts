import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024 } from '../sources';
import type { CountryRules } from '../types';

// British Virgin Islands. Only Sent's country guide was found (read 2026-11-23).
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's British Virgin Islands guideline page, read in a verbatim
// copy (nevetsagetro/OKR-warranted, data/raw/british_virgin_islands_uk_vg.md, which names the page). No
// stored twilio.com page for the territory was found, so the copy stands for the page (section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: British Virgin Islands (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/vg/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: British Virgin Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/vg/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: British Virgin Islands SMS guide', url: 'https://www.sent.dm/resources/vg-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const VG: CountryRules = /* @__PURE__ */ region({
  country: 'VG',
  name: 'British Virgin Islands',
  reviewed: R,
  timeZones: ['America/Tortola'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_VONAGE_2024], note: "Twilio's operator row marks unregistered names as supported; Vonage's 2024 page (compiled copy, secondary) agrees." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_TWC, S_VONAGE_2024], note: 'Twilio marks pre-registration as not required by the operators.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not supported." },
      twoWay: { value: false, sources: [S_TWC, S_SENT], note: 'Follows from not supported; Twilio and Sent also offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks international long codes as supported." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks short codes as not supported." } },
  },
});
