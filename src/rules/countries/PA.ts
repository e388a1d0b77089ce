import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Panama. Only Mapp's country page was read, 2026-11-23; the AWS North America
// row for Panama could not be reached and no Twilio page was found. Sent's Panama guide
// (sender facts only) read 2026-11-23.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Panama, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Panama was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_MAPP = { title: 'Mapp Docs: Panama', url: 'https://docs.mapp.com/docs/panama.md', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Panama SMS guide', url: 'https://www.s.dm/resources/panama-sms-guide', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Panama (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pa/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Panama, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pa/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PA: CountryRules = /* @__PURE__ */ region({
  country: 'PA',
  name: 'Panama',
  reviewed: R,
  timeZones: ['America/Panama'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_MAPP, S_SENT], note: 'Twilio marks sender names as not supported by the operators. Mapp: only Más Móvil shows them; Sent (secondary): names do not work in Panama.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_MAPP], note: 'Mapp: Tigo replaces the name.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC, S_SENT, S_MAPP], note: 'Twilio marks pre-registered names as not supported by the operators. Mapp (not a major provider) says Claro takes registered names; it does not override a major-provider page.' },
      registration: { value: 'required', sources: [S_MAPP], note: 'Mapp: Claro accepts alphanumeric senders only when pre-registered.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks domestic numbers as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TWC, S_MAPP],
        note: 'Twilio marks international numbers as supported by the operators, except that Telefonica and Cable & Wireless replace dynamic numeric senders. Mapp (not a major provider) says Tigo refuses numeric senders, Claro replaces them and only Más Móvil accepts them; it does not override a major-provider page, but both point to network-by-network limits.',
      },
      restriction: {
        networks: ['Telefonica', 'Cable & Wireless'],
        text: 'These networks do not take dynamic numeric senders: the number is replaced by a generic number or short code.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC, S_MAPP], note: 'Twilio marks short codes as not supported by the operators. Mapp: Tigo refuses short codes and Claro replaces them; only Más Móvil accepts them.' } },
  },
  consent: {
    marketing: { value: 'express', sources: [S_MAPP], note: 'Mapp: opt-in is required.' },
    transactional: { value: 'express', sources: [S_MAPP], note: 'Mapp requires opt-in without limiting it to marketing.' },
  },
});
