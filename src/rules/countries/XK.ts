import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kosovo. SureSMS and Sent.dm read 2026-11-23. No Twilio or AWS page was found.
// Sender rows re-read 2026-12-06 from Twilio's Kosovo guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/kosovo_xk.md, which names the page). No stored twilio.com page for
// Kosovo was found, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Kosovo (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/xk/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Kosovo, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/xk/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SURE = { title: 'SureSMS: SMS rules for Kosovo', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/kosovo/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Kosovo SMS guide', url: 'https://www.sent.dm/resources/kosovo-sms-guide', kind: 'secondary', reviewed: R } as const;

export const XK: CountryRules = /* @__PURE__ */ region({
  country: 'XK',
  name: 'Kosovo',
  reviewed: R,
  timeZones: ['Europe/Belgrade'],
  languages: ['sq', 'sr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SURE, S_SENT], note: "Twilio's operator row marks unregistered names as supported." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE, S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks pre-registration as not supported by the operators; unregistered names are (see alphanumeric-dynamic)." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row leaves domestic long codes blank." },
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: 'Twilio says only that it offers no two-way SMS here (its offer); Sent (secondary) repeats it. No page says what the operators do.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks international long codes as supported." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC, S_SENT], note: "Twilio's operator row marks short codes as not supported; Sent (secondary) agrees." } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.xk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.xk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.xk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gaming or gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.xk.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
