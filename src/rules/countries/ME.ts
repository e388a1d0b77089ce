import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Montenegro. Only the Sent.dm guide was found (it cites Twilio's guidelines).
// Twilio and AWS Europe pages could not be reached.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Montenegro SMS guide', url: 'https://www.sent.dm/resources/montenegro-sms-guide', kind: 'secondary', reviewed: R } as const;

export const ME: CountryRules = /* @__PURE__ */ region({
  country: 'ME',
  name: 'Montenegro',
  reviewed: R,
  timeZones: ['Europe/Podgorica'],
  languages: ['cnr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): Telenor turns every unregistered sender into a generic one; Sent says names are kept. The stricter answer is kept.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm (citing Twilio) says two-way SMS is not supported.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
