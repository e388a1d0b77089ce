import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Belize. Only the AWS North America table covers it (read 2026-11-23); no Twilio page for
// Belize was found in the stored corpus.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/belize_bz.md); no stored
// twilio.com SMS page for Belize was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Belize (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bz/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Belize, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bz/sms', kind: 'provider', reviewed: R4 } as const;

export const BZ: CountryRules = /* @__PURE__ */ region({
  country: 'BZ',
  name: 'Belize',
  reviewed: R,
  timeZones: ['America/Belize'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_NORTH_AMERICA], note: 'Twilio: supported by the operators; AWS sells them.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_NORTH_AMERICA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): names reach BTL subscribers, but the Smart network replaces them.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes. AWS offering none is an offer, not evidence.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ] },
  },
});
