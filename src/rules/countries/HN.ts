import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Honduras. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages); Mapp. The AWS North America row for
// Honduras could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Honduras', url: 'https://www.twilio.com/en-us/guidelines/hn/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Docs: Honduras', url: 'https://docs.mapp.com/docs/honduras.md', kind: 'provider', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const HN: CountryRules = /* @__PURE__ */ region({
  country: 'HN',
  name: 'Honduras',
  reviewed: R,
  timeZones: ['America/Tegucigalpa'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW, S_MAPP] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators accept registered IDs and keep them unchanged.' },
      registration: { value: 'required', sources: [S_TW, S_MAPP] },
      programme: 'hn.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW], note: 'Infobip says up to a week.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio says operators do not support it; Bird and Infobip offer local numbers for local traffic.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; Bird and Infobip offer it on local numbers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio delivers but replaces the number; Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { },
  },
  registrations: [
    {
      id: 'hn.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; Claro (and per Mapp also Tigo) shows alphanumeric IDs only when registered.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW, S_MAPP],
    },
  ],
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_MAPP] },
    wording: { value: 'Give an unsubscribe route in the message: a link, phone number or email address.', sources: [S_MAPP] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.hn.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' },
          { days: ['sat', 'sun'], start: '09:00', end: '20:00' },
        ],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Tegucigalpa' },
        text: 'Mapp allows marketing Mon-Fri 07:00-21:00 and weekends and bank holidays 09:00-20:00; Bird lists 20:00-08:00 as quiet. The narrowest mix is kept; on holidays keep to 09:00-20:00.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
});
