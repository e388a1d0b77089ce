import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guatemala. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages). The AWS North America row for
// Guatemala could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guatemala', url: 'https://www.twilio.com/en-us/guidelines/gt/sms', kind: 'provider', reviewed: R } as const;

export const GT: CountryRules = /* @__PURE__ */ region({
  country: 'GT',
  name: 'Guatemala',
  reviewed: R,
  timeZones: ['America/Guatemala'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio lists operator support but IDs are replaced with a local number or short code; Bird offers no alphanumeric senders.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators accept registered IDs and keep them unchanged.' },
      registration: { value: 'recommended', sources: [S_TW], note: 'Unregistered IDs on Claro are best effort.' },
      programme: 'gt.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; Bird and Infobip (shared numbers) offer local numbers.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; Infobip offers it on local numbers and short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio delivers but replaces the number; Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; Bird and Infobip offer short codes.' },
    },
  },
  registrations: [
    {
      id: 'gt.sender-id',
      name: 'Sender ID pre-registration with Claro Guatemala',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with Claro, the only network that takes registrations; other networks replace IDs.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW],
    },
  ],
});
