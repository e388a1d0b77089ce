import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Samoa. Sent's Samoa SMS guide read 2026-11-23. No Twilio page was found in
// the search index, and the AWS Oceania table's rows after Palau could not be
// read, so AWS is not cited.
// Sender rows re-read 2026-12-06 from Twilio's Samoa guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/samoa_ws.md, which names the page). No stored twilio.com page for
// Samoa was found, so the copy stands for the page (policy section 5). Its operator rows are all blank;
// only Twilio's offers are taken from it.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Samoa (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ws/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Samoa, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ws/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Samoa SMS guide', url: 'https://www.sent.dm/resources/samoa-sms-guide', kind: 'secondary', reviewed: R } as const;

export const WS: CountryRules = /* @__PURE__ */ region({
  country: 'WS',
  name: 'Samoa',
  reviewed: R,
  timeZones: ['Pacific/Apia'],
  languages: ['sm', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) speaks; Twilio's operator row is blank." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT], note: "Only Sent's guide says so; it says names are generally kept." },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide (secondary) says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row is blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: 'Twilio says only that it offers no two-way SMS here (its offer); Sent (secondary) repeats it. No page says what the operators do.' },
    },
    'short-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's operator row is blank." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
