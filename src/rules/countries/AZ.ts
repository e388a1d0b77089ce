import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Azerbaijan. AWS Asia table, Twilio locale summary and Sent.dm read 2026-11-23.
// Sender rows re-read 2026-12-06 from Twilio's guideline page through a word-for-word copy
// on GitHub (nevetsagetro/OKR-warranted, data/raw/azerbaijan_az.md) that names the page's
// address and matches the part of the stored page read earlier (locale summary, no two-way
// SMS); it stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Azerbaijan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/az/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Azerbaijan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/az/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Azerbaijan SMS guide', url: 'https://www.sent.dm/resources/az-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const AZ: CountryRules = /* @__PURE__ */ region({
  country: 'AZ',
  name: 'Azerbaijan',
  reviewed: R,
  timeZones: ['Asia/Baku'],
  languages: ['az'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_ASIA, S_SENT], note: 'Twilio marks unregistered names as supported by the operators; generic names such as INFO or Verify fail.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_ASIA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_ASIA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them; sent.dm (secondary) agrees. AWS sells none (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW, S_SENT], note: 'Twilio marks international long codes as supported by the operators except Azercell, which refuses numeric senders.' },
      restriction: {
        networks: ['Azercell'],
        text: 'Azercell refuses numeric senders: messages from a number fail there; send to Azercell with a sender name.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them; sent.dm (secondary) agrees. AWS sells none (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
    },
  },
});
