import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Macao SAR China. SureSMS country rules and the third-party Sent guide read
// 2026-11-23. No Twilio Macao page was reachable and the AWS Asia row for Macao
// could not be read.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Macau', url: 'https://suresms.com/en/landing-control/macao/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Macao SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/macao-sms-guide', kind: 'secondary', reviewed: R } as const;

export const MO: CountryRules = /* @__PURE__ */ region({
  country: 'MO',
  name: 'Macao SAR China',
  reviewed: R,
  timeZones: ['Asia/Macau'],
  languages: ['zh', 'pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SURE], note: 'CTM and Hutchison accept sender names; China Telecom replaces every sender with a generic one.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'Kept on CTM and Hutchison, replaced on China Telecom.' },
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'Only a third-party guide (Sent) speaks to it; it says two-way SMS is not offered.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_SURE] },
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'Kept on CTM and Hutchison, replaced on China Telecom.' },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE] },
  },
  content: {
    value: [
      { id: 'content.mo.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.mo.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.mo.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.mo.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_SURE] },
      { id: 'content.mo.unsolicited', topic: 'other', restriction: 'prohibited', text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.mo.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender names such as INFO, SMS or NOTICE; person-to-person traffic is also barred.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
