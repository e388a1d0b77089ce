import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Antigua and Barbuda. AWS North America table, Twilio guidelines (locale summary only)
// and Sent's country guide read 2026-11-23. Sender rows re-read 2026-12-06 from Twilio's
// guideline page through a word-for-word copy on GitHub (nevetsagetro/OKR-warranted,
// data/raw/antigua_and_barbuda_ag.md) that names the page's address and matches the part
// of the stored page read earlier (locale summary, no two-way SMS); it stands for the page.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Antigua and Barbuda (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ag/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Antigua and Barbuda, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ag/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Antigua and Barbuda SMS guide', url: 'https://www.sent.dm/resources/antigua-and-barbuda-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AG: CountryRules = /* @__PURE__ */ region({
  country: 'AG',
  name: 'Antigua & Barbuda',
  reviewed: R,
  timeZones: ['America/Antigua'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_NORTH_AMERICA, S_SENT], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_NORTH_AMERICA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for domestic long codes and does not sell them; AWS sells none; only a secondary source (sent.dm) says they are not available. What the operators accept is not established.', sources: [S_TW, S_AWS_NORTH_AMERICA, S_SENT] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', sources: [S_AWS_NORTH_AMERICA, S_TW, S_SENT], note: 'AWS, Twilio and Sent offer no two-way SMS here; that says what they sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them; sent.dm (secondary) agrees. A compiled copy of Bird\'s guide (secondary) lists local short codes; it does not override.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
  },
});
