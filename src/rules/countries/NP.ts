import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Nepal. Re-audited 2026-12-06: Twilio guideline page, Bird Asia guide and
// Infobip coverage page (all three read in a compilation of provider country pages on
// GitHub). The Twilio section of the compilation names its page and is word for word;
// no stored twilio.com page for Nepal exists to compare it with, so it stands for
// Twilio's page (policy section 5). The Bird and Infobip sections do not name their
// pages: they are secondary (re-read 2026-12-06). The AWS Asia row for Nepal
// could not be read.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Nepal (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/np/sms', kind: 'provider', reviewed: R } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Nepal, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/np/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Nepal) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Nepal (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
// Re-read 2026-12-06: the compiled copy (nevetsagetro/OKR-warranted,
// data/raw/nepal_np.md) is word-for-word for the three pages (Twilio's own field
// descriptions, Bird's and Infobip's layouts); no stored copy of the primary pages was
// found to compare against. The NTA short-code procedure was read only in news reports.
// On a further reading: only the Twilio section names its page, so only it stands for the page.
const S_NTA_TECHLEKH = {
  title: 'TechLekh: All telcos to have same shortcodes (report on NTA Short Code and Toll-Free Number Management Procedure 2077)',
  url: 'https://www.techlekh.com/telcos-common-shortcodes-nepal/',
  kind: 'secondary', reviewed: R,
} as const;
const S_NTA_INVESTOPAPER = {
  title: 'Investopaper: Single number for recharge and balance check in mobile service (report on the NTA short-code procedure 2077)',
  url: 'https://www.investopaper.com/news/single-number-for-recharge-and-balance-check-in-mobile-service/',
  kind: 'secondary', published: '2020-09-08', reviewed: R,
} as const;

export const NP: CountryRules = /* @__PURE__ */ region({
  country: 'NP',
  name: 'Nepal',
  reviewed: R,
  timeZones: ['Asia/Katmandu'],
  languages: ['ne'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD],
        note: 'Twilio\'s operator row (the only major-provider page) marks unregistered names as not supported by the operators, for all networks, and marks them as not preserved. Twilio still sells them, best-effort only, naming Ncell as the network that overwrites them with a generic name: the provider\'s workaround, not operator acceptance (see offers). No law, regulator, carrier or other major-provider page says any network (Nepal Telecom included) accepts them. The Bird section of a compiled copy (secondary) says Ncell requires registration.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'required', sources: [S_TW, S_BIRD, S_INFOBIP] },
      programme: 'np.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 14, maxDays: 14 },
        sources: [S_TW],
        note: 'Twilio: 2 weeks. The Infobip section of a compiled copy (secondary) says 7 to 15 days; it does not override Twilio.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators, and decides. On the other side, the Infobip section of a compiled copy (secondary) lists virtual long numbers among the senders available in Nepal (no two-way); a secondary source does not override. No other provider, regulator or carrier page was found.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row (the only major-provider page) marks foreign numbers as not supported by the operators, and its restrictions row says the networks in Nepal do not support numeric senders. Twilio still sells them, best-effort only with a generic name in place of the number: the provider\'s workaround, not operator acceptance (see offers). No law, regulator, carrier or other major-provider page says any network accepts them.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_INFOBIP, S_NTA_TECHLEKH, S_NTA_INVESTOPAPER],
        note: 'Twilio, the only major-provider page, marks short codes as not supported by the operators, and decides. On the other side, all secondary: the Infobip section of a compiled copy lists short codes among the senders available in Nepal, and news reports of the regulator\'s 2020 short-code procedure say five-digit short codes are issued by the operators for value-added services over SMS, USSD and voice, with tariffs approved by NTA. A secondary source does not override; the regulator\'s own text was not read.',
      },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_INFOBIP, S_TW],
      note: 'No law was read. Twilio lists opt-in as a general best practice; the Infobip section of a compiled copy (secondary) asks for the subscriber\'s consent data for promotional content. Filled from these, as nothing better speaks.',
    },
  },
  registrations: [
    {
      id: 'np.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; Ncell overwrites unregistered IDs. Infobip (read in a compiled copy) lets the generic name "Verify" be used until registration is complete.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW, S_BIRD, S_INFOBIP],
    },
  ],
  content: {
    value: [
      { id: 'content.np.social-invites', topic: 'other', restriction: 'prohibited', text: 'Messages containing social-network invitations are not allowed (Infobip).', sources: [S_INFOBIP] },
    ],
    sources: [S_INFOBIP],
  },
});
