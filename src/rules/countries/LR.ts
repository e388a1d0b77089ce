import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Liberia. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Liberia SMS Guide', url: 'https://www.sent.dm/resources/lr-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const LR: CountryRules = /* @__PURE__ */ region({
  country: 'LR',
  name: 'Liberia',
  reviewed: R,
  timeZones: ['Africa/Monrovia'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Sender IDs must be pre-registered. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      registration: { value: 'required', sources: [S_SENT] },
      programme: 'lr.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'required', sources: [S_SENT] },
      programme: 'lr.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SENT] },
      restrictedUseCases: { value: ['marketing'], sources: [S_SENT], note: 'Promotional content is not allowed on registered sender IDs.' },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm says two-way SMS is not supported.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT], note: 'Not on the MTN network.' } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  registrations: [
    {
      id: 'lr.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID through your provider before sending; allow about three weeks.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_SENT],
    },
  ],
});
