import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Jordan. Twilio guidelines (sender tables from a stored copy of the Twilio
// page), Mapp and AWS registration forms read 2026-11-23. The AWS Asia row for Jordan
// could not be read.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06 against the word-for-word copy of Twilio's page that names
// it (GitHub nevetsagetro/OKR-warranted, data/raw/jordan_jo.md); it agrees with what was read
// on 2026-11-23, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Jordan (sender tables read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/jo/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Jordan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/jo/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Jordan', url: 'https://docs.mapp.com/docs/jordan.md', kind: 'provider', reviewed: R } as const;

export const JO: CountryRules = /* @__PURE__ */ region({
  country: 'JO',
  name: 'Jordan',
  reviewed: R,
  timeZones: ['Asia/Amman'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_MAPP], note: 'Operators replace unregistered IDs with a generic one; Zain and Orange block generic IDs. Twilio still accepts them and delivers best effort under a generic name (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_MAPP] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_MAPP, S_AWS_REG] },
      programme: 'jo.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 12, maxDays: 12 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_MAPP] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW, S_MAPP], note: 'Operators do not support numeric senders; Twilio delivers best-effort with a generic name (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW, S_MAPP] }, offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
  registrations: [
    {
      id: 'jo.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; Zain filters unregistered traffic.',
      leadTime: { minDays: 12, maxDays: 12 },
      sources: [S_TW, S_AWS_REG],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.jo.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], start: '08:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Asia/Amman' },
        text: 'Send promotional SMS only Sunday to Thursday, 08:00 to 21:00, and not on official holidays. Twilio gives only the 21:00 cutoff; Mapp adds the 08:00 start and bars Fridays, Saturdays and holidays.',
        sources: [S_TW, S_MAPP],
      },
    ],
    sources: [S_TW, S_MAPP],
  },
  optOut: {
    marketingInstructions: { value: 'not-required', sources: [S_MAPP] },
  },
  obligations: [
    {
      id: 'identification.jo.adv-prefix',
      category: 'identification',
      level: 'required',
      text: 'Put "adv" before the sender ID of promotional messages (Telecommunications Regulatory Commission rule), within 11 characters; otherwise they are blocked.',
      useCases: ['marketing'],
      senderTypes: ['alphanumeric'],
      sources: [S_TW, S_MAPP],
    },
  ],
});
