import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iraq. Re-audited 2026-12-06: Twilio's page (top part) re-read in the search tool's stored copy.
// Twilio's sender tables and the Bird and Infobip Iraq entries could only be read in a verbatim
// markdown copy of those pages in a public GitHub compilation (repository not named by the index):
// cited as secondary. Re-read 2026-12-06: the Twilio copy names its page and keeps Twilio's
// field descriptions word for word, but it is not shown to be a copy of the current page: a
// developer's note in another public repository, dated 2026-09-05, reports that Twilio's Iraq page
// then said Asiacell requires pre-registered names since 2026-07-01, which the copy does not say, and
// no stored twilio.com copy of the sender tables was found to compare with. So it stays secondary.
// The Bird and Infobip entries do not name their pages' addresses: secondary too. Bird's Middle East
// page is stored, but only its first entries (Bahrain, Iran) can be read, not the Iraq entry. The
// AWS Asia row for Iraq could not be read; Vonage's 2024 page only in a compiled copy (shared source,
// 2026-11-23). Added: BulkSMSIraq's own page on A2P rules for Zain (a local provider, no date shown).
// No Sinch, Telnyx, Plivo, Mapp or regulator (CMC) page for Iraq reached.
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
const S_BULKSMSIQ = {
  title: 'BulkSMSIraq: guidelines for A2P SMS to Zain Iraq (sender ID and content rules)',
  url: 'https://bulksmsiraq.com/?p=1641',
  kind: 'provider', reviewed: R,
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
    supported: { value: true, sources: [S_BULKSMSIQ, S_TW_COPY, S_IB_COPY, S_BIRD_COPY], note: "An Iraqi provider's own page (BulkSMSIraq, no date shown) says Zain takes A2P messages only from alphanumeric, non-generic names that match the content; it does not mention registration. The rest comes from secondary copies, kept because nothing better speaks: Twilio marks unregistered names as an operator capability; Infobip says international traffic uses unregistered names; Bird needs no registration. A later report (2026-09) that Twilio now names Asiacell as requiring registered names could not be checked on a stored page." },
    registration: { value: 'none', sources: [S_TW_COPY, S_IB_COPY, S_BIRD_COPY], note: 'Only secondary sources speak (Twilio, Infobip and Bird, read in copies); they fill this because nothing better does. Infobip: Asiacell asks companies based in Iraq to register names for local traffic.' },
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: {
      value: 'unknown',
      sources: [S_TW_COPY, S_VONAGE_2024],
      note: 'Both read in copies: Twilio marks names as preserved; Vonage (2024) says Asiacell may change the sender.',
    },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_COPY, S_IB_COPY], note: 'Only secondary sources speak (Twilio and Infobip, read in copies); they fill this because nothing better does.' },
    registration: {
      value: 'none',
      sources: [S_TW_COPY, S_IB_COPY, S_BIRD_COPY],
      note: 'Only secondary sources speak (read in copies): no registration for international traffic; Infobip says Asiacell asks companies based in Iraq to register names for local traffic (about 5 to 7 days).',
    },
    twoWay: ALPHA_ONE_WAY,
  },
  'local-long-code': {
    supported: {
      value: 'unknown',
      sources: [S_TW_COPY, S_BIRD_COPY, S_BULKSMSIQ],
      note: "Both sides read only in copies that stay secondary: Twilio's table says the operators do not accept Iraqi long codes; Bird lists Iraqi numbers but notes that Zain refuses numeric senders. An Iraqi provider's own page (BulkSMSIraq) says Zain blocks A2P messages that do not use an alphanumeric name, so numbers fail on Zain; for Asiacell and Korek only the two secondary copies speak, and they disagree. No operator or regulator page was found.",
    },
    twoWay: { value: 'unknown', sources: [S_TW], note: 'Twilio offers no two-way SMS here; that says what Twilio sells, not what the operators allow.' },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_BULKSMSIQ, S_TW_COPY, S_BIRD_COPY], note: "Zain's refusal of numeric senders rests on an Iraqi provider's own page (BulkSMSIraq) and on the Twilio and Bird copies; the rest (Korek replaces them; Twilio marks them as not an operator capability but sends them) rests only on those secondary copies, kept because nothing better speaks. Not false: Twilio's operator row ('not supported') is read here only in a copy that stays secondary, and a false cannot rest on secondary sources; no law, regulator, carrier or major-provider page speaks for Iraq, and the one provider page (BulkSMSIraq) speaks only of Zain." },
    restriction: {
      networks: ['Zain', 'Korek'],
      text: 'Foreign numbers fail on Zain and are replaced by a generic name on Korek; Twilio marks them as not an operator capability though it sends them, and advises names instead.',
      sources: [S_BULKSMSIQ, S_TW_COPY, S_BIRD_COPY],
    },
    senderIdPreserved: { value: false, sources: [S_TW_COPY], note: "Only a secondary source speaks (Twilio's table, read in a copy): foreign numbers are replaced on Korek and fail on Zain." },
  },
  'short-code': {
    supported: {
      value: 'unknown',
      sources: [S_TW_COPY, S_BIRD_COPY],
      note: "Both sides read only in copies that stay secondary: Twilio's table says the operators do not support short codes; Bird lists Iraqi short codes. No first-hand provider, operator or regulator page was found to settle it.",
    },
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
