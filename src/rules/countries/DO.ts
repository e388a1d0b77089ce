import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Dominican Republic. Read 2026-11-23: AWS North America table; Twilio
// guidelines, Bird and Infobip country notes (from a stored copy bundling their
// pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Dominican Republic', url: 'https://www.twilio.com/en-us/guidelines/do/sms', kind: 'provider', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/dominican_republic_do.md); no stored
// twilio.com SMS page for Dominican Republic was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Dominican Republic (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/do/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Dominican Republic, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/do/sms', kind: 'provider', reviewed: R4 } as const;

export const DO: CountryRules = /* @__PURE__ */ region({
  country: 'DO',
  name: 'Dominican Republic',
  reviewed: R,
  timeZones: ['America/Santo_Domingo'],
  languages: ['es'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not fully support sender names and may replace them with a random short code; Twilio still sells them. AWS not selling them is an offer.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support pre-registered names.' }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes. Bird and Infobip (earlier stored copy, secondary) list local numbers; a secondary source does not override a provider page.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not fully support numeric senders; Twilio still sells them, but the number may be replaced with a random short code.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC, S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: { value: true, sources: [S_AWS_NORTH_AMERICA, S_TW] },
      leadTime: { value: { minDays: 28, maxDays: 90 }, sources: [S_TW], note: 'Twilio: 4 weeks; Infobip: up to 3 months.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
  },
});
