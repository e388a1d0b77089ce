import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Palestinian Territories. Twilio guidelines (locale summary only; the sender
// table was not reachable) read 2026-11-23. The AWS Asia row could not be read.
// Sender IDs from Sent's FAQ.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Palestine', url: 'https://www.twilio.com/en/guidelines/ps/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Palestine SMS Guide (FAQ)', url: 'https://www.s.dm/resources/palestine-sms-guide', kind: 'secondary', reviewed: R } as const;

export const PS: CountryRules = /* @__PURE__ */ region({
  country: 'PS',
  name: 'Palestinian Territories',
  reviewed: R,
  timeZones: ['Asia/Gaza', 'Asia/Hebron'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): names may be replaced to get the message delivered.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' } },
  },
  content: {
    value: [
      { id: 'content.ps.loans', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No personal-loan or cryptocurrency content.', sources: [S_TW] },
      { id: 'content.ps.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.ps.sex', topic: 'sex', restriction: 'prohibited', text: 'No pornographic content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
