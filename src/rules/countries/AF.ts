import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Afghanistan. AWS Asia table and Twilio guidelines (sender tables from a
// stored copy of the Twilio page) read 2026-11-23.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Afghanistan', url: 'https://www.twilio.com/en-us/guidelines/af/sms', kind: 'provider', reviewed: R } as const;

export const AF: CountryRules = /* @__PURE__ */ region({
  country: 'AF',
  name: 'Afghanistan',
  reviewed: R,
  timeZones: ['Asia/Kabul'],
  languages: ['ps', 'fa'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_VONAGE_2024, S_TW, S_AWS_ASIA],
        note: 'Twilio and AWS accept unregistered names; Vonage (2024) says MTN takes only registered ones. The stricter answer is kept.',
      },
      registration: { value: 'required', sources: [S_VONAGE_2024] },
      programme: 'af.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'required', sources: [S_VONAGE_2024, S_TW], note: 'Vonage (2024): required on MTN; Twilio only recommends it.' },
      programme: 'af.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 7 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Promotional sender IDs cannot be registered.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_ASIA] },
      twoWay: { value: false, sources: [S_TW, S_AWS_ASIA], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Etisalat, MTN and Salaam refuse numeric senders.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW, S_AWS_ASIA] } },
  },
  registrations: [
    {
      id: 'af.sender-id',
      name: 'Sender ID registration (required on MTN)',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID through your provider: MTN takes only registered names, and Twilio recommends registration on every network. Avoid generic IDs such as INFO or Verify, which operators block.',
      leadTime: { minDays: 7, maxDays: 7 },
      sources: [S_VONAGE_2024, S_TW],
    },
  ],
});
