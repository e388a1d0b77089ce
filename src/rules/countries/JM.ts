import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Jamaica. SureSMS's country rules and Sent's country guide read 2026-11-23.
// Jamaica's row in the AWS North America table was not reachable in the stored
// copy, and no Twilio page for Jamaica was found.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Jamaica', url: 'https://suresms.com/en/landing-control/jamaica/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Jamaica SMS guide', url: 'https://www.sent.dm/resources/jm-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const JM: CountryRules = /* @__PURE__ */ region({
  country: 'JM',
  name: 'Jamaica',
  reviewed: R,
  timeZones: ['America/Jamaica'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: { value: true, sources: [S_SURE, S_SENT] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
    'international-long-code': {
      supported: { value: false, sources: [S_SURE], note: 'Sent says international long codes work; SureSMS allows numeric senders only for two-way services.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.jm.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.jm.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.jm.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.jm.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited promotions; phishing is filtered.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.jm.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
