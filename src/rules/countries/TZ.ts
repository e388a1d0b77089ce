import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Tanzania. Read 2026-11-23: Twilio locale summary (its sender table could not
// be reached) and support article, ClickSend, DLA Piper, Victory Attorneys,
// DataGuidance, goUrban. The AWS Africa row for Tanzania could not be read.
// Re-audited 2026-12-06: Twilio support article, ClickSend, eSMS Africa, sent.dm, the
// Electronic Transactions Act s32 (Victory Attorneys and FB Attorneys reproductions), DLA Piper.
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Tanzania', url: 'https://www.twilio.com/en/guidelines/tz/sms', kind: 'provider', reviewed: R0 } as const;
const S_TW_SUP = {
  title: 'Twilio Support: Documents required to register your Alphanumeric Sender ID in Tanzania',
  url: 'https://support.twilio.com/hc/en-us/articles/360042501534-Document-s-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Tanzania',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICK = { title: 'ClickSend Help: Tanzania +255', url: 'https://help.clicksend.com/article/cbc82jjrta-tanzania', kind: 'provider', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Tanzania, electronic marketing', url: 'https://www.dlapiperdataprotection.com/?c=TZ&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_VICTORY = { title: 'Victory Attorneys: Data protection regime in Tanzania', url: 'https://victoryattorneys.co.tz/data-protection-regime-in-tanzania-article-6/', kind: 'secondary', reviewed: R } as const;
const S_DG = { title: 'DataGuidance: Tanzania data protection overview', url: 'https://www.dataguidance.com/notes/tanzania-data-protection-overview', kind: 'secondary', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_ESMS = { title: 'eSMS Africa Docs: Sender IDs overview (country requirements table)', url: 'https://esmsafrica.io/docs/sender-ids/overview/', kind: 'provider', reviewed: R } as const;
const S_SDM = { title: 'Sent: Tanzania SMS guide', url: 'https://www.s.dm/resources/tanzania-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_FB = { title: 'FB Attorneys: Unsolicited advertisements from suppliers (Electronic Transactions Act 2015, s32)', url: 'https://fbattorneys.co.tz/unsolicited-advertisements-from-suppliers/', kind: 'secondary', reviewed: R } as const;
const L_ETA_32 = {
  title: 'Electronic Transactions Act (Cap. 442 R.E. 2022; Act No. 13 of 2015), section 32: unsolicited goods, services or communications, as reproduced by Victory Attorneys',
  url: 'https://victoryattorneys.co.tz/data-protection-regime-in-tanzania-article-6/',
  kind: 'law', reviewed: R,
} as const;
// Re-read 2026-12-06: Twilio's full Tanzania page, and the Bird and Infobip Tanzania sections, were
// found only in a markdown compilation of provider pages on GitHub. The Twilio copy names the page's
// address, but its compliance text differs from the first part of the stored twilio.com page (which
// describes best-effort delivery of unregistered names), so it is another version of the page and cannot
// stand for it (research-policy section 5); the Bird and Infobip sections do not show their pages'
// addresses. All three stay secondary.
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Tanzania, sender tables (read in a compiled copy that does not match the stored page; secondary)',
  url: 'https://www.twilio.com/en-us/guidelines/tz/sms',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird Docs: SMS country information, Tanzania section (read in a compiled copy; secondary)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Tanzania section (read in a compiled copy; secondary)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const NUMERIC_LONG = 'ClickSend (a provider, not a major one) says numeric long codes are not supported, without saying whether that is its own offer or the operators\' rule. Twilio\'s operator row, Bird and Infobip (all read only in copies, secondary) say the operators do not accept numeric senders. No law, regulator, carrier or major-provider page read as such speaks, so a refusal is not established.';
const NUMERIC_SHORT = 'ClickSend says short codes are not supported, without saying whether that is its own offer or the operators\' rule. Twilio\'s operator row and Bird (copies, secondary) list short codes as not supported, while Infobip (copy, secondary) says numeric senders are forbidden except short codes and offers two-way short codes to local traffic. The sources disagree and none above secondary settles it.';

export const TZ: CountryRules = /* @__PURE__ */ region({
  country: 'TZ',
  name: 'Tanzania',
  reviewed: R,
  timeZones: ['Africa/Dar_es_Salaam'],
  languages: ['sw', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_CLICK, S_ESMS, S_SDM],
        note: 'Twilio (read 2026-11-23): carriers block or filter unregistered names and delivery is best-effort. ClickSend, eSMS Africa and sent.dm say names must be pre-registered. The major provider describes filtering, not refusal.',
      },
      restriction: {
        text: 'Unregistered names are blocked or filtered by the carriers; delivery is best-effort at most. Register the name.',
        sources: [S_TW, S_CLICK],
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_SUP, S_CLICK, S_ESMS, S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_SUP] }],
      registration: {
        value: 'required',
        sources: [S_CLICK, S_TW_SUP, S_ESMS, S_GOURBAN],
        note: 'The operators require documents for each name (Twilio support); ClickSend, eSMS Africa (TCRA registration) and goUrban call registration required. Twilio\'s locale summary calls it the way to maximise delivery.',
      },
      programme: 'tz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 70 }, sources: [S_CLICK, S_SDM], note: 'ClickSend allows 70 days; sent.dm (secondary) says 3 to 4 weeks.' },
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_CLICK, S_TW_COPY, S_BIRD_COPY, S_IB_COPY], note: NUMERIC_LONG },
      twoWay: { value: 'unknown', sources: [S_TW, S_CLICK], note: 'Twilio and ClickSend offer no two-way SMS here; that is their offer, not an operator rule.' },
    },
    'international-long-code': { supported: { value: 'unknown', sources: [S_CLICK, S_TW_COPY, S_BIRD_COPY, S_IB_COPY], note: NUMERIC_LONG } },
    'short-code': { supported: { value: 'unknown', sources: [S_CLICK, S_TW_COPY, S_BIRD_COPY, S_IB_COPY], note: NUMERIC_SHORT } },
  },
  registrations: [
    {
      id: 'tz.sender-id',
      name: 'Sender ID and content registration with the networks',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alpha tag and sample content with the networks, stating the traffic type. Expect a business registration certificate, authorisation letters and an LOA; sample messages must name the sender.',
      leadTime: { minDays: 21, maxDays: 70 },
      sources: [S_CLICK, S_TW_SUP, S_ESMS],
    },
  ],
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [L_ETA_32, S_DLA, S_CLICK, S_FB],
      note: 'Electronic Transactions Act s32: unsolicited commercial messages need consent, which is deemed given when the number was collected in a sale or sale negotiation, only similar products are promoted, the person was offered an opt-out and declined it, and every later message offers an opt-out. DLA Piper reads the PDPA as requiring explicit consent for marketing unless a written law authorises the use, which s32 does for that case.',
    },
    laws: {
      value: ['Electronic Transactions Act (Cap. 442), section 32', 'Personal Data Protection Act, 2022 (Act No. 11 of 2022)'],
      sources: [L_ETA_32, S_VICTORY, S_DG],
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [L_ETA_32, S_CLICK],
      note: 'Electronic Transactions Act s32(1)(c) and (2)(d): every unsolicited commercial message offers an opt-out.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.tz.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Dar_es_Salaam' },
        text: 'Send marketing SMS only on business days between 09:00 and 21:00 (operator rule relayed by ClickSend; no law was found that sets hours).',
        sources: [S_CLICK],
      },
    ],
    sources: [S_CLICK, S_SDM],
    note: 'ClickSend relays an operator window; sent.dm says hours are not strictly regulated.',
  },
  content: {
    value: [
      { id: 'content.tz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CLICK] },
      { id: 'content.tz.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CLICK] },
      { id: 'content.tz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_CLICK] },
    ],
    sources: [S_CLICK],
  },
  dataProtection: { value: ['Personal Data Protection Act, 2022 (Act No. 11 of 2022)'], sources: [S_DG] },
  obligations: [
    {
      id: 'identification.tz.sender-and-purpose',
      category: 'identification',
      level: 'required',
      text: 'Open each unsolicited commercial message by naming the sender and stating its purpose (Electronic Transactions Act s32(1)(b)).',
      useCases: ['marketing', 'polling', 'charity', 'mixed'],
      check: { kind: 'sender-name' },
      sources: [L_ETA_32, S_FB],
    },
    {
      id: 'opt-out.tz.every-message',
      category: 'opt-out',
      level: 'required',
      text: 'Give an option to refuse further messages in every unsolicited commercial message (Electronic Transactions Act s32(1)(c) and (2)(d)); breaking s32 is an offence (fine of at least TZS 10 million, or at least one year\'s imprisonment, or both).',
      useCases: ['marketing', 'polling', 'charity', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [L_ETA_32, S_FB],
    },
    {
      id: 'identification.tz.sender-in-sample',
      category: 'identification',
      level: 'required',
      text: 'Include the registered sender name in message text submitted for registration (the operators reject samples without it), and on Airtel make banking messages name the same brand as the sender ID.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW_SUP, S_CLICK],
    },
    {
      id: 'record-keeping.tz.opt-in-proof',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of each opt-in for operator audits and complaints.',
      sources: [S_CLICK],
    },
  ],
});
