import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cameroon. AWS Africa table, Vonage country page and Lex Africa read 2026-11-23.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Cameroon', url: 'https://www.twilio.com/en-us/guidelines/cm/sms', kind: 'provider', reviewed: R } as const;
const S_VONAGE = { title: 'Vonage (Nexmo) Help: Cameroon SMS Features and Restrictions', url: 'https://help.nexmo.com/hc/en-us/articles/204017303-Cameroon-SMS-Features-and-Restrictions', kind: 'provider', reviewed: R } as const;
const S_LEX = { title: 'Lex Africa: Cameroon data protection law compliance', url: 'https://lexafrica.com/2025/10/cameroon-data-protection-law-compliance/', kind: 'secondary', reviewed: R } as const;

export const CM: CountryRules = /* @__PURE__ */ region({
  country: 'CM',
  name: 'Cameroon',
  reviewed: R,
  timeZones: ['Africa/Douala'],
  languages: ['fr', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_AWS_AFRICA, S_TW, S_VONAGE],
        note: 'AWS requires registration and Twilio says operators do not accept dynamic IDs (Twilio still sends them, not preserved); Vonage says they work. The stricter reading is kept.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_AWS_AFRICA, S_TW] },
      registration: { value: 'required', sources: [S_AWS_AFRICA, S_TW] },
      programme: 'cm.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Twilio: promotional sender IDs cannot be registered.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_AFRICA, S_TW], note: 'Neither AWS nor Twilio offers local numbers.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; AWS lists it only through short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio: operators do not accept numeric IDs (MTN fails them), though Twilio still sends them.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_AFRICA], note: 'Twilio does not offer it.' },
      twoWay: {
        value: false,
        sources: [S_AWS_AFRICA, S_TW],
        note: 'AWS lists two-way SMS through short codes; Twilio says two-way SMS is not supported. The conservative value is taken.',
      },
    },
  },
  registrations: [
    {
      id: 'cm.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID before sending; MTN accepts only registered IDs.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_AWS_AFRICA, S_TW],
    },
  ],
  content: {
    value: [
      { id: 'content.cm.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_VONAGE] },
      { id: 'content.cm.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_VONAGE] },
    ],
    sources: [S_VONAGE],
  },
  dataProtection: {
    value: ['Law No. 2024/017 of 23 December 2024 on personal data protection'],
    sources: [S_LEX],
    note: 'Existing processing had to comply by 23 June 2026.',
  },
});
