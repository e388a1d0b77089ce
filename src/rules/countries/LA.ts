import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Laos. Only the third-party Sent guide was found on 2026-11-23; the AWS Asia row for
// Laos could not be read. Sender rows re-read 2026-12-06 against Twilio's guideline page
// for Laos, in a word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/laos_la.md). No stored twilio.com page for Laos was found, so the copy stands
// for Twilio's page (policy section 5). The Bird and Infobip sections of that repository
// do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: Laos SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/laos-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Laos (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/la/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Laos, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/la/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const LA: CountryRules = /* @__PURE__ */ region({
  country: 'LA',
  name: 'Laos',
  reviewed: R,
  timeZones: ['Asia/Vientiane'],
  languages: ['lo'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page, marks dynamic names as supported by the operators, kept unchanged and usable at once, and decides. Sent\'s guide (secondary) says they are not available and that Unitel needs registered names; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) says so; Twilio gives no value for pre-registration. It fills the value." },
      registration: { value: 'required', sources: [S_SENT], note: 'Needed on Unitel.' },
      programme: 'la.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'Only a third-party guide (Sent, secondary) speaks to it; it says two-way SMS is not offered, and fills the value. Twilio gives no value for domestic long codes.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators, but Unitel replaces them.' },
      restriction: { networks: ['Unitel'], text: 'Unitel replaces an international number with a generic sender name, so its subscribers do not see the number and cannot reply; Twilio advises a sender name for Unitel.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': { offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
  registrations: [
    {
      id: 'la.sender-id',
      name: 'Sender ID pre-registration with Unitel',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name with Unitel before sending to its subscribers.',
      sources: [S_SENT],
    },
  ],
});
