import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Lithuania. Twilio locale summary, SureSMS and Sent.dm read 2026-11-23. The AWS
// Europe table could not be reached. Time zone as given by the group file
// (libphonenumber); Lithuania's own IANA zone is Europe/Vilnius.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Lithuania', url: 'https://www.twilio.com/en/guidelines/lt/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Lithuania', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/lithuania/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Lithuania SMS guide', url: 'https://www.sent.dm/resources/lithuania-sms-guide', kind: 'secondary', reviewed: R } as const;

export const LT: CountryRules = /* @__PURE__ */ region({
  country: 'LT',
  name: 'Lithuania',
  reviewed: R,
  timeZones: ['Europe/Vilnius'],
  languages: ['lt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE, S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'SureSMS says IDs can be overwritten.' },
    },
    'local-long-code': { supported: { value: true, sources: [S_SENT] }, twoWay: { value: true, sources: [S_TW, S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.lt.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.lt.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.lt.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    { id: 'identification.lt.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
