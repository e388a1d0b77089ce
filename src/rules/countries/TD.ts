import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Chad. AWS Africa table, sent.dm guide and goUrban's Twilio note read 2026-11-23; no Twilio page found.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Chad SMS Guide', url: 'https://www.sent.dm/resources/chad-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio (countries needing a registered sender ID)', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const TD: CountryRules = /* @__PURE__ */ region({
  country: 'TD',
  name: 'Chad',
  reviewed: R,
  timeZones: ['Africa/Ndjamena'],
  languages: ['fr', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'AWS lists sender IDs without registration; goUrban lists Chad among countries where Twilio needs a registered one. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells; only a secondary source (goUrban Support) says they are not available.', sources: [S_GOURBAN, S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
      registration: { value: 'required', sources: [S_GOURBAN] },
      programme: 'td.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_GOURBAN, S_SENT] },
      registration: { value: 'required', sources: [S_GOURBAN], note: 'AWS says no registration is needed.' },
      programme: 'td.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_AFRICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
      twoWay: { value: false, sources: [S_AWS_AFRICA, S_SENT], note: 'AWS and sent.dm: no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_AFRICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] },
  },
  registrations: [
    {
      id: 'td.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID through your provider before sending.',
      sources: [S_GOURBAN],
    },
  ],
});
