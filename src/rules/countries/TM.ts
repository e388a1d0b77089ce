import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Turkmenistan. Only the Sent.dm guide was found (it cites a single operator,
// TM Cell). No Twilio or AWS row was reachable. Sender IDs re-read from Sent.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Turkmenistan SMS guide', url: 'https://sent.dm/en/resources/sms-compliance/tm-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const TM: CountryRules = /* @__PURE__ */ region({
  country: 'TM',
  name: 'Turkmenistan',
  reviewed: R,
  timeZones: ['Asia/Ashgabat'],
  languages: ['tk'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Sender IDs are replaced with an international long code. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: 'Sent\'s summary says names are replaced with an international number, though its FAQ lists them as supported and advises registering. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not supported.' } },
  },
});
