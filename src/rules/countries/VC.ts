import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// St. Vincent & Grenadines. Only Sent's country guide was found (read 2026-11-23).
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's St Vincent and the Grenadines guideline page, read in a
// verbatim copy (nevetsagetro/OKR-warranted, data/raw/saint_vincent_and_the_grenadines_vc.md, which names
// the page). No stored twilio.com page for the country was found, so the copy stands for the page (section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: St Vincent and the Grenadines (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/vc/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: St Vincent and the Grenadines, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/vc/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Saint Vincent and the Grenadines SMS guide', url: 'https://sent.dm/resources/vc_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const VC: CountryRules = /* @__PURE__ */ region({
  country: 'VC',
  name: 'St. Vincent & Grenadines',
  reviewed: R,
  timeZones: ['America/St_Vincent'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_VONAGE_2024], note: "Twilio's operator row marks unregistered names as supported; Vonage's 2024 page (compiled copy, secondary) agrees." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: VONAGE_NO_REGISTRATION,
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row leaves domestic long codes blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: 'Twilio says only that it offers no two-way SMS here (its offer); Sent (secondary) says the same of its own service. No page says what the operators do.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks short codes as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
