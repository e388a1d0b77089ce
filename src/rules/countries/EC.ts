import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ecuador. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ecuador', url: 'https://www.twilio.com/en-us/guidelines/ec/sms', kind: 'provider', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const EC: CountryRules = /* @__PURE__ */ region({
  country: 'EC',
  name: 'Ecuador',
  reviewed: R,
  timeZones: ['America/Guayaquil', 'Pacific/Galapagos'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Only the CNT network accepts dynamic IDs (Twilio).' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; the two-way AWS lists runs on short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio delivers but replaces the number (except on CNT); Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA] },
      twoWay: { value: true, sources: [S_AWS_SOUTH_AMERICA], note: 'Infobip: on a dedicated code, usually 1-2 months to set up.' },
    },
  },
  optOut: {
  },
  obligations: [
  ],
});
