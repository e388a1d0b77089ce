import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Haiti. Only the Twilio locale summary (two-way) was read, 2026-11-23; its
// sender table and the AWS North America row for Haiti could not be reached.
// Sender-ID facts from Sent's Haiti guide and D7 Networks' Haiti page, read 2026-11-23.
// Sender rows re-read 2026-12-06 against Twilio's sender tables in a word-for-word copy
// that names the page (GitHub nevetsagetro/OKR-warranted, data/raw/haiti_ht.md); its first
// part matches the stored twilio.com page (two-way: no), so it stands for the page (policy
// section 5). The Bird and Infobip sections of that file do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Haiti (sender tables read in a verbatim copy)', url: 'https://www.twilio.com/guidelines/ht/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Haiti, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/guidelines/ht/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Haiti SMS guide', url: 'https://www.sent.dm/resources/haiti-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_D7 = { title: 'D7 Networks: SMS regulations for Haiti', url: 'https://d7networks.com/blog/sms-regulations-for-sending-messages-in-haiti', kind: 'provider', reviewed: R } as const;

export const HT: CountryRules = /* @__PURE__ */ region({
  country: 'HT',
  name: 'Haiti',
  reviewed: R,
  timeZones: ['America/Port-au-Prince'],
  languages: ['fr', 'ht'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_D7, S_SENT], note: 'Twilio, the only major-provider page, marks dynamic names as supported by the operators, and decides; D7 (another provider) allows names on all networks. Sent\'s guide (secondary) says Natcom does not carry them, which does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: 'Twilio says only that the operators require no pre-registration (names work without it, see alphanumeric-dynamic); Sent\'s guide (secondary) says names do not reach Natcom. Neither establishes a registered-name route.', sources: [S_TW, S_SENT] },
      registration: { value: 'none', sources: [S_TW, S_SENT], note: 'Twilio: pre-registration not required by the operators.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators. The Bird section of a compiled copy (secondary) lists Haitian numbers as senders; it does not override.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page, marks short codes as not supported by the operators. The Bird section of a compiled copy (secondary) lists Haitian short codes; it does not override.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
