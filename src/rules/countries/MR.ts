import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Mauritania. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Mauritania SMS Guide', url: 'https://www.s.dm/resources/mr-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const MR: CountryRules = /* @__PURE__ */ region({
  country: 'MR',
  name: 'Mauritania',
  reviewed: R,
  timeZones: ['Africa/Nouakchott'],
  languages: ['ar'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'sent.dm says two-way SMS is not supported.' } },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
