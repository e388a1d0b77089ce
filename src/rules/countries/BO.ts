import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bolivia. Only the AWS South America table covers it (read 2026-11-23); no Twilio page for
// Bolivia was found in the stored corpus.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/bolivia_bo.md); no stored
// twilio.com SMS page for Bolivia was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Bolivia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bo/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Bolivia, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bo/sms', kind: 'provider', reviewed: R4 } as const;

export const BO: CountryRules = /* @__PURE__ */ region({
  country: 'BO',
  name: 'Bolivia',
  reviewed: R,
  timeZones: ['America/La_Paz'],
  languages: ['es', 'qu', 'ay', 'gn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TWC], note: 'Twilio\'s operator row marks dynamic names as not supported, but the same page says Nuevatel (Viva) delivers them; on the other networks the name is replaced with a short code or another name outside Twilio. Read as accepted on one network only. Vonage (2024, compiled copy, secondary) says names are replaced. AWS not selling them is an offer.' },
      restriction: { networks: ['Nuevatel (Viva)'], text: 'Only Viva shows the sender name; Entel and Tigo subscribers see a replaced sender (a short code or another name).', sources: [S_TWC] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support pre-registered names.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes. AWS offering none is an offer, not evidence.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TWC], note: 'Twilio\'s operator row marks international numbers as not supported, but the same page says Nuevatel (Viva) delivers them; the other networks replace the sender outside Twilio.' },
      restriction: { networks: ['Nuevatel (Viva)'], text: 'Only Viva keeps the international number; on the other networks the sender is replaced with a short code or a name, so replies cannot reach you.', sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: the operators support short codes (Twilio does not sell them here). The compiled Bird section (secondary) agrees.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
    },
  },
});
