import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Niue. AWS Oceania table and Twilio locale summary read 2026-11-23.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Niue, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address; it matches the part of the stored twilio.com page read on 2026-11-23
// (locale summary, two-way row), so it stands for the page. Its operator row decides
// `supported`; its "Twilio supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Niue', url: 'https://www.twilio.com/en/guidelines/nu/sms', kind: 'provider', reviewed: R } as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Niue (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/nu/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Niue, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/nu/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const NU: CountryRules = /* @__PURE__ */ region({
  country: 'NU',
  name: 'Niue',
  reviewed: R,
  timeZones: ['Pacific/Niue'],
  languages: ['niu', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_OCEANIA], note: 'Twilio marks dynamic names as supported by the operators; AWS sells them.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWO] },
        { provider: 'aws', offered: true, sources: [S_AWS_OCEANIA] },
      ],
      registration: { value: 'none', sources: [S_AWS_OCEANIA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for local numbers; neither Twilio nor AWS sells them, which says what they sell, not what the operators accept.', sources: [S_TWC, S_AWS_OCEANIA] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ],
      twoWay: { value: 'unknown', sources: [S_AWS_OCEANIA, S_TW], note: 'AWS and Twilio offer no two-way SMS here (offers); no page about the operators speaks.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
        { provider: 'twilio', offered: false, sources: [S_TWO] },
      ],
    },
  },
});
