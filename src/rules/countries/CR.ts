import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Costa Rica. Read 2026-11-23: AWS North America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Costa Rica', url: 'https://www.twilio.com/en-us/guidelines/cr/sms', kind: 'provider', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const CR: CountryRules = /* @__PURE__ */ region({
  country: 'CR',
  name: 'Costa Rica',
  reviewed: R,
  timeZones: ['America/Costa_Rica'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Bird lists alphanumeric senders as supported. The stricter value is kept.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_AWS_NORTH_AMERICA], note: 'Twilio lists operator support but does not offer them.' },
      twoWay: {
        value: false,
        sources: [S_TW],
        note: 'AWS, Bird and Infobip (local traffic) offer two-way numbers; Twilio lists no two-way SMS. The stricter value is kept.',
      },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Replaced with a local short or long code.' },
    },
    'short-code': { supported: { value: true, sources: [S_AWS_NORTH_AMERICA, S_TW] } },
  },
});
