import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Equatorial Guinea. AWS Africa table read 2026-11-23; no Twilio page for Equatorial Guinea was found
// in the stored index, and no other source was looked up.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/equatorial_guinea_gq.md, which names the page's
// address); no stored twilio.com page for Equatorial Guinea was found, so the copy stands for the
// page (policy section 5). Its "Twilio supported" row and AWS's table are offers.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Equatorial Guinea (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gq/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Equatorial Guinea, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gq/sms',
  kind: 'provider', reviewed: T,
} as const;

export const GQ: CountryRules = /* @__PURE__ */ region({
  country: 'GQ',
  name: 'Equatorial Guinea',
  reviewed: R,
  timeZones: ['Africa/Malabo'],
  languages: ['es', 'fr', 'pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_AFRICA], note: 'Twilio marks dynamic names as supported by the operators and preserved; AWS sells them.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_AFRICA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_AFRICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic numbers as supported by the operators; neither Twilio nor AWS sells them (offers).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', note: 'AWS and Twilio offer no two-way SMS here: statements about their offers, not about the operators.', sources: [S_AWS_AFRICA, S_TW_OFFER] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators. AWS sells none (its offer).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
  },
});
