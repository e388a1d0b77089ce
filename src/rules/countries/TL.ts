import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Timor-Leste. Only the Twilio locale summary was reachable (read 2026-11-23);
// its sender table and the AWS Asia row for Timor-Leste could not be read.
// Sender IDs from Sent's FAQ and SureSMS.
// Sender rows re-read 2026-12-06 from Twilio's Timor-Leste guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/timor_leste_tl.md, which names the page). The stored twilio.com
// page shows only its locale summary, which the copy matches, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Timor-Leste (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tl/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Timor-Leste, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tl/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Timor-Leste SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/tl-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Timor-Leste', url: 'https://suresms.com/en/landing-control/timor-leste/', kind: 'provider', reviewed: R } as const;

export const TL: CountryRules = /* @__PURE__ */ region({
  country: 'TL',
  name: 'Timor-Leste',
  reviewed: R,
  timeZones: ['Asia/Dili'],
  languages: ['pt', 'tet'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TWC], note: "Twilio's operator row marks unregistered names as supported, but says every name sent to Telkomcel must be registered. Sent (secondary) says the same of Telkomcel; SureSMS only says names are allowed." },
      restriction: {
        networks: ['Telkomcel'],
        text: 'Telkomcel takes only registered sender names; an unregistered name sent to its subscribers risks being blocked. Other networks take unregistered names.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SENT, S_SURE] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'required', sources: [S_TWC, S_SENT], note: 'Twilio: required for Telkomcel, with no split between international and domestic traffic; about two weeks.' },
      programme: 'tl.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_SENT] },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not applicable." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC], note: 'Twilio says only that it offers no two-way SMS here (its offer); no page says what the operators do.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks international long codes as supported." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row marks short codes as not applicable." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'tl.sender-id',
      name: 'Sender ID pre-registration with Telkomcel',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name with Telkomcel before sending.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_SENT],
    },
  ],
});
