import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// U.S. Virgin Islands (US territory). Twilio guidelines (locale summary only),
// Sent's country guide and AWS's US toll-free registration page read 2026-11-23.
// The row in the AWS North America table was not reachable in the stored copy. No
// source read says whether A2P 10DLC applies here.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: United States Virgin Islands', url: 'https://static0.twilio.com/en-us/guidelines/vi/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: US Virgin Islands SMS guide', url: 'https://www.sent.dm/resources/vi-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_AWS_TFN = {
  title: 'AWS End User Messaging SMS: United States toll-free number registration process',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-tfn.html',
  kind: 'provider', reviewed: R,
} as const;

export const VI: CountryRules = /* @__PURE__ */ region({
  country: 'VI',
  name: 'U.S. Virgin Islands',
  reviewed: R,
  timeZones: ['America/St_Thomas'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': { twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and Sent offer no two-way SMS here.' } },
    'toll-free': {
      supported: { value: true, sources: [S_AWS_TFN], note: 'US toll-free numbers.' },
      registration: { value: 'required', sources: [S_AWS_TFN] },
      programme: 'vi.toll-free-verification',
    },
  },
  registrations: [
    {
      id: 'vi.toll-free-verification',
      name: 'US toll-free number verification',
      senderKinds: ['toll-free'],
      level: 'required',
      text: 'Register each toll-free number for one stated use case before sending; AWS says review takes up to 15 business days.',
      sources: [S_AWS_TFN],
    },
  ],
});
