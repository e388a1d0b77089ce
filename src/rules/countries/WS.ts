import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Samoa. Sent's Samoa SMS guide read 2026-11-23. No Twilio page was found in
// the search index, and the AWS Oceania table's rows after Palau could not be
// read, so AWS is not cited.
const R = '2026-11-23' as const;
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
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT], note: "Only Sent's guide says so; it says names are generally kept." },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: "Only Sent's guide checked; it says replies are not supported." },
    },
  },
});
