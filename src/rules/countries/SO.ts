import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Somalia. SureSMS country rules and sent.dm guide read 2026-11-23; no Twilio page found,
// not in the AWS Africa rows that could be reached.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS Rules for Somalia', url: 'https://suresms.com/en/rules-by-country/somalia/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Somalia SMS Guide', url: 'https://www.sent.dm/resources/somalia-sms-guide', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Somalia SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/somalia_so.md); no
// stored twilio.com page for Somalia was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Somalia, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/so/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Somalia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/so/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SO: CountryRules = /* @__PURE__ */ region({
  country: 'SO',
  name: 'Somalia',
  reviewed: R,
  timeZones: ['Africa/Mogadishu'],
  languages: ['so', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_SURE, S_SENT], note: 'Twilio marks unregistered names as supported by the operators; generic names tend to be blocked or filtered.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says alphanumeric IDs can be overwritten.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW4, S_SURE, S_SENT], note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators, and decides. SureSMS (a smaller provider) and sent.dm (secondary) list local numbers as usable, with Somtel changing numeric senders.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. sent.dm says providers offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW4, S_SURE], note: 'Twilio marks international long codes as supported by the operators except Somtel, which prohibits numeric senders; SureSMS says foreign numbers can be overwritten.' },
      restriction: { networks: ['Somtel'], text: 'Somtel prohibits numeric senders, so messages from an international number do not reach its subscribers as sent; Twilio recommends alphanumeric names for Somalia.', sources: [S_TW4] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4, S_SENT], note: 'Twilio marks short codes as not supported by the operators; sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.so.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.so.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.so.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.so.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited promotion.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.so.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender name that contains your brand; generic names such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
