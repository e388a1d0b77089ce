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
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/guam_gu.md, which names the page's address);
// no stored twilio.com page for Guam was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row and AWS's table are offers.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guam (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gu/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Guam, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gu/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Guam SMS Guide', url: 'https://www.sent.dm/resources/guam-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GU: CountryRules = /* @__PURE__ */ region({
  country: 'GU',
  name: 'Guam',
  reviewed: R,
  timeZones: ['Pacific/Guam'],
  languages: ['en', 'ch'],
  senders: {
    'alphanumeric-dynamic': { supported: { value: false, note: 'Twilio marks dynamic names as not supported by the operators. AWS\'s table lists none (its offer) and sent.dm (secondary) agrees.', sources: [S_TW, S_AWS_OCEANIA, S_SENT] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ], twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no registered sender IDs here, which says what AWS sells.', sources: [S_AWS_OCEANIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] }], twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_AWS_OCEANIA], note: 'Twilio marks domestic numbers as supported by the operators (not preserved); AWS sells them.' },
      offers: [
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: {
        value: true,
        sources: [S_AWS_OCEANIA, S_SENT],
        note: 'AWS sells two-way SMS on these numbers (its offer, which shows replies reach them). Sent (secondary) says two-way is not available and Twilio offers none here; neither says the operators refuse replies.',
      },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators, but says Guam operators do not fully support messages from US long codes and toll-free numbers.' },
      restriction: {
        text: 'Messages from US long codes (and US toll-free numbers) are not fully supported by Guam operators; the sender is most likely replaced after it leaves the provider.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'toll-free': {
      supported: { value: true, sources: [S_TW, S_AWS_TFN], note: 'US toll-free numbers can reach Guam; Twilio marks them as supported by the operators and preserved, after verification.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_AWS_TFN, S_TW] },
      programme: 'gu.us-toll-free',
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators: a US short code is needed, and most keep their number on Guam networks.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: true, sources: [S_TW], note: 'Twilio: Guam operators keep the sender and support replies for most US short codes.' },
    },
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
