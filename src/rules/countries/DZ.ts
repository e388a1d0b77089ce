import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Algeria. Re-audited 2026-12-06: AWS Africa table, Twilio's page (top part) and D7 Networks'
// Algeria page re-read in the search tool's stored copies. Twilio's sender tables could only be read
// in a word-for-word markdown copy in a public GitHub compilation; the copy names the page's address,
// repeats Twilio's own field descriptions, and its top part matches the stored twilio.com page, so
// under policy section 5 it stands for the page (cited as provider, "read in a verbatim copy" in the
// title; re-read 2026-12-06). The Bird and Infobip Algeria entries in the same compilation name
// no address and their primary pages could not be read: they stay secondary. No Vonage, Sinch,
// Telnyx, Plivo or Mapp page reached. D7's blog and sent.dm keep their 2026-11-23 review date.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Algeria (locale summary)', url: 'https://www.twilio.com/en/guidelines/dz/sms', kind: 'provider', reviewed: R } as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Algeria, sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/dz/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird: SMS Country Information Guide, Africa, Algeria entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Algeria entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_D7 = { title: 'D7 Networks: SMS Regulations in Algeria', url: 'https://d7networks.com/sms/algeria/sms-regulations', kind: 'provider', reviewed: R } as const;
const S_D7_BLOG = { title: 'D7 Networks blog: The Best Practices and SMS Regulations in Algeria', url: 'https://d7networks.com/blog/sms-regulations-algeria', kind: 'provider', published: '2025-08-21', reviewed: OLD } as const;
const S_SENT = { title: 'Sent: Algeria SMS Guide', url: 'https://www.sent.dm/resources/dz-sms-guidance', kind: 'secondary', reviewed: OLD } as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: {
      value: true,
      sources: [S_TW_COPY, S_IB_COPY, S_D7, S_AWS_AFRICA],
      note: 'Twilio marks unregistered names as an operator capability; Infobip and D7 say they work without registration, and AWS sells names without registration. Only sent.dm (a digest) says registration is required. Generic names fail, above all on Mobilis.',
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
        { provider: 'aws', offered: true, sources: [S_AWS_AFRICA] },
      ],
    registration: { value: 'none', sources: [S_TW_COPY, S_IB_COPY, S_D7, S_AWS_AFRICA], note: 'International traffic needs no registration; domestic traffic does (Twilio).' },
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: true, sources: [S_TW_COPY], note: "Twilio's table (read in a verbatim copy) marks dynamic names as preserved; generic names fail on Mobilis." },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_COPY, S_SENT, S_AWS_AFRICA] },
    offers: [{ provider: 'twilio', offered: true, sources: [S_TW_COPY] }],
    registration: {
      value: 'required',
      sources: [S_TW_COPY, S_SENT, S_D7],
      note: "Twilio's table (read in a verbatim copy, a provider page) marks registration as required by the operators for domestic traffic and not required for international traffic; Twilio registers names for domestic traffic only. D7 (a smaller provider) says no registration is needed; it does not override Twilio.",
    },
    programme: 'dz.sender-id',
    twoWay: ALPHA_ONE_WAY,
    leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW_COPY, S_SENT], note: "Twilio's table (read in a verbatim copy, a provider page) gives two weeks for domestic registration; sent.dm agrees." },
    senderIdPreserved: { value: true, sources: [S_TW_COPY], note: "Twilio's table (read in a verbatim copy) marks domestically registered names as preserved." },
  },
  'local-long-code': {
    supported: {
      value: 'restricted',
      sources: [S_D7, S_TW_COPY, S_IB_COPY, S_BIRD_COPY],
      note: "No major-provider page speaks about the operators and domestic numbers (Twilio's table gives no value; AWS's 'no' is its own offer), so D7's page decides: for local senders too, Ooredoo and Mobilis refuse numeric sender IDs and Djezzy replaces them with a generic name. Twilio's note on numeric senders (best effort, may be replaced, fail on Mobilis) agrees. The Bird copy (secondary) lists Algerian numbers; the Infobip copy (secondary) says numeric senders may be blocked on some networks.",
    },
    restriction: {
      networks: ['Mobilis', 'Ooredoo', 'Djezzy'],
      text: 'Algerian numbers as senders are refused on Mobilis and Ooredoo and replaced by a generic name on Djezzy (D7); Twilio says numeric senders are delivered on a best-effort basis at most and fail on Mobilis. Expect most messages to fail or arrive without the number.',
      sources: [S_D7, S_TW_COPY],
    },
    offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
    twoWay: { value: 'unknown', sources: [S_TW, S_AWS_AFRICA, S_IB_COPY], note: 'Twilio, AWS and Infobip offer no two-way SMS here; that says what they sell, not what the operators allow.' },
  },
  'international-long-code': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_D7, S_IB_COPY, S_BIRD_COPY],
      note: 'Twilio\'s operator row (read in a verbatim copy that stands for the page) marks foreign numbers as not supported by the operators on every network, and decides. Twilio still sells them, but the number is not kept (sender-preserved row: no): it is replaced by a generic name outside Twilio, best effort, and fails on Mobilis. D7 (other provider) agrees: fails on Mobilis and Ooredoo, replaced by a generic name on Djezzy. No network is named as keeping the number, so the replacement is the providers\' workaround, not operator acceptance. The Infobip section of a compiled copy (secondary) says numeric senders may be blocked on some networks; the Bird section (secondary) lists international numbers as senders, which does not override.',
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    senderIdPreserved: { value: false, sources: [S_TW_COPY, S_D7] },
  },
  'short-code': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_D7, S_BIRD_COPY],
      note: "Decided by the hierarchy: Twilio's table (read in a verbatim copy that stands for the page) is the only major-provider page that speaks about the operators, and it says they do not support short codes. D7 agrees for Ooredoo and Mobilis and says Djezzy replaces short codes with a generic name. Only the Bird copy (secondary) lists Algerian short codes. AWS's and Twilio's 'not offered' are their own offers.",
    },
    offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      ],
  },
};

