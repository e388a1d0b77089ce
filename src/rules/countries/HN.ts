import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Honduras. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes
// (from a stored copy bundling their pages); Mapp. The AWS North America row for
// Honduras could not be reached. Sender rows re-read 2026-12-06 against Twilio's page
// in a word-for-word copy that names it (GitHub nevetsagetro/OKR-warranted,
// data/raw/honduras_hn.md); it agrees with what was read of the page on 2026-11-23, and
// no differing stored twilio.com page was found, so it stands for the page (policy
// section 5). The Bird and Infobip sections of that file do not name their pages
// (secondary) and decide nothing here.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Honduras (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/hn/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Honduras, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/hn/sms',
  kind: 'provider', reviewed: R4,
} as const;
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
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_MAPP], note: 'Twilio marks dynamic names as not supported by the operators (Claro takes names only when registered); Mapp agrees. Twilio still accepts them and the name may be replaced by a local number or short code (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators accept registered IDs and keep them unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_MAPP], note: 'Twilio: the operators do not support unregistered names, and Claro shows names only when registered; Mapp says the same of Tigo.' },
      programme: 'hn.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW], note: 'Infobip says up to a week.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators. The Bird and Infobip sections of a compiled copy (secondary) offer local numbers, with replies; a secondary source does not override.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators, but says numeric senders are not fully supported and may be replaced.' },
      restriction: { text: 'The operators may replace an international number with a local long code or short code, so recipients do not see it and cannot reply to it.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
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
