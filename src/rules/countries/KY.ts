import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Cayman Islands. AWS North America table, Twilio guidelines (locale summary only)
// and Sent's country guide read 2026-11-23. Sender rows re-read 2026-12-06 against
// Twilio's sender tables in a word-for-word copy that names the page (GitHub
// nevetsagetro/OKR-warranted, data/raw/cayman_islands_uk_ky.md); its first part matches
// the stored twilio.com page (two-way: no), so it stands for the page (policy section 5).
// The Bird and Infobip sections of that repository do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Cayman Islands (sender tables read in a verbatim copy)', url: 'https://www.twilio.com/en/guidelines/ky/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Cayman Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en/guidelines/ky/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Cayman Islands SMS guide', url: 'https://www.sent.dm/resources/cayman-islands-sms-guide', kind: 'secondary', reviewed: R } as const;

export const KY: CountryRules = /* @__PURE__ */ region({
  country: 'KY',
  name: 'Cayman Islands',
  reviewed: R,
  timeZones: ['America/Cayman'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged; Sent agrees. AWS lists no sender-ID support here (its offer).' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Twilio says only that the operators require no pre-registration (names work without it, see alphanumeric-dynamic). AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_TW, S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for domestic long codes. Neither Twilio nor AWS sells them (their offers), which does not establish what the operators accept.', sources: [S_TW, S_AWS_NORTH_AMERICA] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ],
      twoWay: { value: false, sources: [S_SENT, S_AWS_NORTH_AMERICA, S_TW], note: 'Only Sent\'s guide (secondary) speaks about the country: it lists no two-way SMS, and fills the value. AWS and Twilio offer no two-way SMS here (their offers).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio gives no operator value for short codes. Neither Twilio nor AWS sells them here (their offers), which does not establish what the operators accept.', sources: [S_TW, S_AWS_NORTH_AMERICA] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
      ] },
  },
});
