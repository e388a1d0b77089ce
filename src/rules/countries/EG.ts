import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Egypt. Re-audited 2026-12-06: AWS Africa table and Egypt registration page, Twilio page
// (top part, with its compliance notes), Mapp's Egypt page and the law (Law No. 151 of 2020,
// Articles 17 and 18) read in the stored copies of the search tool. Twilio's sender tables could
// only be read in a word-for-word markdown copy in a public GitHub compilation; the copy names the
// page's address, repeats Twilio's own field descriptions, and its top part matches the stored
// twilio.com page, so under policy section 5 it stands for the page (cited as provider, "read in a
// verbatim copy" in the title; re-read 2026-12-06). The Bird and Infobip Egypt entries in the
// same compilation name no address and their primary pages could not be read: they stay secondary.
// No Vonage, Sinch, Telnyx or Plivo page for Egypt was reachable.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Egypt (locale summary and compliance notes)', url: 'https://www.twilio.com/en/guidelines/eg/sms', kind: 'provider', reviewed: R } as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Egypt, sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/eg/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird: SMS country information guides, Egypt entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Egypt entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_AWS_EG = { title: 'AWS End User Messaging SMS: Egypt sender ID registration', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-egypt.html', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Docs: Egypt (SMS country information)', url: 'https://docs.mapp.com/docs/egypt.md', kind: 'provider', published: '2026-01-14', updated: '2026-01-14', reviewed: R } as const;
const S_SDM = { title: 'Sent: Egypt SMS Guide', url: 'https://www.s.dm/resources/egypt-sms-guide', kind: 'secondary', reviewed: '2026-11-23' } as const;
const S_PDPL_17 = { title: 'Egypt Law No. 151 of 2020 on the Protection of Personal Data, Article 17 (direct electronic marketing)', kind: 'law', reviewed: R } as const;
const S_PDPL_18 = {
  title: 'Egypt Law No. 151 of 2020 on the Protection of Personal Data, Article 18 (Arabic text as published by Masaar)',
  url: 'https://masaar.net/egypt_laws/%d9%85%d8%a7%d8%af%d8%a9-18-%d8%a7%d9%84%d9%82%d8%a7%d9%86%d9%88%d9%86-%d8%b1%d9%82%d9%85-151-%d9%84%d8%b3%d9%86%d8%a9-2020-%d8%a8%d8%a5%d8%b5%d8%af%d8%a7%d8%b1-%d9%82%d8%a7%d9%86%d9%88%d9%86',
  kind: 'law', reviewed: R,
} as const;
const S_SLASHWEB = {
  title: 'Slash Web: rules for electronic marketing under the law (quotes Articles 17, 18 and 43 of Law No. 151 of 2020)',
  url: 'https://slashweb.net.eg/%d8%aa%d8%b9%d8%b1%d9%81-%d8%b9%d9%84%d9%89-%d9%82%d9%88%d8%a7%d8%b9%d8%af-%d8%a7%d9%84%d8%aa%d8%b3%d9%88%d9%8a%d9%82-%d8%a7%d9%84%d8%a5%d9%84%d9%83%d8%aa%d8%b1%d9%88%d9%86%d9%8a-%d8%ad%d8%b3%d8%a8',
  kind: 'secondary', reviewed: R,
} as const;

