import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Niger. s.dm guide read 2026-11-23; not in the AWS Africa rows reached.
// Twilio sender table read from a stored copy of the page.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Niger, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Niger was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Niger SMS Guide', url: 'https://s.dm/resources/niger-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Niger', url: 'https://www.twilio.com/en-us/guidelines/ne/sms', kind: 'provider', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Niger (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ne/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Niger, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ne/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const NE: CountryRules = /* @__PURE__ */ region({
  country: 'NE',
  name: 'Niger',
  reviewed: R,
  timeZones: ['Africa/Niamey'],
  languages: ['fr', 'ha'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TWC] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: the operators do not require pre-registration.' },
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: {
        value: 'unknown',
        sources: [S_TW, S_SDM],
        note: 'Twilio\'s two-way row says Twilio offers no two-way SMS here (an offer); s.dm (secondary) says the same. No page about the operators speaks.',
      },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TWC],
        note: 'Twilio marks international numbers as supported by the operators, but not fully on Airtel and Orange.',
      },
      restriction: {
        networks: ['Airtel', 'Orange'],
        text: 'Airtel and Orange do not fully take dynamic numeric senders: the number is replaced by a generic sender name and delivery is best effort only.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_TWC], note: 'Twilio: Airtel and Orange replace numeric IDs with a generic name.' },
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
});
