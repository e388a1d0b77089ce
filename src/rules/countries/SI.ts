import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Slovenia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Twilio, AWS Europe, SureSMS, OpenMarket and Messente queries
// did not surface a Slovenia page.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Slovenia SMS guide', url: 'https://www.sent.dm/resources/si_sms_guidance', reviewed: R } as const;

export const SI: CountryRules = /* @__PURE__ */ region({
  country: 'SI',
  name: 'Slovenia',
  reviewed: R,
  timeZones: ['Europe/Ljubljana'],
  languages: ['sl'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so; it does not say whether registration is needed." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not offered here.' } },
    'short-code': { supported: { value: false, sources: [S_SENT] } },
  },
});
