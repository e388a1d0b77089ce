import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Fiji. AWS Oceania table read 2026-11-23. No Twilio, ClickSend or Vonage page for Fiji
// was found in the search index.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/fiji_fj.md, which names the page's address);
// no stored twilio.com page for Fiji was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row and AWS's table are offers.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Fiji (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/fj/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Fiji, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/fj/sms',
  kind: 'provider', reviewed: T,
} as const;

export const FJ: CountryRules = /* @__PURE__ */ region({
  country: 'FJ',
  name: 'Fiji',
  reviewed: R,
  timeZones: ['Pacific/Fiji'],
  languages: ['en', 'fj', 'hif'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_OCEANIA], note: 'Twilio marks dynamic names as supported by the operators and preserved; generic names such as INFO or Verify fail.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_OCEANIA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_OCEANIA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks pre-registered names as not supported by the operators; names are sent unregistered.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic numbers as not supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported (AWS and Twilio offer no two-way SMS here).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators; only Vodafone Fiji keeps the number, other networks replace it with a short code or a name.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Kept on Vodafone Fiji only.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_OCEANIA] },
      ],
    },
  },
});