export const DZ: CountryRules = /* @__PURE__ */ region({
  country: 'DZ',
  name: 'Algeria',
  reviewed: R,
  timeZones: ['Africa/Algiers'],
  languages: ['ar', 'ber'],
  senders: SENDERS,
  registrations: [
    {
      id: 'dz.sender-id',
      name: 'Sender ID pre-registration with the operators (domestic traffic)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'For domestic traffic, register the sender ID with business registration papers and proof of the brand before sending; international traffic needs no registration.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW_COPY, S_SENT],
    },
  ],
  consent: {
    marketing: { value: 'express', sources: [S_D7_BLOG, S_SENT], note: 'D7 asks for opt-in; sent.dm (a digest) asks for recorded written or electronic opt-in. No Algerian law text was reached.' },
    transactional: { value: 'implied-or-express', sources: [S_D7_BLOG], note: 'A prior business relationship or an opt-in is enough (D7).' },
  },
  optOut: {
    keywords: {
      value: ['STOP'],
      sources: [S_D7_BLOG, S_SENT],
      note: 'Re-checked 2026-12-06. D7 (a provider) says HELP/STOP instructions must be given in the recipient\'s own language, and sent.dm (a digest) asks for Arabic and French versions, but neither names the Arabic or French words, so only STOP is recorded. Replies are only possible where a two-way sender is used; Twilio offers no two-way SMS in Algeria.',
    },
    marketingInstructions: { value: 'required', sources: [S_D7_BLOG] },
    wording: { value: 'Offer a free way to unsubscribe (reply, link or toll-free number), in the recipient\'s language.', sources: [S_D7_BLOG, S_SENT] },
  },
  help: {
    keywords: {
      value: ['HELP'],
      sources: [S_D7_BLOG, S_SENT],
      note: 'Practice, not a named rule: D7 lists HELP/STOP instructions in the recipient\'s language; no Arabic or French help word is named by any source read.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.dz.marketing',
        level: 'recommended',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Algiers' },
        text: 'Send promotional SMS in daytime only, 08:00 to 21:00 Algerian time (sent.dm); D7 says daytime unless urgent.',
        sources: [S_SENT, S_D7_BLOG],
      },
    ],
    sources: [S_SENT, S_D7_BLOG],
  },
  content: {
    value: [
      { id: 'content.dz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_D7_BLOG, S_IB_COPY, S_SENT] },
      { id: 'content.dz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_D7_BLOG, S_IB_COPY, S_SENT] },
      { id: 'content.dz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_D7_BLOG, S_IB_COPY, S_SENT] },
      { id: 'content.dz.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content (operators block it, per Infobip).', sources: [S_IB_COPY] },
    ],
    sources: [S_D7_BLOG, S_IB_COPY, S_SENT],
  },
  obligations: [
    {
      id: 'identification.dz.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender names such as INFO or SMS; operators refuse them (Mobilis above all). Use a name that stands for the product or service the message is about.',
      senderTypes: ['alphanumeric'],
      sources: [S_D7, S_D7_BLOG, S_TW_COPY],
    },
  ],
});
