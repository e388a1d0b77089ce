import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Liechtenstein. The AWS Europe table and a Twilio Liechtenstein SMS page could
// not be reached in the search index. SureSMS and sent.dm pages read 2026-11-23.
// Sender rows re-read 2026-12-06: Twilio's Liechtenstein page read in a word-for-word
// copy that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/liechtenstein_li.md);
// no stored twilio.com page for Liechtenstein surfaced in a search, so the copy stands for the page
// (policy section 5). Its operator row decides over SureSMS (a smaller provider) and sent.dm.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Liechtenstein', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/liechtenstein/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Liechtenstein SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/li-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Liechtenstein SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/li_sms_guidance', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Liechtenstein (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/li/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Liechtenstein, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/li/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const LI: CountryRules = /* @__PURE__ */ region({
  country: 'LI',
  name: 'Liechtenstein',
  reviewed: R,
  timeZones: ['Europe/Vaduz'],
  languages: ['de'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE, S_SENT], note: 'Twilio marks unregistered names as supported by the operators; SureSMS and sent.dm agree.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page read, marks domestic long codes as not supported by the operators.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. (sent.dm, secondary, lists no two-way SMS.)', sources: [S_SENT_2] },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_SURE],
        note: 'Twilio marks international numbers as supported by the operators and kept unchanged, and decides. SureSMS (a smaller provider, lower in the hierarchy) says numeric senders work only for two-way services.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE, S_SENT] },
  },
  content: {
    value: [
      { id: 'content.li.gambling', topic: 'gambling', restriction: 'prohibited', text: 'SureSMS does not allow gambling content.', sources: [S_SURE] },
      { id: 'content.li.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.li.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.li.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
