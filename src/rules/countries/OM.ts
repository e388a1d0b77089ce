import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Oman. Twilio guidelines read 2026-11-23 (sender tables from a stored copy of
// the Twilio page). The AWS Asia row for Oman could not be read.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Oman, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address (no stored twilio.com page for Oman was found to compare it with, so the
// copy stands for the page). It agrees with every sender value read on 2026-11-23; its
// "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Oman', url: 'https://www.twilio.com/en-us/guidelines/om/sms', kind: 'provider', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Oman (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/om/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Oman, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/om/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const OM: CountryRules = /* @__PURE__ */ region({
  country: 'OM',
  name: 'Oman',
  reviewed: R,
  timeZones: ['Asia/Muscat'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks dynamic names as not supported by the operators; it still tries unregistered IDs best-effort, and they are overwritten.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TWC] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC] },
      programme: 'om.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 18, maxDays: 18 }, sources: [S_TWC], note: 'International registration; domestic registration (14 days) is suspended at Twilio.' },
      senderIdPreserved: { value: true, sources: [S_TWC] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Operators do not support numeric senders; Twilio delivers best-effort with the number replaced.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TWC] },
    },
    'short-code': { supported: { value: false, sources: [S_TWC] } },
  },
  registrations: [
    {
      id: 'om.sender-id',
      name: 'Sender ID pre-registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; unregistered IDs are overwritten and may not be delivered.',
      leadTime: { minDays: 18, maxDays: 18 },
      sources: [S_TW],
    },
  ],
});
