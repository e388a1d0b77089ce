import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Barbados. AWS North America table, SureSMS's country rules and Sent's country
// guide read 2026-11-23; no Twilio page for Barbados was found in the stored index.
// Sender rows re-read 2026-12-06 from Twilio's guideline page through a word-for-word copy
// on GitHub (nevetsagetro/OKR-warranted, data/raw/barbados_bb.md) that names the page's
// address; with no stored twilio.com page to compare it with, the copy stands for the page
// (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Barbados (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bb/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Barbados, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/bb/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SURE = { title: 'SureSMS: SMS rules for Barbados', url: 'https://suresms.com/en/landing-control/barbados/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Barbados SMS guide', url: 'https://www.sent.dm/resources/barbados-sms-guide', kind: 'secondary', reviewed: R } as const;

export const BB: CountryRules = /* @__PURE__ */ region({
  country: 'BB',
  name: 'Barbados',
  reviewed: R,
  timeZones: ['America/Barbados'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_NORTH_AMERICA, S_SURE, S_SENT], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_NORTH_AMERICA, S_SENT], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for domestic long codes and does not sell them; AWS sells none. What the operators accept is not established.', sources: [S_TW, S_AWS_NORTH_AMERICA] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', sources: [S_AWS_NORTH_AMERICA, S_TW, S_SENT], note: 'AWS, Twilio and Sent offer no two-way SMS here; that says what they sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SURE], note: 'Twilio, the only major-provider page about the operators, marks international long codes as supported by them, and decides. SureSMS (not a major provider) allows numeric senders only for two-way services in its text, though its table marks them supported.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them. A compiled copy of Bird\'s guide (secondary) lists local short codes; it does not override.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.bb.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.bb.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.bb.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.bb.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited promotions.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.bb.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
