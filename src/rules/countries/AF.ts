import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Afghanistan. Re-audited 2026-12-06: AWS Asia table, Twilio guideline page,
// Bird Asia guide and Infobip coverage page (the Twilio, Bird and Infobip sections
// read in a compilation of provider country pages on GitHub, nevetsagetro/OKR-warranted,
// data/raw/afghanistan_af.md). The Twilio section names its page and is word for
// word; no stored twilio.com page for Afghanistan exists to compare it with, so it
// stands for Twilio's page (policy section 5). The Bird and Infobip sections do not
// name their pages: they are secondary. Vonage 2024 country page (compiled copy,
// secondary) read 2026-11-23 for sender names.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Afghanistan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/af/sms', kind: 'provider', reviewed: R } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Afghanistan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/af/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS = {
  title: 'AWS End User Messaging: Supported countries, Asia (Afghanistan row)',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-asia.html',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Afghanistan) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Afghanistan (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;

export const AF: CountryRules = /* @__PURE__ */ region({
  country: 'AF',
  name: 'Afghanistan',
  reviewed: R,
  timeZones: ['Asia/Kabul'],
  languages: ['ps', 'fa'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_INFOBIP, S_BIRD, S_VONAGE_2024],
        note: 'Twilio, the only major-provider page, marks unregistered names as supported by the operators, and decides. The Infobip section of a compiled copy (secondary) agrees (names on all networks); the Bird section and Vonage\'s 2024 page (both compiled copies, secondary) say MTN takes only registered names, which does not override. Twilio advises against generic names such as INFO or Verify, which operators block.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
      ],
      registration: { value: 'none', sources: [S_TW, S_INFOBIP], note: 'Unregistered names. Compiled copies (secondary) say MTN needs registration; see alphanumeric-preregistered.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, sources: [S_AWS] },
      ],
      registration: {
        value: 'recommended',
        sources: [S_TW, S_INFOBIP, S_BIRD, S_VONAGE_2024],
        note: 'Twilio (the only major-provider page) marks registration as not required by the operators but recommends it, and decides. Compiled copies (secondary): Infobip delivers names without registration; Bird and Vonage (2024) say MTN requires it.',
      },
      programme: 'af.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 7 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Promotional sender IDs cannot be registered.' },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators (and says Etisalat, MTN and Salaam refuse numeric senders), and decides. On the other side, the Bird and Infobip sections of a compiled copy (secondary) accept Afghan numbers as senders (replaced on AWCC) and set up virtual long numbers for replies; a secondary source does not override. AWS sells no long codes here (its offer).',
      },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio\'s operator row marks foreign numbers as not supported by the operators on every network, and its page says Etisalat, MTN and Salaam refuse numeric senders. Twilio still sells them, but the number is never kept (its sender-preserved row says no): the replacement is Twilio\'s workaround, not operator acceptance. On the other side, the Bird section of a compiled copy (secondary) accepts international numbers (replaced on AWCC); a secondary source does not override.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS] }],
    },
  },
  registrations: [
    {
      id: 'af.sender-id',
      name: 'Sender ID registration (recommended; compiled copies say MTN requires it)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID through your provider: Twilio recommends registration on every network, and compiled copies of the Bird and Vonage (2024) pages say MTN takes only registered names. Promotional IDs cannot be registered. Avoid generic IDs such as INFO or Verify, which operators block.',
      leadTime: { minDays: 7, maxDays: 7 },
      sources: [S_TW, S_BIRD, S_VONAGE_2024],
    },
  ],
});
