import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cambodia. AWS Asia table read 2026-11-23. No Twilio Cambodia page was
// reachable in the stored sources.
const R = '2026-11-23' as const;

export const KH: CountryRules = /* @__PURE__ */ region({
  country: 'KH',
  name: 'Cambodia',
  reviewed: R,
  timeZones: ['Asia/Phnom_Penh'],
  languages: ['km'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_AWS_ASIA] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_AWS_ASIA] },
      registration: { value: 'required', sources: [S_AWS_ASIA] },
      programme: 'kh.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_ASIA], note: 'Only AWS checked; it offers no local numbers.' },
      twoWay: { value: false, sources: [S_AWS_ASIA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: false, sources: [S_AWS_ASIA] } },
  },
  registrations: [
    {
      id: 'kh.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending.',
      sources: [S_AWS_ASIA],
    },
  ],
});
