import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Martinique (France). Only Sent's country guide was found (read 2026-11-23). The
// row in the AWS North America table was not reachable in the stored copy, and no
// Twilio page was found.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Martinique SMS guide', url: 'https://www.sent.dm/resources/martinique-sms-guide', kind: 'secondary', reviewed: R } as const;

export const MQ: CountryRules = /* @__PURE__ */ region({
  country: 'MQ',
  name: 'Martinique',
  reviewed: R,
  timeZones: ['America/Martinique'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
    'international-long-code': {
      supported: { value: true, sources: [S_SENT] },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
