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
      supported: { value: false, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Twilio\'s operator-capability row: not supported. Infobip (through a stored copy) and Mapp say Digicel and Tigo show dynamic IDs while other networks replace them; the major provider\'s operator row outranks them.' },
      twoWay: ALPHA_ONE_WAY,
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TW, S_MAPP],
        note: 'Twilio and Mapp accept registered IDs on Claro. AWS offers no sender IDs here, which says what AWS sells.',
      },
      registration: { value: 'required', sources: [S_TW, S_MAPP] },
      programme: 'sv.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 14 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
    },
    'local-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_MAPP],
        note: 'Twilio\'s operator-capability row and Mapp: operators accept local numbers for national traffic. Neither AWS nor Twilio sells them here.',
      },
      twoWay: { value: 'unknown', sources: [S_AWS_NORTH_AMERICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here (what they sell); Infobip offers it on local numbers, read only through a stored copy.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator-capability row: not supported; Twilio delivers with the number replaced.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio\'s operator-capability row lists short codes as supported; Bird sells them (read through a stored copy). AWS offers none, which says what AWS sells.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
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
