import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Poland. Twilio guidelines (locale summary only), SureSMS and Sent.dm read 2026-11-23;
// Twilio locale summary re-read 2026-12-06 (no sender table reachable). The AWS
// Europe table could not be reached, so AWS is not cited.
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for Poland', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-poland.md', kind: 'provider', reviewed: R0 } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Poland', url: 'https://www.twilio.com/en/guidelines/pl/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS standards for Poland', url: 'https://suresms.com/en/reglas-por-pais/poland/', kind: 'provider', reviewed: R0 } as const;
const S_SENT = { title: 'Sent: Poland SMS guide', url: 'https://sent.dm/resources/poland-sms-guide', kind: 'secondary', reviewed: R0 } as const;

export const PL: CountryRules = /* @__PURE__ */ region({
  country: 'PL',
  name: 'Poland',
  reviewed: R,
  timeZones: ['Europe/Warsaw'],
  languages: ['pl'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE], note: 'SureSMS says carriers do not change the sender ID.' },
    },
    'local-long-code': { twoWay: { value: true, sources: [S_TW, S_SENT], note: 'Twilio says two-way SMS works in Poland; Sent names long codes as the two-way sender.' } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.pl.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'Public URL shorteners are banned; use the full link.', sources: [S_TW] },
      { id: 'content.pl.gambling', topic: 'gambling', restriction: 'prohibited', text: 'Gambling and betting messages are rejected (SureSMS notes an exception only for licensed operators with consent).', sources: [S_SURE] },
      { id: 'content.pl.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.pl.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.pl.premium', topic: 'other', restriction: 'prohibited', text: 'No ads for premium services, and no premium-rate or card numbers in the text.', sources: [S_SURE] },
    ],
    sources: [S_TW, S_SURE],
  },
  obligations: [
    {
      id: 'identification.pl.sender-name',
      category: 'identification',
      level: 'required',
      text: 'Use a brand sender ID; generic IDs (INFO, SMS) and IDs naming operators or authorities are blocked.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
