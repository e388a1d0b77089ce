import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// El Salvador. Read 2026-11-23: AWS North America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages); Mapp.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: El Salvador', url: 'https://www.twilio.com/en-us/guidelines/sv/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Docs: El Salvador', url: 'https://docs.mapp.com/docs/el-salvador.md', kind: 'provider', reviewed: R } as const;

export const SV: CountryRules = /* @__PURE__ */ region({
  country: 'SV',
  name: 'El Salvador',
  reviewed: R,
  timeZones: ['America/El_Salvador'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Infobip and Mapp say Digicel and Tigo show dynamic IDs; other networks replace them.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_AWS_NORTH_AMERICA],
        note: 'Twilio, Infobip and Mapp accept registered IDs on Claro; AWS and Bird offer no sender IDs. The stricter value is kept.',
      },
      registration: { value: 'required', sources: [S_TW, S_MAPP] },
      programme: 'sv.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_AWS_NORTH_AMERICA, S_TW],
        note: 'Operators accept local numbers for national traffic (Twilio, Bird, Mapp), but neither AWS nor Twilio offers them.',
      },
      twoWay: { value: false, sources: [S_AWS_NORTH_AMERICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here; Infobip offers it on local numbers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_AWS_NORTH_AMERICA], note: 'AWS offers none; Twilio lists operator support and Bird offers them. The stricter value is kept.' },
    },
  },
  registrations: [
    {
      id: 'sv.sender-id',
      name: 'Sender ID pre-registration with Claro El Salvador',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with Claro before sending to its subscribers; unregistered IDs there are best effort.',
      leadTime: { minDays: 7, maxDays: 14 },
      sources: [S_TW, S_MAPP],
    },
  ],
  obligations: [
    {
      id: 'timing.sv.no-marketing-after-18',
      category: 'quiet-hours',
      level: 'required',
      text: 'Send no marketing SMS after 18:00 local time (Mapp; no start time is given).',
      useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
      sources: [S_MAPP],
    },
  ],
});
