import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Eritrea. Twilio locale summary, Sent guide (sender facts only) and SureSMS read 2026-11-23;
// the Twilio sender table was not reached, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/eritrea_er.md, which names the page's address).
// The part of the stored twilio.com page read on 2026-11-23 (locale summary: no two-way) matches
// it, so the copy stands for the page (policy section 5). Its "Twilio supported" row is cited
// separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Eritrea (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/er/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Eritrea, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/er/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Eritrea SMS Guide', url: 'https://www.sent.dm/resources/eritrea-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Eritrea', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/eritrea/', kind: 'provider', reviewed: R } as const;

export const ER: CountryRules = /* @__PURE__ */ region({
  country: 'ER',
  name: 'Eritrea',
  reviewed: R,
  timeZones: ['Africa/Asmera'],
  languages: ['ti', 'ar', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT, S_SURE], note: 'Twilio marks dynamic names as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT], note: 'Twilio: dynamic (unregistered) names are accepted; Sent (secondary) agrees.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks pre-registered names as not supported by the operators (names are sent as is, unregistered); Sent (secondary) agrees.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: 'unknown', note: 'Twilio\'s page says Twilio offers no two-way SMS here, which is its offer, not what the operators do; its page says nothing of domestic numbers.' } },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
  },
});
