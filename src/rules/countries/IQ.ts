import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iraq. Re-audited 2026-12-06: Twilio's page (top part) re-read in the search tool's stored copy.
// Twilio's sender tables and the Bird and Infobip Iraq entries could only be read in a verbatim
// markdown copy of those pages in a public GitHub compilation (repository not named by the index):
// cited as secondary. The AWS Asia row for Iraq could not be read; Vonage's 2024 page only in a
// compiled copy (shared source, 2026-11-23). No Sinch, Telnyx or Plivo page reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Iraq (locale summary)', url: 'https://www.twilio.com/en-us/guidelines/iq/sms', kind: 'provider', reviewed: R } as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Iraq, sender tables (read in a verbatim copy in a public GitHub compilation, not on twilio.com)',
  url: 'https://www.twilio.com/en-us/guidelines/iq/sms',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird: SMS Country Information Guide, Middle East, Iraq entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-middle-east',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Iraq entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: true, sources: [S_TW_COPY, S_IB_COPY, S_BIRD_COPY], note: 'Twilio marks unregistered names as an operator capability; Infobip says international traffic uses unregistered names; Bird needs no registration (pages read in copies).' },
    offers: [
      { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      { provider: 'infobip', offered: true, sources: [S_IB_COPY] },
      { provider: 'bird', offered: true, sources: [S_BIRD_COPY] },
    ],
    registration: { value: 'none', sources: [S_TW_COPY, S_IB_COPY, S_BIRD_COPY] },
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: {
      value: 'unknown',
      sources: [S_TW_COPY, S_VONAGE_2024],
      note: 'Both read in copies: Twilio marks names as preserved; Vonage (2024) says Asiacell may change the sender.',
    },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_COPY, S_IB_COPY] },
    offers: [{ provider: 'infobip', offered: true, sources: [S_IB_COPY] }],
    registration: {
      value: 'none',
      sources: [S_TW_COPY, S_IB_COPY, S_BIRD_COPY],
      note: 'No registration for international traffic; Infobip says Asiacell asks companies based in Iraq to register names for local traffic (about 5 to 7 days).',
    },
    twoWay: ALPHA_ONE_WAY,
  },
  'local-long-code': {
    supported: {
      value: 'unknown',
      sources: [S_TW_COPY, S_BIRD_COPY],
      note: "Both read in copies: Twilio's table says the operators do not accept Iraqi long codes; Bird lists Iraqi numbers but notes that Zain refuses numeric senders.",
    },
    offers: [{ provider: 'bird', offered: true, sources: [S_BIRD_COPY] }],
    twoWay: { value: 'unknown', sources: [S_TW], note: 'Twilio offers no two-way SMS here; that says what Twilio sells, not what the operators allow.' },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_TW_COPY, S_BIRD_COPY] },
    restriction: {
      networks: ['Zain', 'Korek'],
      text: 'Foreign numbers fail on Zain and are replaced by a generic name on Korek; Twilio marks them as not an operator capability though it sends them, and advises names instead.',
      sources: [S_TW_COPY, S_BIRD_COPY],
    },
    offers: [
      { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      { provider: 'bird', offered: true, sources: [S_BIRD_COPY] },
    ],
    senderIdPreserved: { value: false, sources: [S_TW_COPY] },
  },
  'short-code': {
    supported: {
      value: 'unknown',
      sources: [S_TW_COPY, S_BIRD_COPY],
      note: "Both read in copies: Twilio's table says the operators do not support short codes; Bird lists Iraqi short codes.",
    },
    offers: [{ provider: 'bird', offered: true, sources: [S_BIRD_COPY] }],
  },
};

export const IQ: CountryRules = /* @__PURE__ */ region({
  country: 'IQ',
  name: 'Iraq',
  reviewed: R,
  timeZones: ['Asia/Baghdad'],
  languages: ['ar', 'ku'],
  senders: SENDERS,
  content: {
    value: [
      { id: 'content.iq.gambling', topic: 'gambling', restriction: 'prohibited', text: 'Gambling and betting messages are likely to be blocked by the operators.', sources: [S_IB_COPY] },
      { id: 'content.iq.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'Loan, crypto and forex messages are likely to be blocked by the operators.', sources: [S_IB_COPY] },
      { id: 'content.iq.adult', topic: 'sex', restriction: 'prohibited', text: 'Adult content is likely to be blocked by the operators.', sources: [S_IB_COPY] },
    ],
    sources: [S_IB_COPY],
    note: 'Only Infobip, read in a copy, lists content the operators block.',
  },
  obligations: [
    {
      id: 'identification.iq.no-generic-sender',
      category: 'identification',
      level: 'recommended',
      text: 'Use a sender name that matches the brand and content; generic names mostly fail.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW_COPY, S_BIRD_COPY],
    },
  ],
});
