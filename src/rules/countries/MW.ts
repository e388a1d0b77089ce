import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Malawi. Read 2026-11-23: SureSMS, goUrban (relaying Twilio), D&C Chambers,
// Tech Hive Advisory. The AWS Africa row for Malawi could not be read and no
// Twilio page for Malawi was found in the index.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Malawi', url: 'https://suresms.com/en/landing-control/malawi/', kind: 'provider', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_DNC = { title: 'D&C Chambers legal alert: Complying with the Malawi Data Protection Act, 2024', url: 'https://dncchambers.com/legal-alerts', kind: 'secondary', reviewed: R } as const;
const S_THA = {
  title: "Tech Hive Advisory: Malawi's Data Protection Act",
  url: 'https://techhiveadvisory.africa/insights/malawis-data-protection-act-aligning-to-the-new-regulatory-framework',
  kind: 'secondary', reviewed: R,
} as const;

export const MW: CountryRules = /* @__PURE__ */ region({
  country: 'MW',
  name: 'Malawi',
  reviewed: R,
  timeZones: ['Africa/Blantyre'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_GOURBAN, S_SURE],
        note: 'goUrban (relaying Twilio) lists Malawi as needing a registered sender ID; SureSMS just says alphanumeric IDs are allowed. The stricter reading is kept.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SURE, S_GOURBAN] },
      registration: { value: 'required', sources: [S_GOURBAN], note: 'Only goUrban says so.' },
      programme: 'mw.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'international-long-code': { supported: { value: true, sources: [S_SURE], note: 'SureSMS accepts foreign numeric sender IDs.' } },
  },
  registrations: [
    {
      id: 'mw.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID before sending.',
      sources: [S_GOURBAN],
    },
  ],
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.mw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.mw.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.mw.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: { value: ['Data Protection Act, 2024 (No. 3 of 2024)'], sources: [S_DNC, S_THA] },
  obligations: [
    {
      id: 'identification.mw.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      sources: [S_SURE],
    },
  ],
});
