import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bangladesh. Re-audited 2026-12-06: Twilio guideline page, AWS Asia table, and the
// Bird and Infobip sections of a compilation of provider country pages on GitHub
// (nevetsagetro/OKR-warranted, data/raw/bangladesh_bd.md). The Twilio section of that
// compilation names its page and is word for word; the part of the stored twilio.com
// page that can be read (locale summary, two-way "No", message length, field texts up
// to the compliance row) matches it, so the copy stands for Twilio's page (policy
// section 5) and the sender tables are cited at Twilio's address. The Bird and
// Infobip sections do not name their pages: they are secondary. Law: BTRC directive of 12 March 2019 (promotional SMS in
// Bangla), as named and quoted by two Bangladeshi SMS providers; the directive
// itself was not reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bangladesh (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bd/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = {
  title: 'AWS End User Messaging: Supported countries, Asia (Bangladesh row)',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-asia.html',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Bangladesh) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Bangladesh (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BTRC_2019 = {
  title: 'BTRC directive on SMS sending, memo no. 14.32.0000.600.36.001.19.51 of 12 March 2019 (promotional SMS in Bangla)',
  kind: 'regulator', published: '2019-03-12', reviewed: R,
} as const;
const S_DOEL = {
  title: 'Doel Tech: BTRC instructions on sending SMS (names the 12 March 2019 memo)',
  url: 'https://doeltechltd.com/btrc-rolls/',
  kind: 'provider', reviewed: R,
} as const;
const S_MIMSMS = {
  title: 'MiM SMS: All types of bulk SMS have to be sent in Bengali (cites BTRC memorandum 14.32.0000.600)',
  url: 'https://www.mimsms.com/all-types-of-bulk-sms-have-to-be-sent-in-bengali/',
  kind: 'provider', reviewed: R,
} as const;

export const BD: CountryRules = /* @__PURE__ */ region({
  country: 'BD',
  name: 'Bangladesh',
  reviewed: R,
  timeZones: ['Asia/Dhaka'],
  languages: ['bn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD],
        note: 'Twilio: GrameenPhone, Robi/Axiata and TeleTalk do not accept unregistered names (blocked since 8 September 2025); the other networks still do.',
        effectiveFrom: '2025-09-08',
      },
      restriction: {
        networks: ['Grameenphone', 'Robi', 'Teletalk'],
        text: 'Messages under an unregistered name are blocked on Grameenphone, Robi/Axiata and TeleTalk, which carry most subscribers; only the remaining networks (Banglalink) deliver them.',
        sources: [S_TW, S_BIRD],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW], note: 'On the networks that still accept unregistered names.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_AWS, S_BIRD, S_INFOBIP] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
      ],
      registration: { value: 'required', sources: [S_TW, S_AWS, S_BIRD, S_INFOBIP] },
      programme: 'bd.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 21, maxDays: 21 },
        sources: [S_TW],
        note: 'Twilio gives 3 weeks for international registration. The Infobip section of a compiled copy (secondary) gives about a day for international and a few days for local senders; it does not override Twilio.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_INFOBIP, S_BIRD],
        note: 'Twilio, the only major-provider page that speaks to the operators, marks domestic long codes as not supported by them, and decides. On the other side, the Infobip and Bird sections of a compiled copy (secondary) say local traffic may use registered numeric senders and list Bangladeshi numbers (sometimes replaced); a secondary source does not override. AWS sells no long codes here (its offer).',
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS] }],
      registration: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio\'s operator row marks foreign numbers as not supported by the operators on every network, and decides. Twilio still sells them outside GrameenPhone, Robi/Axiata and TeleTalk, but the number is not kept (sender-preserved row: no): the replacement is Twilio\'s workaround, not operator acceptance. On the other side, the Bird and Infobip sections of a compiled copy (secondary) say international numbers arrive (sometimes replaced, fully supported only on TeleTalk) and that GrameenPhone accepts numeric senders on international traffic; a secondary source does not override.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators; no page says they are.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS] }],
    },
  },
  registrations: [
    {
      id: 'bd.sender-id',
      name: 'Sender ID registration (GrameenPhone, Robi/Axiata, TeleTalk)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; the three main networks block unregistered IDs. Local senders register with each operator and need a local entity and an authorisation letter (Infobip, read in a compiled copy).',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW, S_AWS, S_INFOBIP],
      effectiveFrom: '2025-09-08',
    },
  ],
  content: {
    value: [
      { id: 'content.bd.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_BIRD, S_INFOBIP] },
      { id: 'content.bd.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_INFOBIP] },
      { id: 'content.bd.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content (Bird).', sources: [S_BIRD] },
      {
        id: 'content.bd.political',
        topic: 'political',
        restriction: 'restricted',
        text: 'Government-related and some political and election messages are not accepted (Bird, Infobip).',
        sources: [S_BIRD, S_INFOBIP],
      },
      {
        id: 'content.bd.bangla-promotional',
        topic: 'language',
        restriction: 'restricted',
        useCases: ['marketing', 'mixed'],
        text: 'Promotional and greeting messages must be written in Bangla (Unicode); machine-generated notifications such as OTPs are exempt.',
        sources: [S_BTRC_2019, S_MIMSMS, S_DOEL, S_INFOBIP],
      },
    ],
    sources: [S_BIRD, S_INFOBIP],
  },
  obligations: [
    {
      id: 'content.bd.promotional-in-bangla',
      category: 'content',
      level: 'required',
      text: 'Write promotional messages in Bangla (Unicode script); only machine-generated notifications such as OTPs may be in English.',
      useCases: ['marketing', 'mixed'],
      sources: [S_BTRC_2019, S_MIMSMS, S_DOEL, S_INFOBIP],
      effectiveFrom: '2019-03-12',
    },
  ],
});
