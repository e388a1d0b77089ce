import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Monaco. The AWS Europe table and a Twilio Monaco SMS page could not be
// reached in the search index. SureSMS and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Monaco', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/monaco/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Monaco SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/monaco-sms-guide', kind: 'secondary', reviewed: R } as const;

export const MC: CountryRules = /* @__PURE__ */ region({
  country: 'MC',
  name: 'Monaco',
  reviewed: R,
  timeZones: ['Europe/Monaco'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm lists no two-way SMS through major providers.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_SURE, S_SENT],
        note: 'sent.dm suggests international long codes; SureSMS says numeric senders only work for two-way services. The conservative value is kept.',
      },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE, S_SENT] },
  },
  content: {
    value: [
      { id: 'content.mc.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content (SureSMS); sent.dm says it needs special authorisation.', sources: [S_SURE, S_SENT] },
      { id: 'content.mc.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.mc.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE, S_SENT],
  },
  obligations: [
    {
      id: 'identification.mc.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
