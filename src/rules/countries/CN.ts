import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA } from '../sources';
import type { CountryRules } from '../types';

// China. AWS Asia table, Twilio guidelines (sender tables read from a stored
// copy of the Twilio page), AWS registration forms and Mapp read 2026-11-23.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for China', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-china.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: China', url: 'https://www.twilio.com/en-us/guidelines/cn/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: China', url: 'https://docs.mapp.com/docs/china.md', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;
const S_TW_VERIFY = { title: 'Twilio Docs: Verify Countries and Regions Deliverability', url: 'https://www.twilio.com/docs/verify/verify-countries-and-regions-deliverability', kind: 'provider', reviewed: R } as const;

export const CN: CountryRules = /* @__PURE__ */ region({
  country: 'CN',
  name: 'China',
  reviewed: R,
  timeZones: ['Asia/Shanghai'],
  languages: ['zh'],
  senders: {
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': { supported: { value: false, sources: [S_TW, S_AWS_ASIA, S_MAPP] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TW, S_AWS_ASIA, S_MAPP],
        note: 'AWS and Twilio offer no sender IDs; Mapp says operators accept approved IDs but show a local number instead.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_MAPP] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_ASIA] },
      twoWay: { value: false, sources: [S_TW, S_AWS_ASIA], note: 'No local numbers are offered; AWS two-way runs over short codes.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_MAPP],
        note: 'Operators do not accept foreign numbers; Twilio still delivers best-effort with the sender replaced by a local number.',
      },
      registration: { value: 'required', sources: [S_TW_VERIFY, S_AWS_REG] },
      programme: 'cn.template',
      senderIdPreserved: { value: false, sources: [S_MAPP] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_AWS_ASIA],
        note: 'AWS lists two-way short codes for China; Twilio says operators do not support them. The conservative value is kept.',
      },
    },
  },
  registrations: [
    {
      id: 'cn.template',
      name: 'Message template and signature registration',
      senderKinds: ['international-long-code'],
      level: 'required',
      text: 'Have each message template (and the brand signature) approved before sending to China; unapproved content is blocked.',
      sources: [S_TW_VERIFY, S_AWS_REG],
    },
  ],
  content: {
    value: [
      { id: 'content.cn.urls', topic: 'other', restriction: 'prohibited', text: 'No URLs in the message body.', sources: [S_TW] },
      { id: 'content.cn.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.cn.sex', topic: 'sex', restriction: 'prohibited', text: 'No pornographic content.', sources: [S_TW] },
      {
        id: 'content.cn.financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No finance-related content: bank or insurance marketing, loans, credit cards, securities, futures, gold or crypto.',
        sources: [S_TW],
      },
      { id: 'content.cn.illegal', topic: 'other', restriction: 'prohibited', text: 'No illegal or fraudulent content.', sources: [S_TW] },
      {
        id: 'content.cn.mlm-property-surveys',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No multi-level marketing, property marketing or survey messages.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_TW, S_MAPP],
  },
});
