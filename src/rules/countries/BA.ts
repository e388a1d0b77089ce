import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bosnia and Herzegovina. OpenMarket, SureSMS and Sent.dm read 2026-11-23.
// The AWS Europe table could not be reached. Sender rows re-read 2026-12-06 from Twilio's
// guideline page through a word-for-word copy on GitHub (nevetsagetro/OKR-warranted,
// data/raw/bosnia_and_herzegovina_ba.md) that names the page's address; no stored
// twilio.com page was found to compare it with, so the copy stands for the page (policy
// section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bosnia and Herzegovina (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ba/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Bosnia and Herzegovina, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ba/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_OM = { title: 'OpenMarket Global Coverage: Bosnia and Herzegovina', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/bosnia-and-herzegovina.htm', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Bosnia and Herzegovina', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/bosnia-and-herzegovina/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Bosnia and Herzegovina SMS guide', url: 'https://www.sent.dm/resources/ba-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const BA: CountryRules = /* @__PURE__ */ region({
  country: 'BA',
  name: 'Bosnia & Herzegovina',
  reviewed: R,
  timeZones: ['Europe/Sarajevo'],
  languages: ['bs', 'hr', 'sr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_OM, S_SURE], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_OM], note: 'Twilio: the operators require no pre-registration. A compiled copy of Infobip\'s page (secondary) says registration is needed; it does not override.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE, S_OM], note: 'OpenMarket says alphanumeric IDs are kept; SureSMS says they can be overwritten.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. OpenMarket offers two-way only on short codes; Sent.dm says no two-way.' },
      senderIdPreserved: { value: false, sources: [S_OM], note: 'BH Telecom and m:tel replace long codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international long codes as not supported by the operators: it delivers them best effort with the number replaced by a generic name, and advises a sender name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT, S_OM], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them, and decides; sent.dm (secondary) agrees. On the other side, OpenMarket (not a major provider) offers two-way short codes registered with the operators, as does a compiled copy of Infobip\'s page (secondary).' },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_OM, S_SURE] } },
  content: {
    value: [
      { id: 'content.ba.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_OM, S_SURE] },
      { id: 'content.ba.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_OM, S_SURE] },
      { id: 'content.ba.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_OM] },
      { id: 'content.ba.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_OM, S_SURE],
  },
  obligations: [
    { id: 'identification.ba.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
