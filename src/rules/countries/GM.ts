import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Gambia. Twilio locale summary and s.dm guide read 2026-11-23; the Twilio sender table was not reached,
// not in the AWS Africa rows reached.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Gambia', url: 'https://twilio.com/guidelines/gm/sms', kind: 'provider', reviewed: R } as const;
const S_SDM = { title: 'Sent: Gambia SMS Guide', url: 'https://s.dm/resources/gambia-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GM: CountryRules = /* @__PURE__ */ region({
  country: 'GM',
  name: 'Gambia',
  reviewed: R,
  timeZones: ['Africa/Banjul'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SDM], note: "Only Sent's guide says so; it covers all networks." },
      registration: { value: 'none', sources: [S_SDM], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): Gamcel replaces names; other networks keep them.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SDM], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SDM], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_TW, S_SDM], note: 'Twilio and s.dm offer no two-way SMS here.' } },
  },
});
