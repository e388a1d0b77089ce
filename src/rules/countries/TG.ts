import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Togo. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's Togo guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/togo_tg.md, which names the page). No stored twilio.com
// page for Togo was found to compare it with, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Togo (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tg/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Togo, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tg/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Togo SMS Guide', url: 'https://www.sent.dm/resources/togo-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TG: CountryRules = /* @__PURE__ */ region({
  country: 'TG',
  name: 'Togo',
  reviewed: R,
  timeZones: ['Africa/Lome'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_VONAGE_2024], note: "Twilio's operator row marks unregistered names as supported; Vonage's 2024 page (compiled copy, secondary) agrees." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_TWC, S_VONAGE_2024], note: 'Twilio marks pre-registration as not required by the operators.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as supported." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: "Twilio says only that it offers no two-way SMS here (its offer); sent.dm (secondary) repeats that as a country fact. No page says whether the operators route replies to a local number." },
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks short codes as not supported; sent.dm (secondary) agrees. The Bird section of a compiled copy (secondary) lists short codes; it does not override." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
