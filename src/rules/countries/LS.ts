import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Lesotho. Data Protection Africa factsheet read 2026-11-23. The AWS Africa row could not be read.
// Twilio sender table read from a stored copy of the page.
// Sender rows re-read 2026-12-06: Twilio's Lesotho page re-read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/lesotho_ls.md). Its sender
// tables match the values read from the stored page on 2026-11-23; a new search surfaced no stored
// twilio.com page for Lesotho, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const S_DP = { title: 'Data Protection Africa: Lesotho factsheet', url: 'https://dataprotection.africa/lesotho/', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Lesotho (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ls/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Lesotho, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ls/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const LS: CountryRules = /* @__PURE__ */ region({
  country: 'LS',
  name: 'Lesotho',
  reviewed: R,
  timeZones: ['Africa/Maseru'],
  languages: ['st', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks sender names as not supported by the operators; it still accepts them, but the name is replaced by a short or long code outside its platform.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks pre-registered names as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic long codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. (Twilio offers no two-way SMS here: its offer.)' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators; it still sells them, with the number not kept, and advises a sender name.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  dataProtection: { value: ['Data Protection Act, 2011 (Act No. 5 of 2012)'], sources: [S_DP] },
});
