import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mali. SureSMS country rules and sent.dm guide read 2026-11-23. On 2026-12-06 SureSMS was re-read,
// and Twilio's Mali page was read in a word-for-word copy that names the page (GitHub
// nevetsagetro/OKR-warranted, data/raw/mali_ml.md; no stored twilio.com page for Mali was found, so
// the copy stands for the page under section 5 of the research policy). The row as a whole keeps its
// 2026-11-23 review date.
const R = '2026-11-23' as const;
const NOW = '2026-12-06' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Mali', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/mali/', kind: 'provider', reviewed: NOW } as const;
const S_TW_COPY = { title: 'Twilio SMS Guidelines: Mali, sender tables (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ml/sms', kind: 'provider', reviewed: NOW } as const;
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Mali, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ml/sms', kind: 'provider', reviewed: NOW } as const;
const S_SENT = { title: 'Sent: Mali SMS Guide', url: 'https://www.sent.dm/resources/ml-sms-guidance', kind: 'secondary', reviewed: NOW } as const;

const NUMERIC_TWO_WAY_ONLY = 'SureSMS lists local and foreign numeric senders as supported, but says numeric senders are allowed only for a two-way service; one-way A2P traffic should use a brand name.';

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: true, sources: [S_SURE] },
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: true, sources: [S_SURE] },
  },
  'local-long-code': {
    supported: { value: 'restricted', sources: [S_SURE, S_SENT] },
    restriction: { text: NUMERIC_TWO_WAY_ONLY, sources: [S_SURE] },
    twoWay: {
      value: 'unknown',
      sources: [S_SURE, S_SENT],
      note: 'sent.dm (a digest) says two-way SMS is not offered on standard A2P routes; SureSMS allows numeric senders precisely for two-way services.',
    },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_SURE] },
    restriction: { text: NUMERIC_TWO_WAY_ONLY, sources: [S_SURE] },
  },
  'short-code': {
    supported: { value: true, sources: [S_TW_COPY, S_SENT], note: 'Twilio\'s operator-capability row marks short codes as supported by Malian operators; sent.dm (secondary) agrees. Twilio does not sell them.' },
    offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_COPY, S_SURE], note: 'Twilio\'s operator row says pre-registration is not required, so a registered name is carried like any other; SureSMS lists brand names as supported. sent.dm (secondary) mentions registration with Orange Mali.' },
    registration: { value: 'none', sources: [S_TW_COPY] },
    twoWay: ALPHA_ONE_WAY,
  },
};

export const ML: CountryRules = /* @__PURE__ */ region({
  country: 'ML',
  name: 'Mali',
  reviewed: R,
  timeZones: ['Africa/Bamako'],
  languages: ['fr', 'bm'],
  senders: SENDERS,
  consent: { marketing: { value: 'express', sources: [S_SURE, S_SENT] } },
  content: {
    value: [
      { id: 'content.ml.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.ml.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.ml.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.ml.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.ml.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender name that contains your brand; generic names such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
