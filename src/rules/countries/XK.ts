import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kosovo. SureSMS and Sent.dm read 2026-11-23. No Twilio or AWS page was found.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Kosovo', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/kosovo/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Kosovo SMS guide', url: 'https://www.sent.dm/resources/kosovo-sms-guide', kind: 'secondary', reviewed: R } as const;

export const XK: CountryRules = /* @__PURE__ */ region({
  country: 'XK',
  name: 'Kosovo',
  reviewed: R,
  timeZones: ['Europe/Belgrade'],
  languages: ['sq', 'sr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE, S_SENT] },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not offered here.' } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.xk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.xk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.xk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gaming or gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.xk.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
