import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ecuador. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages).
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/ecuador_ec.md, which names the page's address);
// no stored twilio.com page for Ecuador was found to compare it with, so the copy stands for
// the page (policy section 5). The Bird and Infobip sections of that file name no page:
// secondary. AWS's table and Twilio's "Twilio supported" row are offers.
const R = '2026-11-23' as const;
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ecuador (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ec/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Ecuador, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ec/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Ecuador (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: T,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Ecuador (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: T,
} as const;

export const EC: CountryRules = /* @__PURE__ */ region({
  country: 'EC',
  name: 'Ecuador',
  reviewed: R,
  timeZones: ['America/Guayaquil', 'Pacific/Galapagos'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD],
        note: 'Twilio marks dynamic names as not supported by the operators in general, with one exception: CNT Mobile accepts them (the page names that network as accepting, an operator fact rather than Twilio\'s delivery, so the sender stays restricted rather than false). The Bird section of a compiled copy (secondary) offers no names here.',
      },
      restriction: {
        text: 'Only CNT Mobile delivers a dynamic sender name; the other networks do not accept names, so subscribers of every other network cannot be reached with one.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Twilio marks pre-registration as not required by the operators and says names are in general not accepted (only CNT Mobile takes dynamic names); it does not say whether a registered name is delivered. AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_TW, S_AWS_SOUTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TW_OFFER, S_AWS_SOUTH_AMERICA, S_BIRD], note: 'Twilio\'s page says nothing of what the operators accept for domestic numbers; Twilio and AWS do not sell them (offers), and the Bird section of a compiled copy (secondary) offers none. No source establishes what the operators accept.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      twoWay: { value: 'unknown', note: 'Twilio\'s page says Twilio offers no two-way SMS here (its offer); the two-way AWS lists runs on short codes.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators, but the number is replaced by a short or long code (except on CNT Mobile). The Bird section of a compiled copy (secondary) offers no international numbers.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA, S_INFOBIP, S_BIRD], note: 'AWS sells short codes here (an offer, which implies the operators take them); the Infobip and Bird sections of a compiled copy (secondary) agree. Twilio\'s page says nothing of the operators here and Twilio does not sell them.' },
      offers: [
        { provider: 'aws', offered: true, sources: [S_AWS_SOUTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: true, sources: [S_AWS_SOUTH_AMERICA, S_INFOBIP], note: 'Infobip (compiled copy, secondary): on a dedicated code, usually 1-2 months to set up.' },
    },
  },
  optOut: {
  },
  obligations: [
  ],
});
