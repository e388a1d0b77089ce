import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Portugal. The AWS Europe table and the Twilio Portugal SMS page could not be
// reached in the search index. ANACOM, Lexology, DLA Piper and sent.dm pages
// read 2026-11-23.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Portugal, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Portugal was found to compare it with, so
// the copy stands for the page. Its operator row decides `supported`; its "Twilio supported"
// row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Portugal SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/pt_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Portugal SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/pt_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_ANACOM = { title: 'ANACOM: Unsolicited communications', url: 'https://anacom.pt/render.jsp?categoryId=277342', kind: 'regulator', reviewed: R } as const;
const S_LEXOLOGY = { title: 'Lexology: Portugal, electronic marketing and internet use', url: 'https://www.lexology.com/library/detail.aspx?g=e78585b0-492f-4379-905f-bd983ad9c6cc', kind: 'secondary', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Electronic marketing in Portugal', url: 'https://dlapiperdataprotection.com/?c=PT&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Portugal (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pt/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Portugal, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pt/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PT: CountryRules = /* @__PURE__ */ region({
  country: 'PT',
  name: 'Portugal',
  reviewed: R,
  timeZones: ['Europe/Lisbon', 'Atlantic/Azores'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TWC, S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'Twilio marks dynamic names as supported by the operators and kept unchanged; an older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list (all secondary) agree.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TWC, S_SENT],
        note: 'Twilio: the operators do not require pre-registration. Sent (secondary) advises approved sender IDs but does not say registration is required.',
      },
      registration: { value: 'none', sources: [S_TWC] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio marks domestic numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWO] }],
      twoWay: { value: true, sources: [S_SENT_2], note: 'Only Sent (secondary) speaks of the numbers themselves; it fills the value. Twilio\'s page says Twilio offers two-way SMS here (an offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio marks short codes as not supported by the operators; Sent (secondary) agrees.' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_ANACOM, S_LEXOLOGY, S_SENT],
      note: 'Prior explicit consent, except for similar products sold to existing customers who can object (ANACOM); sent.dm adds that pre-ticked boxes do not count.',
    },
    laws: { value: ['Law no. 41/2004 of 18 August, as amended by Law no. 46/2012 (article 13-A)'], sources: [S_ANACOM, S_DLA] },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_LEXOLOGY, S_ANACOM] },
    wording: { value: 'Every commercial message must give a working, free way to object to further messages.', sources: [S_LEXOLOGY, S_ANACOM] },
    keywords: {
      value: 'unknown',
      note: 'ANACOM and the law (Law 41/2004 art. 13-A) demand a free way to object but name no reply word. A third-party summary (sent.dm) says Portuguese law mandates STOP, CANCELAR and PARAR, which no legal source read supports; left open.',
    },
  },
  dataProtection: { value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)'], sources: [S_DLA, S_SENT] },
  obligations: [
    {
      id: 'record-keeping.pt.consent-records',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep consent records and an up-to-date list of who agreed to (or did not object to) marketing.',
      useCases: ['marketing', 'mixed'],
      sources: [S_LEXOLOGY, S_SENT],
    },
  ],
});
