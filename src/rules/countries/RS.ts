import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Serbia. Twilio locale summary, SureSMS, Messente and Sent.dm read 2026-11-23.
// The AWS Europe table could not be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Serbia', url: 'https://www.twilio.com/guidelines/rs/sms', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Serbia', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/serbia/', kind: 'provider', reviewed: R } as const;
const S_MES = { title: 'Messente: Serbia SMS regulations', url: 'https://support.messente.com/serbia-sms-regulations', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Serbia SMS guide', url: 'https://www.sent.dm/resources/serbia-sms-guide', kind: 'secondary', reviewed: R } as const;

export const RS: CountryRules = /* @__PURE__ */ region({
  country: 'RS',
  name: 'Serbia',
  reviewed: R,
  timeZones: ['Europe/Belgrade'],
  languages: ['sr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SURE, S_MES], note: 'Without registration some operators overwrite the ID; SureSMS says registration is mandatory.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SURE, S_MES] },
      registration: { value: 'required', sources: [S_SURE, S_MES] },
      programme: 'rs.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_TW, S_SENT], note: 'Twilio and Sent.dm offer no two-way SMS here.' } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE, S_MES] } },
  optOut: { marketingInstructions: { value: 'required', sources: [S_MES] } },
  registrations: [
    {
      id: 'rs.sender-id',
      name: 'Sender ID pre-registration with Serbian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with company details and sample content; Messente says it can take up to a month and some operators charge fees.',
      sources: [S_SURE, S_MES],
    },
  ],
  content: {
    value: [
      { id: 'content.rs.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE, S_MES] },
      { id: 'content.rs.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE, S_MES] },
      { id: 'content.rs.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE, S_MES] },
    ],
    sources: [S_SURE, S_MES],
  },
  obligations: [
    { id: 'identification.rs.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
