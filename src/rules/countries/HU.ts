import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Hungary. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Twilio, AWS Europe, SureSMS, OpenMarket and Messente queries
// did not surface a Hungary page.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Hungary SMS guide', url: 'https://www.sent.dm/resources/hu-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const HU: CountryRules = /* @__PURE__ */ region({
  country: 'HU',
  name: 'Hungary',
  reviewed: R,
  timeZones: ['Europe/Budapest'],
  languages: ['hu'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT], note: 'Only partly: Vodafone keeps the ID, Telenor and Telekom replace it with a local number.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'local-long-code': {
      twoWay: { value: true, sources: [S_SENT] },
      leadTime: { value: { minDays: 0, maxDays: 1 }, sources: [S_SENT] },
    },
  },
});
