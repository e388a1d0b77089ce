import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// American Samoa (US territory). Twilio guidelines and the AWS US toll-free
// registration page read 2026-11-23. Twilio sender table read from a stored copy
// of the page. Not in the AWS Oceania table. Sender rows re-read 2026-12-06 from a
// word-for-word copy of Twilio's page on GitHub (nevetsagetro/OKR-warranted,
// data/raw/american_samoa_as.md) that names the page's address; it matches what was read
// earlier, so it stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: American Samoa (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/as/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: American Samoa, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/as/sms',
  kind: 'provider', reviewed: R4,
} as const;
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
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
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
      twoWay: { value: 'unknown', sources: [S_TW], note: 'Twilio gives no operator value for domestic long codes and offers no two-way SMS here; that says what Twilio sells, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them. A compiled copy of Bird\'s guide (secondary) lists local short codes; it does not override.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'toll-free': {
      supported: { value: true, sources: [S_AWS_TFN, S_TW], note: 'US toll-free numbers can reach American Samoa; Twilio marks toll-free as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
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
