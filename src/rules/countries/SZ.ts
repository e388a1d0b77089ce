import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Eswatini. IT Law Co summary and Sent guides (sender facts only) read 2026-11-23.
// The AWS Africa row could not be read and no Twilio page for Eswatini was found in the index.
const R = '2026-11-23' as const;
const S_DP = { title: 'IT Law Co: Data Protection Act 5 of 2022 (Eswatini)', url: 'https://itlawco.com/focus-areas/data-protection-and-privacy/data-protection-act-5-of-2022-eswatini/', kind: 'secondary', reviewed: R } as const;
const S_SENT = { title: 'Sent: Swaziland SMS Guide', url: 'https://www.s.dm/resources/swaziland-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_FR = { title: 'Sent: Eswatini (Swaziland) SMS Guide 2025', url: 'https://sent.dm/fr/resources/sms-compliance/swaziland-sms-guide', kind: 'secondary', reviewed: R } as const;

export const SZ: CountryRules = /* @__PURE__ */ region({
  country: 'SZ',
  name: 'Eswatini',
  reviewed: R,
  timeZones: ['Africa/Mbabane'],
  languages: ['ss', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so; it tells senders to use a registered name. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT, S_SENT_FR] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT, S_SENT_FR], note: "Only Sent's guide says so." },
      registration: { value: 'required', sources: [S_SENT, S_SENT_FR], note: "Only Sent's guide says so." },
      programme: 'sz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SENT_FR], note: "Only Sent's guide says so (MTN Eswatini)." },
    },
  },
  registrations: [
    {
      id: 'sz.sender-id',
      name: 'Sender ID registration with the mobile operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name with MTN Eswatini and Eswatini Mobile before sending; Sent puts MTN at about three weeks.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_SENT, S_SENT_FR],
    },
  ],
  dataProtection: { value: ['Data Protection Act, 2022 (Act No. 5 of 2022)'], sources: [S_DP] },
});
