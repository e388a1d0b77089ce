import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Somalia. SureSMS country rules and sent.dm guide read 2026-11-23; no Twilio page found,
// not in the AWS Africa rows that could be reached.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS Rules for Somalia', url: 'https://suresms.com/en/rules-by-country/somalia/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Somalia SMS Guide', url: 'https://www.sent.dm/resources/somalia-sms-guide', kind: 'secondary', reviewed: R } as const;

export const SO: CountryRules = /* @__PURE__ */ region({
  country: 'SO',
  name: 'Somalia',
  reviewed: R,
  timeZones: ['Africa/Mogadishu'],
  languages: ['so', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says alphanumeric IDs can be overwritten.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SURE, S_SENT], note: 'Somtel changes numeric senders (SureSMS).' },
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm says major providers offer no two-way SMS.' },
    },
    'international-long-code': { supported: { value: 'unknown', note: 'SureSMS says foreign numbers can be overwritten. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.so.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.so.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.so.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.so.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited promotion.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.so.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a sender name that contains your brand; generic names such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
