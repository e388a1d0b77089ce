import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Slovenia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Twilio, AWS Europe, SureSMS, OpenMarket and Messente queries
// did not surface a Slovenia page.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Slovenia SMS guide', url: 'https://www.sent.dm/resources/si_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const SI: CountryRules = /* @__PURE__ */ region({
  country: 'SI',
  name: 'Slovenia',
  reviewed: R,
  timeZones: ['Europe/Ljubljana'],
  languages: ['sl'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'The 2024 Vonage copy says names must be registered on every network; an older AWS table and a 2017 Twilio list did not ask for it. Under the research policy this does not establish what the operators accept: only a secondary source (Vonage "SMS Features and Restrictions" country pages, 2024, as compiled in whaleal/guide (JMC/5.SenderID.md)) says they are not available.', sources: [S_VONAGE_2024] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_VONAGE_2024, S_SENT] },
      registration: { value: 'required', sources: [S_VONAGE_2024] },
      programme: 'si.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Sent.dm says two-way SMS is not offered here.' } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  registrations: [
    {
      id: 'si.sender-id',
      name: 'Sender ID registration with the provider for Slovenian networks',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name before sending so that it is delivered on all Slovenian networks.',
      sources: [S_VONAGE_2024],
    },
  ],
});
