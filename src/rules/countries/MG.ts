import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Madagascar. DataGuidance summary read 2026-11-23. The AWS Africa row could not be read
// and no Twilio page for Madagascar was found in the index.
// Sender rows re-read 2026-12-06: Twilio's Madagascar page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/madagascar_mg.md); the search
// of 2026-11-23 found no stored twilio.com page for Madagascar (not re-searched today), so the copy
// stands for the page (policy section 5).
const R = '2026-11-23' as const;
const S_DP = { title: 'DataGuidance: Madagascar jurisdiction summary', url: 'https://www.dataguidance.com/jurisdiction/madagascar', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Madagascar (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mg/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Madagascar, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mg/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MG: CountryRules = /* @__PURE__ */ region({
  country: 'MG',
  name: 'Madagascar',
  reviewed: R,
  timeZones: ['Indian/Antananarivo'],
  languages: ['mg', 'fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks unregistered names as supported by the operators, but not fully on Telma Mobile.' },
      restriction: {
        networks: ['Telma Mobile'],
        text: 'Telma Mobile may overwrite an unregistered name to get the message delivered; generic names (INFO, Verify and the like) risk being blocked.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators, except that Airtel and Orange do not take them.' },
      restriction: {
        networks: ['Airtel', 'Orange'],
        text: 'Airtel and Orange do not accept foreign numbers; the number is overwritten on the way so that the message still arrives.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  dataProtection: { value: ['Law No. 2014-038 on the Protection of Personal Data'], sources: [S_DP] },
});
