import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Bermuda. AWS North America table, Twilio guidelines (locale summary only) and
// Sent's country guide read 2026-11-23. Sender rows re-read 2026-12-06 from Twilio's
// guideline page through a word-for-word copy on GitHub (nevetsagetro/OKR-warranted,
// data/raw/bermuda_uk_bm.md) that names the page's address and matches the part of the
// stored page read earlier (locale summary, no two-way SMS); it stands for the page.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bermuda (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bm/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Bermuda, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/bm/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Bermuda SMS guide', url: 'https://www.sent.dm/resources/bermuda-sms-guide', kind: 'secondary', reviewed: R } as const;

export const BM: CountryRules = /* @__PURE__ */ region({
  country: 'BM',
  name: 'Bermuda',
  reviewed: R,
  timeZones: ['Atlantic/Bermuda'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_SENT],
        note: 'Twilio marks unregistered names as supported by the operators, but says only Digicel carries them; on the other networks the name is replaced by a random sender. sent.dm (secondary) agrees that only Digicel carries them. AWS lists sender IDs (its offer).',
      },
      restriction: {
        text: 'Only Digicel shows the sender name; on the other Bermudian network(s) it is replaced by a random sender ID before delivery.',
        sources: [S_TW, S_SENT],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio marks pre-registration as not supported by the operators: names are sent unregistered.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them; sent.dm (secondary) agrees. AWS sells none (its offer).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW, S_SENT], note: 'Twilio marks international long codes as supported by the operators, but says only Digicel carries numeric senders; elsewhere the number is replaced by a random sender. sent.dm (secondary) calls them supported.' },
      restriction: {
        text: 'Only Digicel keeps a numeric sender; on the other Bermudian network(s) it is replaced by a random sender ID, so replies do not reach you.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_SENT, S_TW], note: 'Kept on Digicel only (Twilio).' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them; sent.dm (secondary) agrees. AWS sells none (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
    },
  },
});
