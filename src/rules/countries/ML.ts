import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mali. SureSMS country rules and sent.dm guide read 2026-11-23; no Twilio page, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Mali', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/mali/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Mali SMS Guide', url: 'https://www.sent.dm/resources/ml-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const ML: CountryRules = /* @__PURE__ */ region({
  country: 'ML',
  name: 'Mali',
  reviewed: R,
  timeZones: ['Africa/Bamako'],
  languages: ['fr', 'bm'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE] },
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_SURE], note: 'SureSMS lists numeric senders as supported but says they are allowed only with a two-way service.' },
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm says two-way SMS is not offered on standard A2P routes.' },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE, S_SENT] } },
  content: {
    value: [
      { id: 'content.ml.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.ml.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.ml.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.ml.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.ml.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender name that contains your brand; generic names such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
