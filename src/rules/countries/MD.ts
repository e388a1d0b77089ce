import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Moldova. SureSMS and Sent.dm read 2026-11-23. Twilio and AWS Europe pages
// could not be reached.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Moldova', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/moldova/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Moldova SMS guide', url: 'https://www.sent.dm/resources/moldova-sms-guide', kind: 'secondary', reviewed: R } as const;

export const MD: CountryRules = /* @__PURE__ */ region({
  country: 'MD',
  name: 'Moldova',
  reviewed: R,
  timeZones: ['Europe/Chisinau'],
  languages: ['ro'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE, S_SENT] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not offered here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.md.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.md.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.md.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.md.sender-name', category: 'identification', level: 'required', text: 'Do not use generic sender IDs such as INFO or SMS.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
