import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tajikistan. Only the Sent.dm guide was found. No Twilio or AWS row was reachable.
// Sender IDs re-read from Sent's FAQ.
// Sender rows re-read 2026-12-06 from Twilio's Tajikistan guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/tajikistan_tj.md, which names the page). No stored twilio.com
// page for Tajikistan was found to compare it with, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Tajikistan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tj/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Tajikistan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tj/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Tajikistan SMS guide', url: 'https://www.sent.dm/resources/tajikistan-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TJ: CountryRules = /* @__PURE__ */ region({
  country: 'TJ',
  name: 'Tajikistan',
  reviewed: R,
  timeZones: ['Asia/Dushanbe'],
  languages: ['tg'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: "Twilio's operator row marks unregistered names as supported and decides. Sent's guide (secondary) says unregistered names may be blocked or replaced; it does not override." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) speaks; Twilio's page leaves pre-registration blank." },
      registration: {
        value: 'required',
        sources: [S_SENT],
        note: "Only Sent's guide (secondary) speaks: registering keeps the name from being blocked or replaced.",
      },
      programme: 'tj.sender-id',
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row leaves domestic long codes blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) speaks: through registered numbers and authorised local partners only. Twilio offers no two-way SMS here (its offer)." },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks international long codes as supported." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row leaves short codes blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'tj.sender-id',
      name: 'Sender ID pre-registration with the Tajik operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name through a partner connected to the Tajik operators so it is not blocked or replaced.',
      sources: [S_SENT],
    },
  ],
});
