import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Timor-Leste. Only the Twilio locale summary was reachable (read 2026-11-23);
// its sender table and the AWS Asia row for Timor-Leste could not be read.
// Sender IDs from Sent's FAQ and SureSMS.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Timor-Leste', url: 'https://www.twilio.com/en/guidelines/tl/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Timor-Leste SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/tl-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Timor-Leste', url: 'https://suresms.com/en/landing-control/timor-leste/', kind: 'provider', reviewed: R } as const;

export const TL: CountryRules = /* @__PURE__ */ region({
  country: 'TL',
  name: 'Timor-Leste',
  reviewed: R,
  timeZones: ['Asia/Dili'],
  languages: ['pt', 'tet'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Sent says names must be registered with Telkomcel; SureSMS only says names are allowed. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT, S_SURE] },
      registration: { value: 'required', sources: [S_SENT], note: "Only Sent's guide says so." },
      programme: 'tl.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_SENT] },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' } },
  },
  registrations: [
    {
      id: 'tl.sender-id',
      name: 'Sender ID pre-registration with Telkomcel',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name with Telkomcel before sending.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_SENT],
    },
  ],
});