const MARKETING = ['marketing', 'mixed'] as const;
const LAW_17 = [S_PDPL_17, S_SLASHWEB] as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: 'restricted', sources: [S_TW, S_TW_COPY, S_AWS_AFRICA, S_IB_COPY] },
    restriction: {
      text: 'Unregistered names are accepted only on international routes (Twilio marks dynamic IDs as an operator capability and international registration as optional). Operators block and filter heavily, Twilio strongly advises registered names, and AWS and Infobip sell registered names only. Domestic traffic needs a registered name.',
      sources: [S_TW, S_TW_COPY, S_AWS_AFRICA, S_IB_COPY],
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
    registration: { value: 'recommended', sources: [S_TW, S_TW_COPY], note: 'Twilio recommends registering names even for international traffic; domestic traffic must be registered.' },
    programme: 'eg.sender-id',
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: true, sources: [S_TW_COPY], note: "Twilio's table (read in a verbatim copy) marks dynamic names as preserved; Orange Egypt refuses a short list of brand-like names (Facebook, Google, Meta and others)." },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_AWS_AFRICA, S_AWS_EG, S_MAPP, S_TW] },
    offers: [
        { provider: 'aws', offered: true, sources: [S_AWS_AFRICA, S_AWS_EG] },
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    registration: {
      value: 'required',
      sources: [S_AWS_AFRICA, S_AWS_EG, S_TW_COPY, S_IB_COPY],
      note: 'Operators split local and international traffic: registration is required for domestic traffic and optional but recommended for international (Twilio); AWS and Infobip register every name.',
    },
    programme: 'eg.sender-id',
    twoWay: ALPHA_ONE_WAY,
    leadTime: {
      value: { minDays: 7, maxDays: 21 },
      sources: [S_TW_COPY, S_IB_COPY],
      note: "Twilio's table (read in a verbatim copy, a provider page): one week for international, three weeks for domestic registration. The Infobip entry, read only in a copy (secondary), gives shorter times (one to two days international, 7 to 15 days local); it does not override Twilio.",
    },
    senderIdPreserved: { value: true, sources: [S_TW_COPY], note: "Twilio's table (read in a verbatim copy) marks registered names as preserved for both international and domestic traffic." },
  },
  'local-long-code': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_MAPP, S_BIRD_COPY, S_IB_COPY],
      note: "Decided by the hierarchy: Twilio's table (read in a verbatim copy that stands for the page) is the only major-provider page that speaks about the operators, and it says they do not support domestic long codes. Against it: Mapp (a smaller provider) marks numeric senders as accepted on all four networks, and the Bird copy (secondary) lists Egyptian numbers; the Infobip copy (secondary) says numeric senders do not work on every network. AWS's 'no' is only its own offer.",
    },
    offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
      ],
    twoWay: {
      value: 'unknown',
      sources: [S_TW, S_MAPP, S_IB_COPY, S_AWS_AFRICA],
      note: 'Moot while the operators do not accept domestic long codes. Twilio, Infobip and Mapp say no two-way SMS is available; AWS lists two-way SMS for Egypt (through its short codes).',
    },
  },
  'international-long-code': {
    supported: {
      value: 'restricted',
      sources: [S_TW_COPY, S_IB_COPY, S_MAPP, S_BIRD_COPY],
      note: "Twilio's operator-capability row marks foreign numbers as not supported, but the same page (read in a verbatim copy) does not deliver them only by replacement: it marks the number as preserved and names Etisalat as the one network that replaces it (outside Twilio's platform). The page thus names the network that does not show the number; Mapp (a smaller provider) marks numeric senders as accepted on all four networks. Kept as restricted to Etisalat rather than false.",
    },
    restriction: {
      networks: ['Etisalat'],
      text: "Twilio marks foreign numbers as kept on delivery except on Etisalat, which replaces them with a generic name, so Etisalat subscribers do not see the number; Infobip (copy only) says numeric senders do not work on every network. Twilio's operator row marks them as not an operator capability though it sends them.",
      sources: [S_TW_COPY, S_IB_COPY],
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    senderIdPreserved: {
      value: false,
      sources: [S_TW_COPY],
      note: "Twilio's table (read in a verbatim copy, a provider page) marks foreign numbers as preserved in general, but says Etisalat replaces them with a generic name outside Twilio's platform, so the number does not reach Etisalat subscribers unchanged.",
    },
  },
  'short-code': {
    supported: {
      value: 'restricted',
      sources: [S_AWS_AFRICA, S_MAPP, S_BIRD_COPY, S_TW_COPY],
      note: "Twilio's operator-capability row marks short codes as not supported, and Twilio does not sell them. This is not delivery by replacement: AWS sells Egyptian short codes with two-way SMS, codes the operators themselves issue, so the major-provider pages split; Mapp (a smaller provider) then names the networks: Etisalat, Vodafone and Telecom Egypt, not Orange.",
    },
    restriction: {
      networks: ['Orange Egypt'],
      text: "Mapp lists short codes on Etisalat, Vodafone and Telecom Egypt but not on Orange; AWS and Bird offer short codes, while Twilio's table says the operators do not support them.",
      sources: [S_MAPP, S_AWS_AFRICA, S_TW_COPY],
    },
    offers: [
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_AFRICA] },
      ],
    twoWay: {
      value: 'unknown',
      sources: [S_AWS_AFRICA, S_TW, S_MAPP, S_IB_COPY],
      note: 'AWS lists two-way SMS for Egypt; Twilio, Infobip and Mapp say two-way SMS is not available.',
    },
  },
};

