import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cuba. Read 2026-11-23: Twilio guidelines, Bird and Infobip country notes (from
// a stored copy bundling their pages). AWS does not list Cuba in its North
// America table. Twilio blocks all SMS to Cuba from 15 September 2025.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/cuba_cu.md); no stored
// twilio.com SMS page for Cuba was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Cuba (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cu/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Cuba, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cu/sms', kind: 'provider', reviewed: R4 } as const;

export const CU: CountryRules = /* @__PURE__ */ region({
  country: 'CU',
  name: 'Cuba',
  reviewed: R,
  timeZones: ['America/Havana'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support unregistered names.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: the operators require registration (one registration for international and domestic traffic). Twilio itself does not offer it, and has blocked all SMS to Cuba since 15 September 2025; Infobip (earlier stored copy) said international registration is not available. These are offers, not evidence about the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for domestic long codes and Twilio does not sell them. The compiled Bird section (secondary) lists Cuban numbers; Infobip (compiled) offers none. No page about the operators settles it.', sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support international numbers. Twilio also stopped all SMS to Cuba on 15 September 2025 (an offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row gives no value for short codes and Twilio does not sell them (an offer, not evidence).', sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
});
