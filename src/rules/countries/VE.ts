import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Venezuela. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages). Re-read
// 2026-12-06 from the same copy, and the sender rows re-decided under
// docs/research-policy.md.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Venezuela', url: 'https://www.twilio.com/en-us/guidelines/ve/sms', kind: 'provider', reviewed: R } as const;

export const VE: CountryRules = /* @__PURE__ */ region({
  country: 'VE',
  name: 'Venezuela',
  reviewed: R,
  timeZones: ['America/Caracas'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio\'s operator-capability row: not supported; Twilio still accepts such messages but the ID is replaced with a random number or a generic ID.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator-capability row: supported, for Digitel only. Bird and Infobip say the same (read through a stored copy). AWS offers no sender IDs here, which says what AWS sells.',
      },
      restriction: {
        networks: ['Digitel'],
        text: 'Only Digitel shows a registered sender ID; the other networks replace it with a short code, a long number or a generic ID.',
        sources: [S_TW],
      },
      registration: { value: 'required', sources: [S_TW] },
      programme: 've.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW], note: 'Infobip says up to a week.' },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'On Digitel.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }],
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW], note: 'Twilio\'s operator-capability row: not supported. Bird lists Venezuelan numbers (read through a stored copy); the major provider\'s operator row outranks it.' },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW], note: 'AWS, Twilio and Infobip offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: true,
        sources: [S_TW],
        note: 'Twilio\'s operator-capability row: supported. Bird sells them and Infobip has shared codes on Movistar (read through a stored copy). Neither AWS nor Twilio sells them here.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
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
