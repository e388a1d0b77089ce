import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Comoros. AWS Africa table read 2026-11-23. Sender rows re-read 2026-12-06 against
// Twilio's guideline page for Comoros, in a word-for-word copy that names the page
// (GitHub nevetsagetro/OKR-warranted, data/raw/comoros_km.md). No stored twilio.com page
// for Comoros was found, so the copy stands for Twilio's page (policy section 5). The Bird
// and Infobip sections of that file do not name their pages (secondary).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Comoros (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/km/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Comoros, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/km/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const KM: CountryRules = /* @__PURE__ */ region({
  country: 'KM',
  name: 'Comoros',
  reviewed: R,
  timeZones: ['Indian/Comoro'],
  languages: ['fr', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_AFRICA], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_AWS_AFRICA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators. Neither Twilio nor AWS sells them (their offers).' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
      twoWay: { value: 'unknown', sources: [S_TW_OFFER, S_AWS_AFRICA], note: 'Only offers speak: AWS and Twilio offer no two-way SMS here, and the Infobip section of a compiled copy (secondary) lists no two-way option. None says what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators except on HURI, and advises a sender name instead.' },
      restriction: { networks: ['HURI'], text: 'Only Telma accepts international numbers; HURI does not, so delivery there is best effort at most.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page that speaks about the operators, marks short codes as not supported by them. AWS sells none here (its offer). The Bird section of a compiled copy (secondary) lists short codes; it does not override.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
    },
  },
});
