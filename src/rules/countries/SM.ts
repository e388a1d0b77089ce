import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// San Marino. The AWS Europe table and a Twilio San Marino SMS page could not
// be reached in the search index. SureSMS and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for San Marino', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/san-marino/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: San Marino SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/sm-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: San Marino SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/sm_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const SM: CountryRules = /* @__PURE__ */ region({
  country: 'SM',
  name: 'San Marino',
  reviewed: R,
  timeZones: ['Europe/San_Marino'],
  languages: ['it'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT_2], note: 'sent.dm lists no two-way SMS through standard providers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_SURE], note: 'SureSMS says numeric senders usually only work for two-way services.' },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE, S_SENT] },
  },
  content: {
    value: [
      { id: 'content.sm.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE, S_SENT] },
      { id: 'content.sm.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.sm.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE, S_SENT],
  },
  obligations: [
    {
      id: 'identification.sm.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
