import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Barbados. AWS North America table, SureSMS's country rules and Sent's country
// guide read 2026-11-23; no Twilio page for Barbados was found in the stored index.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Barbados', url: 'https://suresms.com/en/landing-control/barbados/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Barbados SMS guide', url: 'https://www.sent.dm/resources/barbados-sms-guide', kind: 'secondary', reviewed: R } as const;

export const BB: CountryRules = /* @__PURE__ */ region({
  country: 'BB',
  name: 'Barbados',
  reviewed: R,
  timeZones: ['America/Barbados'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_SURE, S_SENT] },
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_SURE], note: 'SureSMS text allows numeric senders only for two-way services, though its table marks them supported.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }] },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.bb.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.bb.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.bb.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.bb.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited promotions.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.bb.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
