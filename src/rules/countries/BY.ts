import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Belarus. Twilio locale summary, Sent.dm and a goUrban page quoting Twilio's
// sender ID list read 2026-11-23. The AWS Europe table could not be reached.
// Time zone as given by the group file (libphonenumber); Belarus's own IANA zone is Europe/Minsk.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Belarus', url: 'https://www.twilio.com/en/guidelines/by/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Belarus SMS guide', url: 'https://www.sent.dm/resources/belarus-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const BY: CountryRules = /* @__PURE__ */ region({
  country: 'BY',
  name: 'Belarus',
  reviewed: R,
  timeZones: ['Europe/Minsk'],
  languages: ['be', 'ru'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm, goUrban Support) says they are not available.', sources: [S_SENT, S_GU] }, twoWay: ALPHA_ONE_WAY },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'required', sources: [S_SENT, S_GU] },
      programme: 'by.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and Sent.dm offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  registrations: [
    {
      id: 'by.sender-id',
      name: 'Sender ID pre-registration for foreign senders',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Foreign senders register the sender ID before sending; Twilio does not offer domestic registration to companies based in Belarus.',
      sources: [S_SENT, S_TW],
    },
  ],
});
