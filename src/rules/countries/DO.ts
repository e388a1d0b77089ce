import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Dominican Republic. Read 2026-11-23: AWS North America table; Twilio
// guidelines, Bird and Infobip country notes (from a stored copy bundling their
// pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Dominican Republic', url: 'https://www.twilio.com/en-us/guidelines/do/sms', kind: 'provider', reviewed: R } as const;

export const DO: CountryRules = /* @__PURE__ */ region({
  country: 'DO',
  name: 'Dominican Republic',
  reviewed: R,
  timeZones: ['America/Santo_Domingo'],
  languages: ['es'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Twilio accepts it but IDs may be replaced with a random short code.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Bird and Infobip list local numbers; Twilio says operators do not support them. The stricter value is kept.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_TW] },
      twoWay: { value: true, sources: [S_AWS_NORTH_AMERICA, S_TW] },
      leadTime: { value: { minDays: 28, maxDays: 90 }, sources: [S_TW], note: 'Twilio: 4 weeks; Infobip: up to 3 months.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
  },
});
