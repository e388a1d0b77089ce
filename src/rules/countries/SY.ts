import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Syria. ClickSend country page and the third-party Sent guide read 2026-11-23.
// No Twilio Syria page was reachable and the AWS Asia row for Syria could not
// be read.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Syria +963', url: 'https://help.clicksend.com/article/vownve6wbj-syria', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Syria SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/syria-sms-guide', kind: 'secondary', reviewed: R } as const;

export const SY: CountryRules = /* @__PURE__ */ region({
  country: 'SY',
  name: 'Syria',
  reviewed: R,
  timeZones: ['Asia/Damascus'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_CS] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS] },
      registration: { value: 'required', sources: [S_CS] },
      programme: 'sy.sender-id',
      twoWay: ALPHA_ONE_WAY,
      restrictedUseCases: { value: ['marketing', 'polling', 'charity', 'political', 'mixed'], sources: [S_CS], note: 'Only OTP and transactional traffic is carried.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_CS], note: 'Numeric senders are not permitted.' },
      twoWay: { value: false, sources: [S_SENT], note: 'Only a third-party guide (Sent) speaks to it; it says two-way SMS is not offered.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_CS], note: 'Numeric senders are not permitted.' } },
  },
  registrations: [
    {
      id: 'sy.sender-id',
      name: 'Sender name and content registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a brand sender name (up to 11 characters, no spaces) with business details, and have every message text approved; only OTT brands and banks may send A2P SMS.',
      sources: [S_CS],
    },
  ],
  content: {
    value: [
      {
        id: 'content.sy.preapproval',
        topic: 'other',
        restriction: 'restricted',
        text: 'Every message text must be approved before sending and must name the sending brand; anything else is blocked.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
});
