import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mozambique. Read 2026-11-23: SureSMS, DataGuidance. The AWS Africa row for
// Mozambique could not be read and no Twilio page for it was found in the index.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Mozambique', url: 'https://suresms.com/en/landing-control/mozambique/', kind: 'provider', reviewed: R } as const;
const S_DG = { title: 'DataGuidance: Mozambique jurisdiction summary', url: 'https://legacy.dataguidance.com/taxonomy/term/1530', kind: 'secondary', reviewed: R } as const;

export const MZ: CountryRules = /* @__PURE__ */ region({
  country: 'MZ',
  name: 'Mozambique',
  reviewed: R,
  timeZones: ['Africa/Maputo'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SURE], note: 'Unregistered alphanumeric IDs are replaced (Movitel) or blocked (Vodacom).' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SURE] },
      registration: { value: 'required', sources: [S_SURE] },
      programme: 'mz.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'international-long-code': {
      supported: { value: 'unknown', sources: [S_SURE], note: 'Movitel overwrites numeric sender IDs; other networks accept them.' },
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'Overwritten on Movitel.' },
    },
  },
  registrations: [
    {
      id: 'mz.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID before sending; generic IDs such as INFO, SMS or NOTICE are refused.',
      sources: [S_SURE],
    },
  ],
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.mz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.mz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.mz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: {
    value: ['Electronic Transactions Law (Law No. 3/2017)'],
    sources: [S_DG],
    note: 'No general data-protection law; this and sector laws carry the data rules.',
  },
});
