import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Djibouti. AWS Africa table and s.dm guide read 2026-11-23; no Twilio page found.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Djibouti SMS Guide', url: 'https://www.sent.dm/resources/djibouti-sms-guide', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/djibouti_dj.md); no stored
// twilio.com SMS page for Djibouti was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Djibouti (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/dj/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Djibouti, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/dj/sms', kind: 'provider', reviewed: R4 } as const;

export const DJ: CountryRules = /* @__PURE__ */ region({
  country: 'DJ',
  name: 'Djibouti',
  reviewed: R,
  timeZones: ['Africa/Djibouti'],
  languages: ['fr', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: supported by the operators; AWS sells them.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes. AWS offering none is an offer, not evidence.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC, S_SDM], note: 'Twilio: supported by the operators; s.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC, S_SDM], note: 'Twilio: the operators do not support short codes; s.dm (secondary) agrees.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWO] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ] },
  },
});
