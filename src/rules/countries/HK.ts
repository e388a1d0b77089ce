import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Hong Kong. AWS Asia table and Twilio guidelines read 2026-11-23. Sender
// rows re-audited 2026-12-06 against the Twilio page (its first part and
// compliance text read on the stored page; its sender tables read through a
// word-for-word copy in a compiled GitHub collection that names the page's
// address and matches the stored part, so cited at the page's own address as
// a provider page, policy section 5) and the Bird and Infobip Hong Kong
// sections (same compilation, no address of their own: secondary). The AWS
// table was not re-read.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Hong Kong', url: 'https://www.twilio.com/en-us/guidelines/hk/sms', kind: 'provider', reviewed: R } as const;
const S_TW_TABLE = { title: 'Twilio SMS Guidelines: Hong Kong, compliance text and sender tables (operator and Twilio rows) (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/hk/sms', kind: 'provider', reviewed: R } as const;
const S_INFOBIP = { title: 'Infobip: International SMS coverage and connectivity, Hong Kong section, read in a stored compiled copy', url: 'https://www.infobip.com/docs/sms/international-sms-coverage-and-connectivity', kind: 'secondary', reviewed: R } as const;
const S_BIRD = { title: 'Bird: SMS country information, Hong Kong section, read in a stored compiled copy', url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choosing-the-right-senders', kind: 'secondary', reviewed: R } as const;

export const HK: CountryRules = /* @__PURE__ */ region({
  country: 'HK',
  name: 'Hong Kong SAR China',
  reviewed: R,
  timeZones: ['Asia/Hong_Kong'],
  languages: ['zh', 'en'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW_TABLE, S_AWS_ASIA, S_INFOBIP],
        note: 'Twilio: China Mobile Hong Kong refuses unregistered names, the other networks accept them; AWS sells names without registration. Infobip says most networks turn unregistered senders into numbers.',
      },
      restriction: {
        networks: ['China Mobile Hong Kong'],
        text: 'China Mobile Hong Kong refuses unregistered names, and on other networks an unregistered name may be replaced by a number (Infobip); register the name for full coverage.',
        sources: [S_TW_TABLE, S_INFOBIP],
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: true, sources: [S_AWS_ASIA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_TABLE, S_TW, S_AWS_ASIA, S_INFOBIP, S_BIRD] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: true, sources: [S_AWS_ASIA] },
      ],
      registration: { value: 'required', sources: [S_TW, S_TW_TABLE, S_INFOBIP], note: 'Needed for China Mobile Hong Kong; Twilio advises it for full coverage. Names with a "#" prefix must be on the OFCA register.' },
      programme: 'hk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 18 }, sources: [S_TW, S_INFOBIP], note: 'Twilio gives 18 days, Infobip 2 weeks.' },
      senderIdPreserved: { value: true, sources: [S_TW, S_TW_TABLE] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_TW_TABLE, S_AWS_ASIA, S_INFOBIP, S_BIRD] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_ASIA] },
      ],
      twoWay: { value: true, sources: [S_TW, S_AWS_ASIA, S_INFOBIP] },
      senderIdPreserved: {
        value: true,
        sources: [S_TW, S_TW_TABLE],
        note: 'Twilio marks domestic numbers as preserved; Bird says networks change its Hong Kong numbers to a generic sender.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW_TABLE],
        note: 'Twilio\'s operator-capability row (read through a verbatim copy) marks foreign numbers as not supported by the operators, and its table says numeric senders are not supported by Hong Kong operators. Twilio still delivers them (except to China Mobile Hong Kong) with the number replaced by a generic name or a random local number: its delivery workaround, recorded as its offer. Bird (copy only, secondary) likewise sells them with the sender changed to a generic one.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_TABLE] },
      ],
      senderIdPreserved: { value: false, sources: [S_TW, S_TW_TABLE, S_BIRD] },
    },
    'short-code': {
      supported: {
        value: false,
        note: 'Twilio\'s page (read through a verbatim copy) marks short codes as not supported by operators, the only major-provider page that speaks to the operators. Bird lists a Hong Kong short code whose sender networks change to a generic one, but only a copy of its page was read (secondary), which cannot outweigh it. AWS sells none (its product table).',
        sources: [S_TW_TABLE, S_BIRD, S_AWS_ASIA],
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
      ],
    },
  },
  registrations: [
    {
      id: 'hk.sender-id',
      name: 'Sender ID registration (China Mobile Hong Kong)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before use; China Mobile Hong Kong blocks unregistered IDs.',
      leadTime: { minDays: 18, maxDays: 18 },
      sources: [S_TW],
    },
    {
      id: 'hk.ofca-ssrs',
      name: 'OFCA SMS Sender Registration Scheme ("#" prefix)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'OFCA advises registering the sender ID with a "#" prefix (e.g. #brand) on its register, then with the provider; registered "#" IDs reach all networks since 21 February 2024.',
      sources: [S_TW],
      effectiveFrom: '2024-02-21',
    },
  ],
  content: {
    value: [
      { id: 'content.hk.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.hk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      { id: 'content.hk.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.hk.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No money-lending or loan content.', sources: [S_TW] },
      { id: 'content.hk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW] },
      { id: 'content.hk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.hk.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.hk.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.hk.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
    ],
    sources: [S_TW],
  },
});
