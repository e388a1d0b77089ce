import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Trinidad & Tobago. Only Sent's country guide was found (read 2026-11-23). The row
// in the AWS North America table was not reachable in the stored copy, and no
// Twilio page was found.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Trinidad and Tobago SMS guide', url: 'https://www.sent.dm/resources/trinidad-and-tobago-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TT: CountryRules = /* @__PURE__ */ region({
  country: 'TT',
  name: 'Trinidad & Tobago',
  reviewed: R,
  timeZones: ['America/Port_of_Spain'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT], note: 'bmobile replaces the name with a random number; Digicel keeps it only partly.' },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent offers no two-way SMS here.' } },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
