import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Haiti. Only the Twilio locale summary (two-way) was read, 2026-11-23; its
// sender table and the AWS North America row for Haiti could not be reached.
// Sender-ID facts from Sent's Haiti guide and D7 Networks' Haiti page, read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Haiti', url: 'https://www.twilio.com/guidelines/ht/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Haiti SMS guide', url: 'https://www.sent.dm/resources/haiti-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_D7 = { title: 'D7 Networks: SMS regulations for Haiti', url: 'https://d7networks.com/blog/sms-regulations-for-sending-messages-in-haiti', kind: 'provider', reviewed: R } as const;

export const HT: CountryRules = /* @__PURE__ */ region({
  country: 'HT',
  name: 'Haiti',
  reviewed: R,
  timeZones: ['America/Port-au-Prince'],
  languages: ['fr', 'ht'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SENT, S_D7], note: 'D7 allows names on all networks; Sent says Natcom does not carry them.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so; names do not reach Natcom. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' } },
  },
});
