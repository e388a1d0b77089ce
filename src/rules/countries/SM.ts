import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// San Marino. The AWS Europe table and a Twilio San Marino SMS page could not
// be reached in the search index. SureSMS and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for San Marino', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/san-marino/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: San Marino SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/sm-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: San Marino SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/sm_sms_guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's San Marino SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/san_marino_sm.md); no
// stored twilio.com page for San Marino was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: San Marino, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sm/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: San Marino, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sm/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SM: CountryRules = /* @__PURE__ */ region({
  country: 'SM',
  name: 'San Marino',
  reviewed: R,
  timeZones: ['Europe/San_Marino'],
  languages: ['it'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_SURE, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW4_OFFER, S_SENT_2], note: 'Twilio offers no two-way SMS here and sent.dm lists none through standard providers; that says what providers sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: 'unknown', sources: [S_SURE, S_TW4], note: 'SureSMS (a smaller provider) says numeric senders usually work only for two-way services; Twilio leaves the operator cell blank. A false needs a law, regulator, carrier or major-provider page about the operators, and none speaks.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE, S_SENT] },
  },
  content: {
    value: [
      { id: 'content.sm.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE, S_SENT] },
      { id: 'content.sm.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.sm.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE, S_SENT],
  },
  obligations: [
    {
      id: 'identification.sm.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
