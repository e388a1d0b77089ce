import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Slovakia. SureSMS and Sent.dm read 2026-11-23. The Twilio page and the AWS
// Europe table could not be reached, so they are not cited.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Slovakia', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/slovakia/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Slovakia SMS guide', url: 'https://www.sent.dm/resources/slovakia-sms-guide', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Slovakia SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/slovakia_sk.md); no
// stored twilio.com page for Slovakia was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Slovakia, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sk/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Slovakia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sk/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SK: CountryRules = /* @__PURE__ */ region({
  country: 'SK',
  name: 'Slovakia',
  reviewed: R,
  timeZones: ['Europe/Bratislava'],
  languages: ['sk'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_SURE, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says alphanumeric IDs can be overwritten.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks domestic long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW4_OFFER, S_SENT], note: 'Twilio offers no two-way SMS here and Sent (secondary) says none is offered; that says what providers sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW4, S_SURE, S_SENT],
        note: 'Twilio\'s operator row (the only major-provider page; read in a verbatim copy) marks international long codes as not supported, and its text says Slovak operators do not take them: Twilio still sells them but delivers only with the number replaced by a generic name, which is its workaround, not operator acceptance. No source at its level or above says any network shows the number; SureSMS (another provider) agrees that T-Mobile and O2 replace numeric senders.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW4, S_SENT, S_SURE], note: 'Twilio: replaced by a generic name; T-Mobile and O2 replace numeric senders (SureSMS).' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4, S_SENT], note: 'Twilio marks short codes as not supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.sk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.sk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.sk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.sk.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
