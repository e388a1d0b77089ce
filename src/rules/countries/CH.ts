import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Switzerland. The AWS Europe table and the Twilio Switzerland SMS page could
// not be reached in the search index. OFCOM (BAKOM), SureSMS and sent.dm pages
// read 2026-11-23.
const R = '2026-11-23' as const;
const S_BAKOM = {
  title: 'OFCOM (BAKOM): When is mass sending allowed?',
  url: 'https://www.bakom.admin.ch/bakom/en/homepage/telecommunication/practical-info/spam-spamming-spammer/when-is-mass-sending-allowed.html',
  kind: 'regulator', reviewed: R,
} as const;
const S_SURE = { title: 'SureSMS: SMS rules for Switzerland', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/switzerland/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Switzerland SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/ch_sms_guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/switzerland_ch.md); no stored
// twilio.com SMS page for Switzerland was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Switzerland (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ch/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Switzerland, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ch/sms', kind: 'provider', reviewed: R4 } as const;

export const CH: CountryRules = /* @__PURE__ */ region({
  country: 'CH',
  name: 'Switzerland',
  reviewed: R,
  timeZones: ['Europe/Zurich'],
  languages: ['de', 'fr', 'it', 'rm'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SURE, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWO] }],
      twoWay: { value: true, sources: [S_SENT, S_TWO], note: 'Twilio sells two-way SMS here; sent.dm (secondary) agrees.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators. SureSMS says numeric senders generally work only for two-way services; a major-provider page outranks it.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_BAKOM, S_SURE],
      note: 'Opt-in is needed; a seller may advertise similar products to customers who gave their number when buying.',
    },
    laws: { value: ['Federal Act against Unfair Competition (UWG), art. 3 letter o'], sources: [S_BAKOM] },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_BAKOM] },
    wording: { value: 'Every advertising message must tell the recipient how to refuse further messages easily and for free.', sources: [S_BAKOM] },
  },
  content: {
    value: [
      { id: 'content.ch.gambling', topic: 'gambling', restriction: 'prohibited', text: 'SureSMS does not allow gambling content.', sources: [S_SURE] },
      { id: 'content.ch.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.ch.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.ch.named-sender',
      category: 'identification',
      level: 'required',
      text: 'Name the sender (or its principal) clearly in mass advertising; hiding the sender is forbidden.',
      useCases: ['marketing', 'mixed'],
      sources: [S_BAKOM],
    },
    {
      id: 'identification.ch.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
