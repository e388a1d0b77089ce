import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Albania. SureSMS and Sent.dm read 2026-11-23. Twilio and AWS Europe pages
// could not be reached.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Albania', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/albania/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Albania SMS guide', url: 'https://www.sent.dm/resources/albania-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AL: CountryRules = /* @__PURE__ */ region({
  country: 'AL',
  name: 'Albania',
  reviewed: R,
  timeZones: ['Europe/Tirane'],
  languages: ['sq'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says alphanumeric IDs can be overwritten.' },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not offered here.' } },
    'international-long-code': {
      supported: { value: true, sources: [S_SENT] },
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'Numeric senders are overwritten.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.al.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.al.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.al.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.al.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs are not supported.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
