import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Laos. Only the third-party Sent guide was found (read 2026-11-23); only its
// conservative statements are used. No Twilio Laos page was reachable and the
// AWS Asia row for Laos could not be read. Sender IDs re-read from Sent's FAQ.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Laos SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/laos-sms-guide', kind: 'secondary', reviewed: R } as const;

export const LA: CountryRules = /* @__PURE__ */ region({
  country: 'LA',
  name: 'Laos',
  reviewed: R,
  timeZones: ['Asia/Vientiane'],
  languages: ['lo'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'required', sources: [S_SENT], note: 'Needed on Unitel.' },
      programme: 'la.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'Only a third-party guide (Sent) speaks to it; it says two-way SMS is not offered.' },
    },
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
