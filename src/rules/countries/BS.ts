import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Bahamas. AWS North America table and Sent's country guide read 2026-11-23;
// no Twilio page for the Bahamas was found in the stored index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Bahamas SMS guide', url: 'https://www.sent.dm/resources/bh-sms-guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/bahamas_bs.md); no stored
// twilio.com SMS page for Bahamas was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Bahamas (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bs/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Bahamas, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bs/sms', kind: 'provider', reviewed: R4 } as const;

export const BS: CountryRules = /* @__PURE__ */ region({
  country: 'BS',
  name: 'Bahamas',
  reviewed: R,
  timeZones: ['America/Nassau'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not support sender names; Twilio still accepts them but they are replaced with a number outside its platform. sent.dm (secondary) agrees. AWS not selling them is an offer.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support pre-registered names.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for domestic long codes, and Twilio does not sell them; AWS offers no local numbers (an offer, not evidence).', sources: [S_TWC, S_AWS_NORTH_AMERICA] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
      twoWay: { value: 'unknown', sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'AWS and Sent (secondary) list no two-way SMS here; that says what AWS sells, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support international numbers; Twilio still sells them, but the sender is replaced outside its platform.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
    },
  },
});
