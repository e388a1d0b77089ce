import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Finland. The AWS Europe table and the Twilio Finland SMS page could not be
// reached in the search index. Traficom, Data Protection Ombudsman, Arena
// Interactive, Quriiri, DLA Piper, Lexology, Linklaters and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_TRAFICOM = { title: 'Traficom: SMS Sender ID', url: 'https://www.traficom.fi/en/communications/broadband-and-telephone/sms-sender-id', kind: 'regulator', reviewed: R } as const;
const S_TRAFICOM_NEWS = {
  title: 'Traficom: Organisations must obtain authorisation for SMS sender IDs in April 2026',
  url: 'https://www.traficom.fi/en/news/organisations-must-obtain-authorisation-sms-sender-ids-april-2026-ensure-message-delivery-after-4-may-2026',
  kind: 'regulator', reviewed: R,
} as const;
const S_ARENA = { title: 'Arena Interactive: SMS Sender ID Authorization', url: 'https://www.arenainteractive.fi/en/sms-sender-id-authorization/', kind: 'provider', reviewed: R } as const;
const S_QURIIRI = {
  title: 'Quriiri: What Traficom\'s new regulation means for message senders',
  url: 'https://quriiri.fi/en/tekstiviestihuijauksia-torjutaan-jatkossa-uusilla-keinoilla-mita-traficomin-uusi-maarays-tarkoittaa-viestien-lahettajille/',
  kind: 'provider', reviewed: R,
} as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/finland_fi.md, which names the page's address);
// no stored twilio.com page for Finland was found to compare it with, so the copy stands for
// the page (policy section 5). The copy shows no date and says nothing of the
// 2026 Traficom authorisation; where Traficom speaks, Traficom decides.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Finland (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/fi/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Finland, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/fi/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Finland SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/en/resources/sms-compliance/finland-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Electronic marketing in Finland', url: 'https://dlapiperdataprotection.com/?c=FI&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_DLA_ONLINE = { title: 'DLA Piper Data Protection Laws of the World: Online privacy in Finland', url: 'https://www.dlapiperdataprotection.com/index.html?t=online-privacy&c=FI', kind: 'secondary', reviewed: R } as const;
const S_LEXOLOGY = { title: 'Lexology: Finland, electronic marketing and internet use', url: 'https://www.lexology.com/library/detail.aspx?g=55ae3cb9-542d-4341-92dd-b848ea17e3dc', kind: 'secondary', reviewed: R } as const;
const S_OMBUDSMAN = { title: 'Data Protection Ombudsman (Finland): FAQ on direct marketing', url: 'https://tietosuoja.fi/faq-direct-marketing', kind: 'regulator', reviewed: R } as const;
const S_LINKLATERS = { title: 'Linklaters: Data Protected - Finland', url: 'https://www.linklaters.com/en/insights/data-protected/data-protected---finland', kind: 'secondary', reviewed: R } as const;

export const FI: CountryRules = /* @__PURE__ */ region({
  country: 'FI',
  name: 'Finland',
  reviewed: R,
  timeZones: ['Europe/Helsinki'],
  languages: ['fi', 'sv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TRAFICOM, S_TRAFICOM_NEWS, S_ARENA],
        effectiveFrom: '2026-05-04',
        note: 'Unauthorised sender IDs are shown as "Unknown" or blocked. Twilio\'s page (undated, written before this rule) still marks dynamic names as supported by the operators; the regulator decides.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TRAFICOM, S_TRAFICOM_NEWS] },
      registration: { value: 'required', sources: [S_TRAFICOM, S_TRAFICOM_NEWS] },
      programme: 'fi.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic numbers as supported by the operators and preserved.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TRAFICOM, S_TRAFICOM_NEWS], note: 'Finnish numbers used as senders must be authorised too.' },
      programme: 'fi.sender-id',
      twoWay: { value: true, sources: [S_TW_OFFER, S_SENT], note: 'Twilio sells two-way SMS here (its offer, which shows replies reach these numbers); Sent (secondary) agrees.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators: numeric senders are not accepted, and Twilio still delivers on a best-effort basis with the number replaced by a generic name (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'fi.sender-id',
      name: 'Sender ID authorisation under Traficom Regulation 28',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered', 'local-long-code'],
      level: 'required',
      text: 'Have every alphanumeric ID and Finnish number you send from authorised in advance through your SMS provider (industry code of conduct). Optionally protect an alphanumeric ID with Traficom; it must match your trade name in the Finnish business register (YTJ).',
      effectiveFrom: '2026-05-04',
      sources: [S_TRAFICOM, S_TRAFICOM_NEWS, S_ARENA, S_QURIIRI],
    },
  ],
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_LEXOLOGY, S_OMBUDSMAN],
      note: 'Prior consent, except for marketing similar products to customers who gave their details when buying.',
    },
    laws: { value: ['Act on Electronic Communication Services (917/2014)'], sources: [S_DLA, S_DLA_ONLINE] },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_OMBUDSMAN, S_LEXOLOGY] },
    wording: { value: 'Each marketing message must offer an easy, free way to stop further messages.', sources: [S_OMBUDSMAN, S_LEXOLOGY] },
  },
  dataProtection: {
    value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)', 'Data Protection Act (1050/2018)'],
    sources: [S_LINKLATERS, S_DLA],
  },
  obligations: [
    {
      id: 'identification.fi.sender-linked-to-business',
      category: 'identification',
      level: 'required',
      text: 'Use a sender name clearly linked to your organisation; operators block or change unverifiable senders.',
      sources: [S_QURIIRI],
    },
  ],
});