export const EG: CountryRules = /* @__PURE__ */ region({
  country: 'EG',
  name: 'Egypt',
  reviewed: R,
  timeZones: ['Africa/Cairo'],
  languages: ['ar'],
  senders: SENDERS,
  registrations: [
    {
      id: 'eg.sender-id',
      name: 'Egypt sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID (3 to 11 characters, simple names without special characters) with a signed letter of authorisation, and prove the brand link when it is not obvious. Required for domestic traffic, recommended for international traffic.',
      leadTime: { minDays: 7, maxDays: 21 },
      sources: [S_AWS_EG, S_AWS_AFRICA, S_TW_COPY, S_IB_COPY],
    },
  ],
  consent: {
    marketing: { value: 'express', sources: [...LAW_17], note: 'Law No. 151 of 2020, Article 17: no direct-marketing electronic message without the recipient\'s consent.' },
    laws: {
      value: ['Law No. 151 of 2020 on the Protection of Personal Data (Articles 17 and 18)'],
      sources: [S_PDPL_17, S_PDPL_18, S_SLASHWEB],
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [...LAW_17],
      note: 'Article 17 requires a clear, easy way to refuse or withdraw consent. Mapp says operators do not require opt-out text; the law prevails.',
    },
    wording: { value: 'Give a clear and easy way to refuse further marketing messages or withdraw consent.', sources: [...LAW_17] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.eg.marketing',
        level: 'required',
        useCases: MARKETING,
        allowed: [{ days: ['sun', 'mon', 'tue', 'wed', 'thu'], start: '09:00', end: '21:00' }],
        publicHolidays: 'closed',
        timeBasis: { zone: 'Africa/Cairo' },
        text: 'Send marketing SMS only from 09:00 to 21:00 local time, Sunday to Thursday; never on Friday, Saturday or official holidays. An operator curfew reported by Mapp and Twilio; no law setting it was found.',
        sources: [S_MAPP, S_TW_COPY, S_SDM],
      },
    ],
    sources: [S_MAPP, S_TW_COPY],
  },
  dataProtection: { value: ['Law No. 151 of 2020 on the Protection of Personal Data'], sources: [S_PDPL_17, S_PDPL_18] },
  obligations: [
    {
      id: 'consent.eg.marketing-consent',
      category: 'consent',
      level: 'required',
      text: 'Get the recipient\'s consent before sending any direct-marketing SMS.',
      useCases: MARKETING,
      sources: [...LAW_17],
    },
    {
      id: 'identification.eg.sender-identity',
      category: 'identification',
      level: 'required',
      text: 'State in each marketing message who created and who sends it.',
      useCases: MARKETING,
      check: { kind: 'sender-name' },
      sources: [...LAW_17],
    },
    {
      id: 'identification.eg.sender-address',
      category: 'identification',
      level: 'required',
      text: 'Give a valid address at which the sender can be reached.',
      useCases: MARKETING,
      check: { kind: 'contact' },
      sources: [...LAW_17],
    },
    {
      id: 'identification.eg.marketing-purpose',
      category: 'identification',
      level: 'required',
      text: 'Say that the message is sent for direct marketing, and state its marketing purpose.',
      useCases: MARKETING,
      sources: [S_PDPL_17, S_PDPL_18, S_SLASHWEB],
    },
    {
      id: 'opt-out.eg.marketing',
      category: 'opt-out',
      level: 'required',
      text: 'Include a clear and easy way to refuse further marketing messages or withdraw consent.',
      useCases: MARKETING,
      check: { kind: 'opt-out' },
      sources: [...LAW_17],
    },
    {
      id: 'data-protection.eg.no-disclosure',
      category: 'data-protection',
      level: 'required',
      text: 'Do not disclose the recipient\'s contact details.',
      useCases: MARKETING,
      sources: [S_PDPL_18],
    },
    {
      id: 'record-keeping.eg.consent-records',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep electronic records of each recipient\'s consent (and its changes, or their non-objection) for three years after the last marketing message.',
      useCases: MARKETING,
      sources: [S_PDPL_18, S_SLASHWEB],
    },
  ],
});
