import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Anguilla. AWS North America table and Sent's country guide read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's guideline page through a word-for-word
// copy on GitHub (nevetsagetro/OKR-warranted, data/raw/anguilla_ai.md) that names the
// page's address; no stored twilio.com page for Anguilla was found to compare it with,
// so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Anguilla (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ai/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Anguilla, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ai/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Anguilla SMS guide', url: 'https://s.dm/resources/anguilla-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AI: CountryRules = /* @__PURE__ */ region({
  country: 'AI',
  name: 'Anguilla',
  reviewed: R,
  timeZones: ['America/Anguilla'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
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
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators.' },
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
});
