import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Greece. The AWS Europe table and a Twilio Greece SMS page could not be
// reached in the search index. DLA Piper, Lexology, 4notify and sent.dm pages
// read 2026-11-23.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/greece_gr.md, which names the page's address);
// no stored twilio.com page for Greece was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Greece (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gr/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Greece, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gr/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Greece SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/greece-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_EN = { title: 'Sent: Greece SMS Guide 2025', url: 'https://www.s.dm/en/resources/sms-compliance/greece-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Electronic marketing in Greece', url: 'https://www.dlapiperdataprotection.com/?c=GR&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_LEXOLOGY = { title: 'Lexology: Greece, electronic marketing and internet use', url: 'https://www.lexology.com/library/detail.aspx?g=1f6354a8-367b-4944-b52f-26f330030715', kind: 'secondary', reviewed: R } as const;
const S_4N = { title: '4notify: HDPA and GDPR in practice, consent for marketing to a Greek audience', url: 'https://4notify.net/gr/en/hdpa-gdpr-symmorfose', kind: 'provider', reviewed: R } as const;

export const GR: CountryRules = /* @__PURE__ */ region({
  country: 'GR',
  name: 'Greece',
  reviewed: R,
  timeZones: ['Europe/Athens'],
  languages: ['el'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'Twilio marks dynamic names as supported by the operators and preserved, with pre-registration not required; operators tend to block generic names. An older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list (secondary) agree; none asks for registration.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT, S_TW], note: "Only Sent's guide (secondary) says so, filling a value nothing better speaks to; Twilio marks pre-registration as not required by the operators but does not say whether a registered name is delivered." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic numbers as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'sent.dm (secondary) says most major providers offer no two-way SMS here and Twilio offers none: statements about providers\' offers, not about the operators.', sources: [S_SENT, S_SENT_EN, S_TW_OFFER] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_LEXOLOGY, S_4N],
      note: 'Prior opt-in, except for related products sent to existing customers, each message offering an easy unsubscribe.',
    },
    laws: {
      value: ['Law 3471/2006 on the protection of personal data and privacy in electronic communications (article 11)'],
      sources: [S_DLA, S_LEXOLOGY, S_4N],
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_4N] },
  },
  dataProtection: {
    value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)', 'Law 4624/2019'],
    sources: [S_DLA, S_4N, S_SENT_EN],
  },
  obligations: [
    {
      id: 'consent.gr.register-11888',
      category: 'consent',
      level: 'required',
      text: 'Before marketing to people who are not customers, remove numbers listed in the Consumer Ombudsman 11888 register (4notify).',
      useCases: ['marketing', 'mixed'],
      sources: [S_4N],
    },
  ],
});
