import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Maldives. Only the third-party Sent guide was found (read 2026-11-23); only
// its conservative statement on two-way SMS is used. No Twilio Maldives page
// was reachable and the AWS Asia row for the Maldives could not be read.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Maldives SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/mv_sms_guidance', reviewed: R } as const;

export const MV: CountryRules = /* @__PURE__ */ region({
  country: 'MV',
  name: 'Maldives',
  reviewed: R,
  timeZones: ['Indian/Maldives'],
  languages: ['dv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so; it does not say whether registration is needed." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT], note: 'Only a third-party guide (Sent) speaks to it; it says two-way SMS is not offered.' },
    },
  },
});
