import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cuba. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes (from
// a stored copy bundling their pages). AWS does not list Cuba in its North
// America table. Twilio blocks all SMS to Cuba from 15 September 2025.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Cuba', url: 'https://www.twilio.com/en-us/guidelines/cu/sms', kind: 'provider', reviewed: R } as const;

export const CU: CountryRules = /* @__PURE__ */ region({
  country: 'CU',
  name: 'Cuba',
  reviewed: R,
  timeZones: ['America/Havana'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio says operators require registration but Twilio cannot do it; Infobip says international registration is not available.',
      },
      registration: { value: 'required', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Bird lists Cuban numbers; Twilio and Infobip offer none. The stricter value is kept.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio, Bird and Infobip offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio stopped all SMS to Cuba on 15 September 2025.' },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
});
