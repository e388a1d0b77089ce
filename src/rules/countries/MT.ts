import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Malta. The AWS Europe table and a Twilio Malta SMS page could not be reached
// in the search index. SureSMS, 4notify, Chambers, 365trust and sent.dm pages
// read 2026-11-23.
// Sender rows re-read 2026-12-06: Twilio's Malta page read in a word-for-word copy that
// names its address (GitHub nevetsagetro/OKR-warranted, data/raw/malta_mt.md); the search of
// 2026-11-23 found no stored twilio.com page for Malta (not re-searched today), so the copy stands
// for the page (policy section 5). Its operator row (a major provider) decides over 4notify and
// SureSMS (smaller providers) and sent.dm. The mt.sender-id programme below (4notify) was not
// re-decided when the sender rows were re-read.
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

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Malta (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mt/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Malta, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mt/sms',
  kind: 'provider', reviewed: R2,
} as const;

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
        value: true,
        sources: [S_TW, S_SENT, S_SURE, S_4N],
        note: 'Twilio marks unregistered names as supported by the operators and kept unchanged, and decides; sent.dm and SureSMS describe unregistered use. 4notify (a smaller provider) registers names with each of GO, Melita and Epic.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_4N], note: 'Twilio: no pre-registration required by the operators. 4notify registers names with each operator.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_4N, S_SURE] },
      registration: { value: 'none', sources: [S_TW, S_SENT, S_4N], note: 'Twilio: the operators do not require pre-registration, and decides; sent.dm agrees. 4notify (a smaller provider) registers names with each of GO, Melita and Epic.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only sent.dm speaks (no two-way SMS through major providers); Twilio offers none here either (its offer).' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_SURE],
        note: 'Twilio marks international numbers as supported by the operators and kept unchanged, and decides. SureSMS (a smaller provider, lower in the hierarchy) says numeric senders only work for two-way services.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
    },
  },
  registrations: [
    {
      id: 'mt.sender-id',
      name: 'Sender ID registration with the Maltese operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with each operator (GO, Melita, Epic) through your provider, with a trade mark or company registration, a sample message and a declaration of use. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
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
