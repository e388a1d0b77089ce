import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Congo - Brazzaville. Twilio locale summary (its sender table could not be
// reached), SureSMS country page and the Journal officiel read 2026-11-23; the
// AWS Africa row for this country could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Republic of the Congo', url: 'https://twilio.com/guidelines/cg/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Congo', url: 'https://suresms.com/en/landing-control/congo/', kind: 'provider', reviewed: R } as const;
const S_JO = { title: 'Journal officiel de la République du Congo N° 45-2019: Loi n° 29-2019', url: 'https://fr.scribd.com/document/519917317/COG-110224', kind: 'law', reviewed: R } as const;
const NUMERIC = 'Numeric sender IDs are overwritten unless part of a two-way service.';

export const CG: CountryRules = /* @__PURE__ */ region({
  country: 'CG',
  name: 'Congo - Brazzaville',
  reviewed: R,
  timeZones: ['Africa/Brazzaville'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SURE], note: 'MTN requires pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SURE] },
      registration: { value: 'required', sources: [S_SURE], note: 'Mandatory on MTN.' },
      programme: 'cg.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_SURE], note: NUMERIC },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_SURE], note: NUMERIC } },
  },
  registrations: [
    {
      id: 'cg.sender-id',
      name: 'Sender ID pre-registration (MTN)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending to MTN subscribers; it must contain the brand name.',
      sources: [S_SURE],
    },
  ],
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.cg.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.cg.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.cg.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: { value: ['Law No. 29-2019 of 10 October 2019 on the protection of personal data'], sources: [S_JO] },
  obligations: [
    {
      id: 'identification.cg.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a case-sensitive sender ID containing the brand name; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
