import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Seychelles. DataGuidance summary and Sent guide (sender facts only) read 2026-11-23.
// The AWS Africa row could not be read and no Twilio page for Seychelles was found in the index.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Seychelles SMS Guide', url: 'https://www.sent.dm/resources/sc-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_DP = { title: 'DataGuidance: Seychelles jurisdiction summary', url: 'https://www.dataguidance.com/jurisdiction/seychelles', kind: 'secondary', reviewed: R } as const;

export const SC: CountryRules = /* @__PURE__ */ region({
  country: 'SC',
  name: 'Seychelles',
  reviewed: R,
  timeZones: ['Indian/Mahe'],
  languages: ['en', 'fr', 'crs'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT], note: 'Sent: Airtel may replace the name with a generic one.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'none', sources: [S_SENT], note: "Only Sent's guide says so." },
      twoWay: ALPHA_ONE_WAY,
    },
  },
  dataProtection: { value: ['Data Protection Act, 2023'], sources: [S_DP] },
});
