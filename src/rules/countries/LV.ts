import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Latvia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Time zone as given by the group file (libphonenumber);
// Latvia's own IANA zone is Europe/Riga.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Latvia SMS guide', url: 'https://www.sent.dm/resources/lv-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const LV: CountryRules = /* @__PURE__ */ region({
  country: 'LV',
  name: 'Latvia',
  reviewed: R,
  timeZones: ['Europe/Riga'],
  languages: ['lv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not offered here.' } },
  },
});
