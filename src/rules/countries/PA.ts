import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Panama. Only Mapp's country page was read, 2026-11-23; the AWS North America
// row for Panama could not be reached and no Twilio page was found. Sent's Panama guide
// (sender facts only) read 2026-11-23.
const R = '2026-11-23' as const;
const S_MAPP = { title: 'Mapp Docs: Panama', url: 'https://docs.mapp.com/docs/panama.md', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Panama SMS guide', url: 'https://www.s.dm/resources/panama-sms-guide', kind: 'secondary', reviewed: R } as const;

export const PA: CountryRules = /* @__PURE__ */ region({
  country: 'PA',
  name: 'Panama',
  reviewed: R,
  timeZones: ['America/Panama'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_MAPP, S_SENT], note: 'Sent: names do not work in Panama; Mapp: only Más Móvil shows them.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_MAPP], note: 'Mapp: Tigo replaces the name.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_SENT, S_MAPP], note: 'Sent: names are not supported; Mapp: only Claro takes registered names.' },
      registration: { value: 'required', sources: [S_MAPP], note: 'Mapp: Claro accepts alphanumeric senders only when pre-registered.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'international-long-code': {
      supported: { value: false, sources: [S_MAPP], note: 'Tigo refuses numeric senders and Claro replaces them; only Más Móvil accepts them.' },
    },
    'short-code': { supported: { value: false, sources: [S_MAPP], note: 'Tigo refuses short codes and Claro replaces them; only Más Móvil accepts them.' } },
  },
  consent: {
    marketing: { value: 'express', sources: [S_MAPP], note: 'Mapp: opt-in is required.' },
    transactional: { value: 'express', sources: [S_MAPP], note: 'Mapp requires opt-in without limiting it to marketing.' },
  },
});
