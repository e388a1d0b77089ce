import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Congo - Kinshasa. Re-audited 2026-12-06: AWS Africa table and Twilio's page (top part) re-read in
// the search tool's stored copies. Twilio's sender tables were read in a verbatim markdown copy in a
// public GitHub compilation (repository not named by the index); the copy names the page's address,
// keeps Twilio's own field descriptions word for word, and its locale summary and guideline rows
// match the stored twilio.com page, so under policy section 5 it stands for the page (kind
// 'provider', re-read 2026-12-06). Infobip's entry in the same compilation does not name its
// page's address: it stays secondary, and no Infobip page with a Congo entry was found in the store.
// Vonage's 2024 page only in a compiled copy (shared source, 2026-11-23). No Bird, Sinch, Telnyx or
// Plivo page reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Democratic Republic of the Congo (locale summary)', url: 'https://www.twilio.com/en/guidelines/cd/sms', kind: 'provider', reviewed: R } as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Democratic Republic of the Congo, sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/cd/sms',
  kind: 'provider', reviewed: R,
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
      value: true,
      sources: [S_TW_COPY, S_VONAGE_2024],
      note: "Twilio's page (read in a verbatim copy) marks names as preserved. Vonage's 2024 page, read only in a compiled copy (secondary), says Orange may replace them with a short code; a secondary source does not override a provider page, so Twilio decides. Expect a changed sender on Orange if Vonage's note still holds.",
    },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_IB_COPY], note: 'Only Infobip speaks, in a copy that does not name its page (secondary); it fills this because no better source speaks.' },
    registration: {
      value: 'required',
      sources: [S_IB_COPY],
      note: "Only Infobip speaks, in a copy that does not name its page (secondary); it fills this because no better source speaks: local-origin traffic must use names registered on the major networks (up to 11 characters, no special characters, not numeric); up to a week. Twilio's page has no pre-registration column values for this country.",
    },
    twoWay: ALPHA_ONE_WAY,
    leadTime: { value: { minDays: 1, maxDays: 7 }, sources: [S_IB_COPY], note: 'Only a secondary source speaks (Infobip, read in a copy that does not name its page); it fills this because no better source speaks.' },
  },
  'local-long-code': {
    supported: { value: 'restricted', sources: [S_TW_COPY, S_AWS_AFRICA] },
    restriction: {
      networks: ['Airtel'],
      text: 'Twilio marks Congolese numbers as an operator capability, but Airtel does not deliver messages from numeric senders. Only Twilio (page read in a verbatim copy) speaks; Twilio and AWS do not sell these numbers.',
      sources: [S_TW_COPY],
    },
    offers: [
      { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
    ],
    twoWay: { value: 'unknown', sources: [S_AWS_AFRICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here; that says what they sell, not what the operators allow.' },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_TW_COPY], note: "Twilio's page (read in a verbatim copy) marks foreign numbers as an operator capability and names Airtel as refusing numeric senders." },
    restriction: {
      networks: ['Airtel'],
      text: "Foreign numbers are accepted, except on Airtel, which does not deliver messages from numeric senders (Twilio's page, read in a verbatim copy).",
      sources: [S_TW_COPY],
    },
    offers: [{ provider: 'twilio', offered: true, sources: [S_TW_COPY] }],
    senderIdPreserved: { value: true, sources: [S_TW_COPY], note: "Twilio's page (read in a verbatim copy) marks foreign numbers as preserved." },
  },
  'short-code': {
    supported: {
      value: true,
      sources: [S_TW_COPY, S_IB_COPY],
      note: "Twilio's page (read in a verbatim copy) marks short codes as an operator capability; Infobip (secondary copy) offers them for local traffic. AWS and Twilio do not sell them.",
    },
    offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
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
