import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Central African Republic. AWS Africa table read 2026-11-23; no Twilio page for Central African Republic was found
// in the stored index, and no other source was looked up.
const R = '2026-11-23' as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/central_african_republic_cf.md); no stored
// twilio.com SMS page for Central African Republic was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Central African Republic (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cf/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Central African Republic, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cf/sms', kind: 'provider', reviewed: R4 } as const;

export const CF: CountryRules = /* @__PURE__ */ region({
  country: 'CF',
  name: 'Central African Republic',
  reviewed: R,
  timeZones: ['Africa/Bangui'],
  languages: ['fr', 'sg'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: supported by the operators; AWS sells them.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes. AWS offering none is an offer, not evidence.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ] },
  },
});
