import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Serbia. Twilio locale summary, SureSMS, Messente and Sent.dm read 2026-11-23.
// The AWS Europe table could not be reached.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Serbia, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address; it matches the part of the stored twilio.com page read on 2026-11-23
// (locale summary, two-way row), so it stands for the page. Its operator row decides
// `supported`; its "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Serbia', url: 'https://www.twilio.com/guidelines/rs/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Serbia', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/serbia/', kind: 'provider', reviewed: R } as const;
const S_MES = { title: 'Messente: Serbia SMS regulations', url: 'https://support.messente.com/serbia-sms-regulations', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Serbia SMS guide', url: 'https://www.sent.dm/resources/serbia-sms-guide', kind: 'secondary', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Serbia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/rs/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Serbia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/rs/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const RS: CountryRules = /* @__PURE__ */ region({
  country: 'RS',
  name: 'Serbia',
  reviewed: R,
  timeZones: ['Europe/Belgrade'],
  languages: ['sr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_SURE, S_MES], note: 'Twilio marks dynamic names as not supported by the operators, though Twilio itself sells them. SureSMS and Messente: without registration some operators overwrite the ID.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SURE, S_MES] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: {
        value: 'recommended',
        sources: [S_TWC, S_SURE, S_MES],
        note: 'Twilio marks pre-registration as supported but optional with the operators (no split between local and international traffic) and suggests it. SureSMS and Messente (not major providers) call it mandatory; they do not override a major-provider page.',
      },
      programme: 'rs.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: { value: 'unknown', sources: [S_TW, S_SENT], note: 'Twilio offers no two-way SMS here (an offer) and Sent.dm (secondary) reports none; no page about the operators speaks.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks international numbers as not supported by the operators (no dynamic numeric senders); it still sells them, with the number replaced by a generic name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio marks short codes as not supported by the operators; Sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE, S_MES] } },
  optOut: { marketingInstructions: { value: 'required', sources: [S_MES] } },
  registrations: [
    {
      id: 'rs.sender-id',
      name: 'Sender ID pre-registration with Serbian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID with company details and sample content; Messente says it can take up to a month and some operators charge fees. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_SURE, S_MES],
    },
  ],
  content: {
    value: [
      { id: 'content.rs.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE, S_MES] },
      { id: 'content.rs.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE, S_MES] },
      { id: 'content.rs.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE, S_MES] },
    ],
    sources: [S_SURE, S_MES],
  },
  obligations: [
    { id: 'identification.rs.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
