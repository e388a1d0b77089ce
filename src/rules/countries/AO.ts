import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Angola. AWS Africa table, the Twilio locale summary (its sender table could
// not be reached) and DLA Piper read 2026-11-23. Sender rows re-read 2026-12-06 from
// Twilio's guideline page through a word-for-word copy on GitHub (nevetsagetro/OKR-warranted,
// data/raw/angola_ao.md) that names the page's address and matches the part of the stored
// page read earlier (locale summary, no two-way SMS); it stands for the page.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Angola (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ao/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Angola, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ao/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Angola, electronic marketing', url: 'https://dlapiperdataprotection.com/?c=AO&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_DLA_LAW = { title: 'DLA Piper Data Protection Laws of the World: Angola', url: 'https://www.dlapiperdataprotection.com/index.html?t=data-protection-officers&c=AO', kind: 'secondary', reviewed: R } as const;

export const AO: CountryRules = /* @__PURE__ */ region({
  country: 'AO',
  name: 'Angola',
  reviewed: R,
  timeZones: ['Africa/Luanda'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_AFRICA], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_AFRICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_AFRICA], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for domestic long codes; AWS sells none (its offer). What the operators accept is not established.', sources: [S_TW, S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
      twoWay: { value: 'unknown', sources: [S_AWS_AFRICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here; that says what they sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators. A compiled copy of Infobip\'s page (secondary) says numeric senders are changed to a generic name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them. A compiled copy of Bird\'s guide (secondary) lists local short codes; it does not override.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_DLA],
      note: 'Opt-in is the rule; exceptions cover contacts at companies and existing customers offered a free refusal at the sale.',
    },
    laws: {
      value: ['Data Protection Law (Law No. 22/11 of 17 June 2011)', 'Electronic Communications and Information Society Services Law (Law No. 23/11 of 20 June 2011)'],
      sources: [S_DLA_LAW, S_DLA],
    },
  },
  dataProtection: { value: ['Data Protection Law (Law No. 22/11 of 17 June 2011)'], sources: [S_DLA_LAW] },
  obligations: [
    {
      id: 'data-protection.ao.apd-notice',
      category: 'data-protection',
      level: 'required',
      text: 'Notify the data protection agency (APD) before sending electronic marketing.',
      useCases: ['marketing'],
      sources: [S_DLA],
    },
  ],
});
