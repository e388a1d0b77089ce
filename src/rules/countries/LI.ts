import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Liechtenstein. The AWS Europe table and a Twilio Liechtenstein SMS page could
// not be reached in the search index. SureSMS and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Liechtenstein', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/liechtenstein/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Liechtenstein SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/li-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Liechtenstein SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/li_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const LI: CountryRules = /* @__PURE__ */ region({
  country: 'LI',
  name: 'Liechtenstein',
  reviewed: R,
  timeZones: ['Europe/Vaduz'],
  languages: ['de'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT_2], note: 'sent.dm lists no two-way SMS through standard providers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_SURE], note: 'SureSMS says numeric senders only work for two-way services.' },
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
