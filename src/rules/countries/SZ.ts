import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Eswatini. IT Law Co summary and Sent guides (sender facts only) read 2026-11-23.
// The AWS Africa row could not be read and no Twilio page for Eswatini was found in the index.
const R = '2026-11-23' as const;
const S_DP = { title: 'IT Law Co: Data Protection Act 5 of 2022 (Eswatini)', url: 'https://itlawco.com/focus-areas/data-protection-and-privacy/data-protection-act-5-of-2022-eswatini/', kind: 'secondary', reviewed: R } as const;
const S_SENT = { title: 'Sent: Swaziland SMS Guide', url: 'https://www.s.dm/resources/swaziland-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_FR = { title: 'Sent: Eswatini (Swaziland) SMS Guide 2025', url: 'https://sent.dm/fr/resources/sms-compliance/swaziland-sms-guide', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Eswatini (Swaziland) SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/swaziland_sz.md); no
// stored twilio.com page for Eswatini was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Eswatini, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sz/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Eswatini, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sz/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SZ: CountryRules = /* @__PURE__ */ region({
  country: 'SZ',
  name: 'Eswatini',
  reviewed: R,
  timeZones: ['Africa/Mbabane'],
  languages: ['ss', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW4, S_SENT, S_SENT_FR], note: 'Twilio marks unregistered names as not supported by the operators; Sent (secondary) also tells senders to use a registered name.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4, S_SENT, S_SENT_FR] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'required', sources: [S_TW4, S_SENT, S_SENT_FR], note: 'Twilio: registration required, one registration for domestic and international traffic; promotional content cannot be registered.' },
      programme: 'sz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SENT_FR], note: "Only Sent's guide says so (MTN Eswatini)." },
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks international long codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'sz.sender-id',
      name: 'Sender ID registration with the mobile operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name with MTN Eswatini and Eswatini Mobile before sending; Sent puts MTN at about three weeks.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_SENT, S_SENT_FR],
    },
  ],
  dataProtection: { value: ['Data Protection Act, 2022 (Act No. 5 of 2022)'], sources: [S_DP] },
});
