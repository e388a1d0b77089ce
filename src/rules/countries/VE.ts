import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Venezuela. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Venezuela', url: 'https://www.twilio.com/en-us/guidelines/ve/sms', kind: 'provider', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const VE: CountryRules = /* @__PURE__ */ region({
  country: 'VE',
  name: 'Venezuela',
  reviewed: R,
  timeZones: ['America/Caracas'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio accepts it but IDs are replaced with a random number or generic ID.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_AWS_SOUTH_AMERICA],
        note: 'Twilio, Bird and Infobip accept registered IDs on the Digitel network only (other networks replace them); AWS offers no sender IDs. The stricter value is kept.',
      },
      registration: { value: 'required', sources: [S_TW] },
      programme: 've.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW], note: 'Infobip says up to a week.' },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'On Digitel.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW] },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW], note: 'AWS, Twilio and Infobip offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_AWS_SOUTH_AMERICA],
        note: 'AWS offers none; Twilio lists operator support, Bird offers them and Infobip has shared codes on Movistar. The stricter value is kept.',
      },
    },
  },
  registrations: [
    {
      id: 've.sender-id',
      name: 'Sender ID pre-registration with Digitel',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with Digitel, the only network that shows it; unregistered IDs there are best effort and other networks replace them.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW],
    },
  ],
});
