import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Uruguay. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages); Mapp.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Uruguay', url: 'https://www.twilio.com/en-us/guidelines/uy/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Docs: Uruguay', url: 'https://docs.mapp.com/docs/uruguay.md', kind: 'provider', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const UY: CountryRules = /* @__PURE__ */ region({
  country: 'UY',
  name: 'Uruguay',
  reviewed: R,
  timeZones: ['America/Montevideo'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA] },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; the two-way AWS and Infobip list runs on short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced by a generic number or short code.' },
      senderIdPreserved: { value: false, sources: [S_TW, S_MAPP] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio says operators do not support short codes; AWS, Bird and Infobip (shared codes only) offer them. The stricter value is kept.',
      },
    },
  },
  consent: {
    marketing: { value: 'unknown', note: 'Mapp says neither opt-in nor opt-out is required; no legal source confirms it.', sources: [S_MAPP] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.uy.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Montevideo' },
        text: 'Send promotions only Mon-Fri 09:30-18:00. Mapp bars them Mon-Sat 18:00-09:30 and all Sunday; Infobip allows Mon-Fri 08:00-20:00; Bird lists 20:00-08:00 as quiet. The narrowest mix is kept.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
});
