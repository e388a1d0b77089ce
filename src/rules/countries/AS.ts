import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// American Samoa (US territory). Twilio guidelines and the AWS US toll-free
// registration page read 2026-11-23. Twilio sender table read from a stored copy
// of the page. Not in the AWS Oceania table.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: American Samoa', url: 'https://www.twilio.com/en/guidelines/as/sms', kind: 'provider', reviewed: R } as const;
const S_AWS_TFN = {
  title: 'AWS End User Messaging SMS: United States toll-free number registration process',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-tfn.html',
  kind: 'provider', reviewed: R,
} as const;

export const AS: CountryRules = /* @__PURE__ */ region({
  country: 'AS',
  name: 'American Samoa',
  reviewed: R,
  timeZones: ['Pacific/Pago_Pago'],
  languages: ['en', 'sm'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW] },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: operators do not require pre-registration.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_TW] }, senderIdPreserved: { value: true, sources: [S_TW] } },
    'short-code': { supported: { value: false, sources: [S_TW] } },
    'toll-free': {
      supported: { value: true, sources: [S_AWS_TFN, S_TW], note: 'US toll-free numbers can reach American Samoa.' },
      registration: { value: 'required', sources: [S_AWS_TFN, S_TW], note: 'Twilio: toll-free numbers need verification.' },
      programme: 'as.us-toll-free',
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
  },
  registrations: [
    {
      id: 'as.us-toll-free',
      name: 'US toll-free number registration',
      senderKinds: ['toll-free'],
      level: 'required',
      text: 'Register each US toll-free number for one stated use case before sending; AWS says review takes up to 15 business days.',
      sources: [S_AWS_TFN, S_TW],
    },
  ],
  content: {
    value: [
      {
        id: 'content.as.toll-free-drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No controlled-substance use cases on US toll-free numbers.',
        sources: [S_AWS_TFN, S_TW],
      },
      {
        id: 'content.as.toll-free-phishing',
        topic: 'other',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No phishing on US toll-free numbers.',
        sources: [S_AWS_TFN, S_TW],
      },
      {
        id: 'content.as.toll-free-financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No high-risk financial offers (payday loans, debt collection, crypto) on US toll-free numbers; Twilio forbids them, AWS speaks of heavy filtering.',
        sources: [S_TW, S_AWS_TFN],
      },
      {
        id: 'content.as.toll-free-gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No gambling or sweepstakes on US toll-free numbers.',
        sources: [S_TW],
      },
      {
        id: 'content.as.toll-free-lead-generation',
        topic: 'lead-generation',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No lead generation on US toll-free numbers.',
        sources: [S_TW],
      },
      {
        id: 'content.as.toll-free-tobacco',
        topic: 'tobacco',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No tobacco or vaping content on US toll-free numbers.',
        sources: [S_TW],
      },
      {
        id: 'content.as.toll-free-sex',
        topic: 'sex',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No pornography on US toll-free numbers.',
        sources: [S_TW],
      },
      {
        id: 'content.as.toll-free-hate',
        topic: 'hate',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No hate speech or profanity on US toll-free numbers.',
        sources: [S_TW],
      },
    ],
    sources: [S_AWS_TFN, S_TW],
  },
});
