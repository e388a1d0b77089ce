import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Montserrat. SureSMS's country rules and Sent's country guide read 2026-11-23.
// The row in the AWS North America table was not reachable in the stored copy, and
// no Twilio page was found.
const R = '2026-11-23' as const;
const S_SURE = {
  title: 'SureSMS: SMS rules for Montserrat',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/montserrat/',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Montserrat SMS guide', url: 'https://s.dm/resources/montserrat-sms-guide', kind: 'secondary', reviewed: R } as const;

export const MS: CountryRules = /* @__PURE__ */ region({
  country: 'MS',
  name: 'Montserrat',
  reviewed: R,
  timeZones: ['America/Montserrat'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: { value: true, sources: [S_SURE] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
    'international-long-code': {
      supported: { value: false, sources: [S_SURE], note: 'SureSMS text allows numeric senders only for two-way services, though its table marks them supported.' },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.ms.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.ms.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.ms.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.ms.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.ms.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
