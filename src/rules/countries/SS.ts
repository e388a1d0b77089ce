import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// South Sudan. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: South Sudan SMS Guide', url: 'https://sent.dm/resources/ss_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_FAQ = { title: 'Sent: South Sudan SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/ss-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const SS: CountryRules = /* @__PURE__ */ region({
  country: 'SS',
  name: 'South Sudan',
  reviewed: R,
  timeZones: ['Africa/Juba'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so; names must be registered first, above all on MTN. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT_FAQ, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT_FAQ, S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'required', sources: [S_SENT_FAQ], note: "Only Sent's guide says so." },
      programme: 'ss.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'sent.dm says two-way SMS is not supported.' } },
  },
  registrations: [
    {
      id: 'ss.sender-id',
      name: 'Alphanumeric sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name before sending (MTN in particular); generic names risk being blocked.',
      sources: [S_SENT_FAQ],
    },
  ],
});
