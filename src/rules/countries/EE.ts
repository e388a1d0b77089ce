import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Estonia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Time zone as given by the group file (libphonenumber);
// Estonia's own IANA zone is Europe/Tallinn. Sent's FAQ re-read for sender IDs.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Estonia SMS guide', url: 'https://www.sent.dm/resources/ee-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const EE: CountryRules = /* @__PURE__ */ region({
  country: 'EE',
  name: 'Estonia',
  reviewed: R,
  timeZones: ['Europe/Tallinn'],
  languages: ['et'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'An older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list all accept names; none asks for registration.',
      },
      registration: { value: 'none', sources: [S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so; it does not say whether registration is needed." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { supported: { value: true, sources: [S_SENT] }, twoWay: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
