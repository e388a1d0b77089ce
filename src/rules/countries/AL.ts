import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Albania. SureSMS and Sent.dm read 2026-11-23. The AWS Europe table could not be
// reached. Sender rows re-read 2026-12-06 from Twilio's guideline page through a
// word-for-word copy on GitHub (nevetsagetro/OKR-warranted, data/raw/albania_al.md) that
// names the page's address; no stored twilio.com page for Albania was found to compare
// it with, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Albania (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/al/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Albania, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/al/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SURE = { title: 'SureSMS: SMS rules for Albania', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/albania/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Albania SMS guide', url: 'https://www.sent.dm/resources/albania-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AL: CountryRules = /* @__PURE__ */ region({
  country: 'AL',
  name: 'Albania',
  reviewed: R,
  timeZones: ['Europe/Tirane'],
  languages: ['sq'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE, S_SENT], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says alphanumeric IDs can be overwritten.' },
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW, S_SENT], note: 'Twilio gives no operator value for domestic long codes and offers no two-way SMS here; sent.dm (secondary) says two-way is not offered. That says what providers sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_SURE, S_SENT],
        note: 'Twilio\'s operator row marks international long codes as not supported by the operators, and decides. Twilio still sells them, but its sender-preserved row says the number is not kept: where a network refuses numeric senders it is replaced by a generic name or short code outside Twilio and delivered best effort. Twilio says "not all" networks take numeric senders but names none that keeps the number, and SureSMS (other provider) says numeric senders are overwritten, so the replacement is the providers\' workaround, not operator acceptance. sent.dm (secondary) calls them supported, which does not override.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_SURE, S_TW], note: 'Numeric senders are overwritten.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them; sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.al.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.al.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.al.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.al.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs are not supported.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
