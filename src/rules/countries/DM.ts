import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Dominica. AWS North America table and Sent's country guide read 2026-11-23;
// no Twilio page for Dominica was found in the stored index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Dominica SMS guide', url: 'https://www.sent.dm/resources/dm-sms-guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/dominica_dm.md); no stored
// twilio.com SMS page for Dominica was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Dominica (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/dm/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Dominica, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/dm/sms', kind: 'provider', reviewed: R4 } as const;

export const DM: CountryRules = /* @__PURE__ */ region({
  country: 'DM',
  name: 'Dominica',
  reviewed: R,
  timeZones: ['America/Dominica'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_NORTH_AMERICA, S_SENT], note: 'Twilio: supported by the operators; generic names such as INFO or Verify fail.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for domestic long codes. AWS and Sent (secondary) offer no local numbers, which says what they sell, not what the operators accept.', sources: [S_TWC, S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: 'unknown', sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent (secondary) offer no two-way SMS here; that says what they sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio\'s operator row marks international numbers as not supported, although Twilio sells them and says the number is kept. sent.dm (secondary) lists them as supported; a secondary source does not override a provider page.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for short codes and Twilio does not sell them; AWS lists none (offers, not evidence); only sent.dm (secondary) says they are not available.', sources: [S_TWC, S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ] },
  },
});
