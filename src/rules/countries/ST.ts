import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// São Tomé & Príncipe. Twilio locale summary (sender table not reached) and Sent guide
// (sender facts only) read 2026-11-23; the AWS Africa row for this country could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Sao Tome and Principe', url: 'https://twilio.com/guidelines/st/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Sao Tome and Principe SMS Guide', url: 'https://www.sent.dm/resources/sao-tome-and-principe-sms-guide', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Sao Tome and Principe SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/sao_tome_and_principe_st.md); its
// locale part matches the stored twilio.com page, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Sao Tome and Principe, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/st/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Sao Tome and Principe, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/st/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const ST: CountryRules = /* @__PURE__ */ region({
  country: 'ST',
  name: 'São Tomé & Príncipe',
  reviewed: R,
  timeZones: ['Africa/Sao_Tome'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_SENT], note: 'Twilio marks unregistered names as supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) says so; Twilio's page leaves pre-registration blank." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW], note: 'Twilio offers no two-way SMS here; that says what it sells, not what the operators allow. Twilio leaves the operator cell blank.' },
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
});
