import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Congo - Kinshasa. Re-audited 2026-12-06: AWS Africa table and Twilio's page (top part) re-read in
// the search tool's stored copies. Twilio's sender tables and Infobip's entry could only be read in a
// verbatim markdown copy of those pages in a public GitHub compilation (repository not named by the
// index): cited as secondary. Vonage's 2024 page only in a compiled copy (shared source, 2026-11-23).
// No Bird, Sinch, Telnyx or Plivo page reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Democratic Republic of the Congo (locale summary)', url: 'https://www.twilio.com/en/guidelines/cd/sms', kind: 'provider', reviewed: R } as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Democratic Republic of the Congo, sender tables (read in a verbatim copy in a public GitHub compilation, not on twilio.com)',
  url: 'https://www.twilio.com/en-us/guidelines/cd/sms',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Democratic Republic of the Congo entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: true, sources: [S_AWS_AFRICA, S_TW_COPY] },
    offers: [
      { provider: 'aws', offered: true, sources: [S_AWS_AFRICA] },
      { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
    ],
    registration: { value: 'none', sources: [S_AWS_AFRICA, S_TW_COPY], note: 'International traffic needs no registration; Infobip says local-origin traffic must be registered on the major networks.' },
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: {
      value: 'unknown',
      sources: [S_TW_COPY, S_VONAGE_2024],
      note: 'Both read in copies: Twilio marks names as preserved; Vonage (2024) says Orange may replace them with a short code.',
    },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_IB_COPY] },
    offers: [{ provider: 'infobip', offered: true, sources: [S_IB_COPY] }],
    registration: {
      value: 'required',
      sources: [S_IB_COPY],
      note: 'Only Infobip (read in a copy) speaks: local-origin traffic must use names registered on the major networks (up to 11 characters, no special characters, not numeric); up to a week.',
    },
    twoWay: ALPHA_ONE_WAY,
    leadTime: { value: { minDays: 1, maxDays: 7 }, sources: [S_IB_COPY], note: 'Only a secondary source speaks (Infobip, read in a copy).' },
  },
  'local-long-code': {
    supported: { value: 'restricted', sources: [S_TW_COPY, S_AWS_AFRICA] },
    restriction: {
      networks: ['Airtel'],
      text: 'Twilio marks Congolese numbers as an operator capability, but Airtel does not deliver messages from numeric senders. Only Twilio (read in a copy) speaks; Twilio and AWS do not sell these numbers.',
      sources: [S_TW_COPY],
    },
    offers: [
      { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
    ],
    twoWay: { value: 'unknown', sources: [S_AWS_AFRICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here; that says what they sell, not what the operators allow.' },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_TW_COPY] },
    restriction: {
      networks: ['Airtel'],
      text: 'Foreign numbers are accepted, except on Airtel, which does not deliver messages from numeric senders (Twilio, read in a copy).',
      sources: [S_TW_COPY],
    },
    offers: [{ provider: 'twilio', offered: true, sources: [S_TW_COPY] }],
    senderIdPreserved: { value: true, sources: [S_TW_COPY] },
  },
  'short-code': {
    supported: {
      value: true,
      sources: [S_TW_COPY, S_IB_COPY],
      note: 'Only secondary sources speak: Twilio (read in a copy) marks short codes as an operator capability; Infobip offers them for local traffic. AWS and Twilio do not sell them.',
    },
    offers: [
      { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      { provider: 'infobip', offered: true, sources: [S_IB_COPY] },
    ],
  },
};

export const CD: CountryRules = /* @__PURE__ */ region({
  country: 'CD',
  name: 'Congo - Kinshasa',
  reviewed: R,
  timeZones: ['Africa/Kinshasa', 'Africa/Lubumbashi'],
  languages: ['fr'],
  senders: SENDERS,
  obligations: [
    {
      id: 'identification.cd.no-generic-sender',
      category: 'identification',
      level: 'recommended',
      text: 'Avoid generic sender names such as InfoSMS, INFO, Verify or Notify.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW_COPY],
    },
  ],
});
