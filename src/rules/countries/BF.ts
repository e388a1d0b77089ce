import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Burkina Faso. s.dm guide read 2026-11-23. Re-audited 2026-12-06: AWS Africa
// table; Twilio sender table (read from a stored copy of the page); Bird and
// Infobip country notes (from a stored copy bundling their pages).
// Re-read 2026-12-06: Twilio's sender table is read in a word-for-word markdown copy in
// a public GitHub compilation that names the page's address (Twilio's row descriptions are
// reproduced verbatim, as on the stored twilio.com pages of other countries; the stored
// twilio.com page for Burkina Faso itself was not found, so no part of it could be compared).
// The Bird and Infobip entries come from the same compilation but do not name their page's
// address.
// Re-read 2026-12-06 under section 5 of the research policy: the Bird and Infobip sections of
// that compilation name no page, so they are cited as secondary ("read in a compiled copy"),
// whatever URL they were filed under. The Twilio section names its page; no stored twilio.com
// page for Burkina Faso exists to compare it with, so it stands for the page (kind provider).
// Values that rested on Bird or Infobip were re-decided; offers resting only on them dropped.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Burkina Faso (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bf/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = { ...S_AWS_AFRICA, reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Burkina Faso (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Burkina Faso (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;

export const BF: CountryRules = /* @__PURE__ */ region({
  country: 'BF',
  name: 'Burkina Faso',
  reviewed: R,
  timeZones: ['Africa/Ouagadougou'],
  languages: ['fr'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_AWS, S_INFOBIP],
        note: 'Twilio marks dynamic names as supported by the operators and preserved; AWS sells them. The compiled copies (secondary) agree for Infobip and say Bird does not offer sender names here.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
      ],
      registration: { value: 'none', sources: [S_TW, S_INFOBIP, S_AWS] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: pre-registration is not required; names work without it.' },
      registration: { value: 'none', sources: [S_TW, S_INFOBIP] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio (the only major-provider page about the operators that speaks) marks domestic long codes as not supported by the operators. Only secondary copies say otherwise: the compiled Bird section lists Burkinabe numbers for transactional, promotional and two-way traffic, the compiled Infobip section says numeric senders are allowed; a secondary source does not override a provider page. AWS not selling long codes is an offer, not evidence.',
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP], note: 'Twilio: supported by the operators and preserved; the compiled Bird and Infobip copies (secondary) agree.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD],
        note: 'Twilio (the only major-provider page about the operators that speaks) marks short codes as not supported by the operators. Only the compiled Bird copy (secondary) lists Burkinabe short codes as a sender; it does not override a provider page. AWS not selling them is an offer; Infobip speaks only of names and numeric senders. No Vonage, Sinch, Plivo or Telnyx page for Burkina Faso and no operator or regulator page on short codes was reached.',
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
    },
  },
  content: {
    value: [
      { id: 'content.bf.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_INFOBIP] },
      { id: 'content.bf.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_INFOBIP] },
      { id: 'content.bf.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_INFOBIP] },
      { id: 'content.bf.other', topic: 'other', restriction: 'prohibited', text: 'No illegal content, and no person-to-person traffic over A2P routes.', sources: [S_INFOBIP] },
    ],
    sources: [S_INFOBIP],
    note: 'Only the compiled Infobip copy (secondary) speaks of content rules; it fills these items because no better source speaks.',
  },
});
