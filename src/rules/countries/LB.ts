import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Lebanon. Mapp country guide read 2026-11-23. No Twilio Lebanon page was
// reachable and the AWS Asia row for Lebanon could not be read.
const R = '2026-11-23' as const;
const S_MAPP = { title: 'Mapp Documentation: Lebanon', url: 'https://docs.mapp.com/docs/lebanon.md', kind: 'provider', reviewed: R } as const;

export const LB: CountryRules = /* @__PURE__ */ region({
  country: 'LB',
  name: 'Lebanon',
  reviewed: R,
  timeZones: ['Asia/Beirut'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_MAPP] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_MAPP] },
      registration: { value: 'required', sources: [S_MAPP] },
      programme: 'lb.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'international-long-code': {
      supported: { value: false, sources: [S_MAPP], note: 'Alfa and Touch replace numeric senders.' },
      senderIdPreserved: { value: false, sources: [S_MAPP] },
    },
    'short-code': { supported: { value: false, sources: [S_MAPP] } },
  },
  registrations: [
    {
      id: 'lb.sender-id',
      name: 'Sender ID pre-registration (Alfa, Touch)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with both operators before sending.',
      sources: [S_MAPP],
    },
  ],
  optOut: {
    marketingInstructions: { value: 'not-required', sources: [S_MAPP] },
  },
});
