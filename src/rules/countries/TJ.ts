import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tajikistan. Only the Sent.dm guide was found. No Twilio or AWS row was reachable.
// Sender IDs re-read from Sent's FAQ.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Tajikistan SMS guide', url: 'https://www.sent.dm/resources/tajikistan-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TJ: CountryRules = /* @__PURE__ */ region({
  country: 'TJ',
  name: 'Tajikistan',
  reviewed: R,
  timeZones: ['Asia/Dushanbe'],
  languages: ['tg'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so: unregistered names may be blocked or replaced. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT] },
      registration: {
        value: 'required',
        sources: [S_SENT],
        note: 'Sent says registering keeps the name from being blocked or replaced; recorded as required to be safe.',
      },
      programme: 'tj.sender-id',
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': { twoWay: { value: true, sources: [S_SENT], note: 'Through registered numbers and authorised local partners only.' } },
  },
  registrations: [
    {
      id: 'tj.sender-id',
      name: 'Sender ID pre-registration with the Tajik operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name through a partner connected to the Tajik operators so it is not blocked or replaced.',
      sources: [S_SENT],
    },
  ],
});
