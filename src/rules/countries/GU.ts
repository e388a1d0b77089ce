import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA } from '../sources';
import type { CountryRules } from '../types';

// Guam (US territory). AWS Oceania table, AWS US toll-free registration page
// and Sent's Guam guide read 2026-11-23. No Twilio page was found in the
// search index.
const R = '2026-11-23' as const;
const S_AWS_TFN = {
  title: 'AWS End User Messaging SMS: United States toll-free number registration process',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-tfn.html',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Guam SMS Guide', url: 'https://www.sent.dm/resources/guam-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GU: CountryRules = /* @__PURE__ */ region({
  country: 'GU',
  name: 'Guam',
  reviewed: R,
  timeZones: ['Pacific/Guam'],
  languages: ['en', 'ch'],
  senders: {
    'alphanumeric-dynamic': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no unregistered sender IDs here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_OCEANIA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }], twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_AWS_OCEANIA] },
      twoWay: {
        value: false,
        sources: [S_AWS_OCEANIA, S_SENT],
        note: 'AWS lists two-way SMS as available; Sent says it is not. The conservative value is taken.',
      },
    },
    'toll-free': {
      supported: { value: true, sources: [S_AWS_TFN], note: 'US toll-free numbers can reach Guam.' },
      registration: { value: 'required', sources: [S_AWS_TFN] },
      programme: 'gu.us-toll-free',
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }] },
  },
  registrations: [
    {
      id: 'gu.us-toll-free',
      name: 'US toll-free number registration',
      senderKinds: ['toll-free'],
      level: 'required',
      text: 'Register each US toll-free number for one stated use case before sending; AWS says review takes up to 15 business days.',
      sources: [S_AWS_TFN],
    },
  ],
  content: {
    value: [
      {
        id: 'content.gu.toll-free-drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No controlled-substance use cases on US toll-free numbers.',
        sources: [S_AWS_TFN],
      },
      {
        id: 'content.gu.toll-free-phishing',
        topic: 'other',
        restriction: 'prohibited',
        senderKinds: ['toll-free'],
        text: 'No phishing on US toll-free numbers.',
        sources: [S_AWS_TFN],
      },
      {
        id: 'content.gu.toll-free-financial',
        topic: 'high-risk-financial',
        restriction: 'restricted',
        senderKinds: ['toll-free'],
        text: 'High-risk financial messages on US toll-free numbers face heavy filtering.',
        sources: [S_AWS_TFN],
      },
    ],
    sources: [S_AWS_TFN],
  },
});
