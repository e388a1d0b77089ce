import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Burkina Faso. s.dm guide read 2026-11-23. Re-audited 2026-12-06: AWS Africa
// table; Twilio sender table (read from a stored copy of the page); Bird and
// Infobip country notes (from a stored copy bundling their pages).
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_SDM = { title: 'Sent: Burkina Faso SMS Guide', url: 'https://s.dm/resources/burkina-faso-sms-guide', kind: 'secondary', reviewed: R0 } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Burkina Faso (stored copy)', url: 'https://www.twilio.com/en-us/guidelines/bf/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = { ...S_AWS_AFRICA, reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Burkina Faso (stored copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Burkina Faso (stored copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
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
        note: 'Twilio marks dynamic names as supported by the operators and preserved; Infobip allows dynamic names without registration. Bird does not offer sender names here.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
        { provider: 'bird', offered: false, sources: [S_BIRD] },
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
        value: true,
        sources: [S_BIRD, S_INFOBIP, S_TW],
        note: 'Bird sells Burkinabe numbers and recommends them for transactional, promotional and two-way traffic; Infobip says numeric senders are allowed. Twilio marks domestic long codes as not supported by the operators. AWS not selling long codes is an offer, not evidence.',
      },
      offers: [
        { provider: 'bird', offered: true, twoWay: true, sources: [S_BIRD] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      twoWay: {
        value: true,
        sources: [S_BIRD, S_AWS, S_TW, S_SDM],
        note: 'Bird offers two-way SMS on a local long number. AWS, Twilio and Infobip offer no two-way SMS here (their own products); Sent says two-way is not available.',
      },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_BIRD, S_AWS],
        note: 'Twilio marks short codes as not supported by the operators; Bird lists Burkinabe short codes as a sender. AWS not selling them is an offer. The two major-provider pages disagree.',
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
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
  },
});
