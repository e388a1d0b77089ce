import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Malta. The AWS Europe table and a Twilio Malta SMS page could not be reached
// in the search index. SureSMS, 4notify, Chambers, 365trust and sent.dm pages
// read 2026-11-23.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Malta', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/malta/', kind: 'provider', reviewed: R } as const;
const S_4N = {
  title: '4notify: MCA numbering plan, Sender ID and A2P routing into Malta',
  url: 'https://4notify.net/mt/en/bando/mca-numbering-sender-id-go-melita-epic',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Malta SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/malta-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_CHAMBERS = { title: 'Chambers: UK telecoms company fined over unsolicited marketing messages (Maltese law note)', url: 'https://chambers.com/articles/uk-telecoms-company-fined-100k-over-unsolicited-marketing-messages', kind: 'secondary', reviewed: R } as const;
const S_365 = { title: '365trust: Unsolicited direct marketing (Maltese data protection authority)', url: 'https://365trust.me/en/by-the-maltese-data-protection-authority-unsolicited-direct-marketing', kind: 'secondary', reviewed: R } as const;

export const MT: CountryRules = /* @__PURE__ */ region({
  country: 'MT',
  name: 'Malta',
  reviewed: R,
  timeZones: ['Europe/Malta'],
  languages: ['mt', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_4N, S_SENT, S_SURE],
        note: '4notify registers sender IDs with each of GO, Melita and Epic; sent.dm and SureSMS describe unregistered use. The conservative value is kept.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_4N, S_SURE] },
      registration: { value: 'required', sources: [S_4N], note: 'sent.dm says no pre-registration is needed.' },
      programme: 'mt.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm lists no two-way SMS through major providers.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_SURE], note: 'SureSMS says numeric senders only work for two-way services.' },
    },
  },
  registrations: [
    {
      id: 'mt.sender-id',
      name: 'Sender ID registration with the Maltese operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with each operator (GO, Melita, Epic) through your provider, with a trade mark or company registration, a sample message and a declaration of use.',
      sources: [S_4N],
    },
  ],
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_CHAMBERS, S_365, S_SURE, S_SENT],
      note: 'Opt-in is the rule, with a soft opt-in for similar products sold to existing customers (Chambers, 365trust); SureSMS and sent.dm only mention opt-in.',
    },
    laws: { value: ['Processing of Personal Data (Electronic Communications Sector) Regulations (S.L. 440.01)'], sources: [S_CHAMBERS] },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_365] },
    wording: { value: 'Every marketing message must let the recipient object to further messages easily and free of charge.', sources: [S_365] },
  },
  content: {
    value: [
      { id: 'content.mt.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content (sent.dm: unregulated gambling).', sources: [S_SURE, S_SENT] },
      { id: 'content.mt.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.mt.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE, S_SENT],
  },
  obligations: [
    {
      id: 'identification.mt.sender-not-hidden',
      category: 'identification',
      level: 'required',
      text: 'Do not hide or disguise who is sending a marketing message.',
      useCases: ['marketing', 'mixed'],
      sources: [S_365],
    },
    {
      id: 'identification.mt.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
