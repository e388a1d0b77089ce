import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guinea-Bissau. Only the s.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Guinea-Bissau SMS Guide', url: 'https://s.dm/resources/guinea-bissau-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GW: CountryRules = /* @__PURE__ */ region({
  country: 'GW',
  name: 'Guinea-Bissau',
  reviewed: R,
  timeZones: ['Africa/Bissau'],
  languages: ['pt'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Vonage (2024): other networks accept any name, but MTN takes only registered ones. Under the research policy this does not establish what the operators accept: only a secondary source (Vonage "SMS Features and Restrictions" country pages, 2024, as compiled in whaleal/guide (JMC/5.SenderID.md)) says they are not available.', sources: [S_VONAGE_2024] },
      registration: { value: 'required', sources: [S_VONAGE_2024] },
      programme: 'gw.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_VONAGE_2024] },
      registration: { value: 'required', sources: [S_VONAGE_2024] },
      programme: 'gw.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': { twoWay: { value: false, sources: [S_SDM], note: 's.dm says two-way SMS is not supported.' } },
  },
  registrations: [
    {
      id: 'gw.sender-id',
      name: 'Sender name registration for the MTN network',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name through your provider before sending to MTN subscribers; it must carry the brand name and is case-sensitive.',
      sources: [S_VONAGE_2024],
    },
  ],
});
