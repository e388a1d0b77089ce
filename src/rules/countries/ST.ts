import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// São Tomé & Príncipe. Twilio locale summary (sender table not reached) and Sent guide
// (sender facts only) read 2026-11-23; the AWS Africa row for this country could not be read.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Sao Tome and Principe', url: 'https://twilio.com/guidelines/st/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Sao Tome and Principe SMS Guide', url: 'https://www.sent.dm/resources/sao-tome-and-principe-sms-guide', kind: 'secondary', reviewed: R } as const;

export const ST: CountryRules = /* @__PURE__ */ region({
  country: 'ST',
  name: 'São Tomé & Príncipe',
  reviewed: R,
  timeZones: ['Africa/Sao_Tome'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
  },
});
