import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Morocco. Twilio locale summary and registration article, sent.dm guides read 2026-11-23.
// Not in the AWS Africa rows that could be reached; the Twilio sender table could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Morocco', url: 'https://static0.twilio.com/en-us/guidelines/ma/sms', kind: 'provider', reviewed: R } as const;
const S_TW_REG = {
  title: 'Twilio Support: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Morocco',
  url: 'https://support.twilio.com/hc/en-us/articles/4508275593243-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Morocco',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Morocco SMS Guide', url: 'https://www.sent.dm/resources/morocco-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SDM = { title: 'Sent: Send SMS to Morocco, ANRT compliance and sender ID registration', url: 'https://www.s.dm/en/resources/sms-compliance/morocco-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio (countries needing a registered sender ID)', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const MA: CountryRules = /* @__PURE__ */ region({
  country: 'MA',
  name: 'Morocco',
  reviewed: R,
  timeZones: ['Africa/Casablanca'],
  languages: ['ar', 'zgh'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SENT, S_GOURBAN], note: 'Sender IDs must be pre-registered.' },
      registration: { value: 'required', sources: [S_SENT, S_GOURBAN] },
      programme: 'ma.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT, S_TW_REG] },
      registration: { value: 'required', sources: [S_SENT, S_TW_REG] },
      programme: 'ma.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SENT, S_SDM] },
      senderIdPreserved: { value: false, sources: [S_SENT, S_SDM], note: 'Preserved on most networks, but not on Inwi.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_SENT], note: 'sent.dm: major carriers refuse numeric sender IDs.' },
      twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and sent.dm offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_SENT], note: 'sent.dm: major carriers refuse numeric sender IDs.' } },
    'short-code': { supported: { value: false, sources: [S_SENT] } },
  },
  registrations: [
    {
      id: 'ma.sender-id',
      name: 'Sender ID pre-registration with the Moroccan operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID (no spaces) before sending; Moroccan companies add their commercial registration, foreign senders need no documents.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW_REG, S_SENT],
    },
  ],
});
