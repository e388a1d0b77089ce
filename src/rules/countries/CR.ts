import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Costa Rica. Read 2026-11-23: AWS North America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Costa Rica', url: 'https://www.twilio.com/en-us/guidelines/cr/sms', kind: 'provider', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/costa_rica_cr.md); no stored
// twilio.com SMS page for Costa Rica was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Costa Rica (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cr/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Costa Rica, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cr/sms', kind: 'provider', reviewed: R4 } as const;

export const CR: CountryRules = /* @__PURE__ */ region({
  country: 'CR',
  name: 'Costa Rica',
  reviewed: R,
  timeZones: ['America/Costa_Rica'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support sender names (dynamic or pre-registered). The compiled Bird section (secondary) lists names as supported; a secondary source does not override a provider page.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Twilio\'s operator row says pre-registration is not required while it marks names as not supported, so it does not settle pre-registered names; AWS lists no registered sender IDs here, which says what AWS sells.', sources: [S_TWC, S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC, S_AWS_NORTH_AMERICA], note: 'Twilio: supported by the operators (Twilio does not sell them); AWS sells local numbers.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: {
        value: true,
        sources: [S_AWS_NORTH_AMERICA],
        note: 'AWS sells two-way local numbers here (Bird and Infobip did too, per the earlier stored copy). Twilio lists no two-way SMS, but that is what Twilio sells, not what the operators allow.',
      },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Replaced with a local short or long code.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC, S_AWS_NORTH_AMERICA], note: 'Twilio: supported by the operators (Twilio does not sell them); AWS sells them.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
});
