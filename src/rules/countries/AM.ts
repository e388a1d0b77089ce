import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Armenia. AWS Asia table, Twilio locale summary, Sent.dm and a goUrban page
// quoting Twilio's sender ID list read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Armenia', url: 'https://www.twilio.com/en/guidelines/am/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Armenia SMS guide', url: 'https://sent.dm/resources/am_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const AM: CountryRules = /* @__PURE__ */ region({
  country: 'AM',
  name: 'Armenia',
  reviewed: R,
  timeZones: ['Asia/Yerevan'],
  languages: ['hy'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'AWS lists sender IDs as usable without registration; Sent.dm and the Twilio list require registration. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm, goUrban Support) says they are not available.', sources: [S_SENT, S_GU] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'required', sources: [S_SENT, S_GU] },
      programme: 'am.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_ASIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: { value: false, sources: [S_AWS_ASIA, S_TW], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_ASIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }] },
  },
  registrations: [
    {
      id: 'am.sender-id',
      name: 'Sender ID pre-registration with Armenian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID (up to 11 characters, no special characters) with the operators before sending.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_SENT, S_GU],
    },
  ],
});
