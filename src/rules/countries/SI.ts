import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Slovenia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Twilio, AWS Europe, SureSMS, OpenMarket and Messente queries
// did not surface a Slovenia page.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Slovenia SMS guide', url: 'https://www.sent.dm/resources/si_sms_guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Slovenia SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/slovenia_si.md); no
// stored twilio.com page for Slovenia was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Slovenia, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/si/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Slovenia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/si/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SI: CountryRules = /* @__PURE__ */ region({
  country: 'SI',
  name: 'Slovenia',
  reviewed: R,
  timeZones: ['Europe/Ljubljana'],
  languages: ['sl'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_VONAGE_2024], note: 'Twilio, the only major-provider page, marks unregistered names as supported by the operators, and decides. The 2024 Vonage page (read in a compiled copy, secondary) says names must be registered on every network; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4, S_VONAGE_2024, S_SENT] },
      registration: { value: 'none', sources: [S_TW4, S_VONAGE_2024], note: 'Twilio, the only major-provider page, marks pre-registration as not required by the operators, and decides. The 2024 Vonage page (compiled copy, secondary) says registration is needed on every network; see the si.sender-id programme.' },
      programme: 'si.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks domestic long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW4_OFFER, S_SENT], note: 'Twilio offers no two-way SMS here and Sent (secondary) says none is offered; that says what providers sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': { supported: { value: false, sources: [S_TW4, S_SENT], note: 'Twilio marks short codes as not supported by the operators; Sent (secondary) agrees.' } },
  },
  registrations: [
    {
      id: 'si.sender-id',
      name: 'Sender ID registration with the provider for Slovenian networks',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender name before sending so that it is delivered on all Slovenian networks. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_VONAGE_2024],
    },
  ],
});
