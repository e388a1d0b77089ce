import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Seychelles. DataGuidance summary and Sent guide (sender facts only) read 2026-11-23.
// The AWS Africa row could not be read and no Twilio page for Seychelles was found in the index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Seychelles SMS Guide', url: 'https://www.sent.dm/resources/sc-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_DP = { title: 'DataGuidance: Seychelles jurisdiction summary', url: 'https://www.dataguidance.com/jurisdiction/seychelles', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Seychelles SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/seychelles_sc.md); no
// stored twilio.com page for Seychelles was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Seychelles, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sc/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Seychelles, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sc/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SC: CountryRules = /* @__PURE__ */ region({
  country: 'SC',
  name: 'Seychelles',
  reviewed: R,
  timeZones: ['Indian/Mahe'],
  languages: ['en', 'fr', 'crs'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_SENT], note: 'Twilio marks unregistered names as supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_SENT], note: 'Dynamic names need no registration (Twilio operator row); Sent (secondary) agrees.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT], note: 'Sent: Airtel may replace the name with a generic one.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) says so; Twilio's page leaves pre-registration blank." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks domestic long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
    'international-long-code': {
      supported: { value: 'unknown', sources: [S_TW4], note: 'Twilio leaves the operator cell blank; it says Airtel does not fully support numeric senders and replaces them with a generic name, delivered on a best-effort basis.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks short codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  dataProtection: { value: ['Data Protection Act, 2023'], sources: [S_DP] },
});
