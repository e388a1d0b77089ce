import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mongolia. Only the third-party Sent guide was found (read 2026-11-23); only
// its conservative statements are used. No Twilio Mongolia page was reachable
// and the AWS Asia row for Mongolia could not be read.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Mongolia SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/mn-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const MN: CountryRules = /* @__PURE__ */ region({
  country: 'MN',
  name: 'Mongolia',
  reviewed: R,
  timeZones: ['Asia/Ulaanbaatar', 'Asia/Hovd'],
  languages: ['mn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'An older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list accept names unregistered; the current AWS Asia row was unreadable.',
      },
      registration: { value: 'none', sources: [S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so; it does not say whether registration is needed." },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only a third-party guide (Sent) speaks to it. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'Sent says two-way SMS is not offered.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
