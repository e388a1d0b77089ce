import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Burkina Faso. AWS Africa table and s.dm guide read 2026-11-23.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Burkina Faso SMS Guide', url: 'https://s.dm/resources/burkina-faso-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Burkina Faso', url: 'https://www.twilio.com/en-us/guidelines/bf/sms', kind: 'provider', reviewed: R } as const;

export const BF: CountryRules = /* @__PURE__ */ region({
  country: 'BF',
  name: 'Burkina Faso',
  reviewed: R,
  timeZones: ['Africa/Ouagadougou'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_AFRICA, S_TW] },
      registration: { value: 'none', sources: [S_AWS_AFRICA, S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_AFRICA, S_TW] },
      twoWay: { value: false, sources: [S_AWS_AFRICA, S_TW, S_SDM], note: 'AWS, Twilio and s.dm: no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_TW] }, senderIdPreserved: { value: true, sources: [S_TW] } },
    'short-code': { supported: { value: false, sources: [S_AWS_AFRICA, S_TW] } },
  },
});
