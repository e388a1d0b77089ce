import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Romania. Twilio locale summary, ClickSend (two versions), OpenMarket and
// SureSMS read 2026-11-23. Re-audited 2026-12-06: Twilio sender table (read
// from a stored copy of the page), Bird and Infobip country notes (from a
// stored copy bundling their pages). The AWS Europe table could not be reached.
// Re-read 2026-12-06 under section 5 of the research policy: the "stored copy" of Twilio's page
// is a word-for-word section of a public GitHub compilation that names the page's address;
// the stored twilio.com page for Romania (static1.twilio.com/en-us/guidelines/ro/sms) shows
// its first part, which matches the copy (two-way row "No", the landline and concatenation
// rows, the opening of the compliance text), so the copy stands for the page (kind provider).
// The Bird and Infobip sections of the compilation name no page: they are cited as secondary
// ("read in a compiled copy"). Values that rested on them were re-decided; offers resting
// only on them dropped.
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Romania (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ro/sms', kind: 'provider', reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Romania (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Romania (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_CS = { title: 'ClickSend Help: Romania +40', url: 'https://help.clicksend.com/article/erl3jv757r-romania', kind: 'provider', reviewed: R0 } as const;
const S_CS2 = { title: 'ClickSend Help: Romania (+40)', url: 'https://help.clicksend.com/en/articles/43930-romania-40', kind: 'provider', reviewed: R0 } as const;
const S_OM = { title: 'OpenMarket Global Coverage: Romania', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/romania.htm', kind: 'provider', reviewed: R0 } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Romania', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/romania/', kind: 'provider', reviewed: R0 } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const RO: CountryRules = /* @__PURE__ */ region({
  country: 'RO',
  name: 'Romania',
  reviewed: R,
  timeZones: ['Europe/Bucharest'],
  languages: ['ro'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_CS, S_OM, S_SURE],
        note: 'Twilio marks unregistered names as supported by the operators except Telekom Romania, but overwritten on Orange, Vodafone and Digi.Mobil; the compiled Bird copy (secondary) says registration is needed on some networks; ClickSend, OpenMarket and SureSMS say unregistered names are replaced by a short code.',
      },
      restriction: {
        networks: ['Telekom Romania', 'Orange', 'Vodafone', 'Digi.Mobil'],
        text: 'Since 15 January 2025 Telekom Romania refuses unregistered names; Orange, Vodafone and Digi.Mobil deliver them but replace the name with a generic short code or name. The message arrives without your name; register it to keep it.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_OM, S_SURE, S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP, S_CS, S_OM] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW, S_BIRD, S_CS, S_OM, S_SURE],
        note: 'Twilio: registration is required on Telekom Romania and optional on the other networks, where an unregistered name is overwritten; so a name is kept only if registered. ClickSend, OpenMarket, SureSMS: required. The compiled Bird copy (secondary): required on some networks.',
      },
      programme: 'ro.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 28, maxDays: 28 },
        sources: [S_TW, S_CS2, S_CS, S_INFOBIP],
        note: 'Twilio (the only major-provider page that speaks): 4 weeks. Lower levels do not override it: ClickSend (another provider) gives 5-6 weeks in one page and 40 working days in another; the compiled Infobip copy (secondary) up to 15 days.',
      },
      senderIdPreserved: { value: true, sources: [S_OM, S_TW] },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio marks domestic long codes as supported by the operators, with messages carrying links filtered. The compiled copies (secondary) agree that numbers work: Bird lists Romanian numbers as a sender that needs registration or is converted to a short code; Infobip offers Romanian virtual numbers for two-way.',
      },
      restriction: {
        text: 'Operators filter messages with web links sent from domestic long codes, even after the link was registered. Use a registered sender name for messages with links.',
        sources: [S_TW],
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW] },
      ],
      twoWay: {
        value: true,
        sources: [S_INFOBIP],
        note: 'Only the compiled Infobip copy (secondary) speaks of what the operators allow: two-way on Romanian virtual numbers (2-3 days to set up). It fills the value because nothing better speaks: Twilio offering no two-way SMS here and OpenMarket offering it only on short codes concern their own products.',
      },
      senderIdPreserved: { value: false, sources: [S_OM, S_BIRD] },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD],
        note: 'Twilio marks international long codes as not supported by the operators: it still delivers with the number replaced by a short code or name, and since 20 November 2024 Telekom Romania rejects numeric senders. The compiled Bird copy (secondary) agrees.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      senderIdPreserved: { value: false, sources: [S_OM, S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW, S_INFOBIP, S_CS2, S_OM] },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
      ],
      twoWay: { value: true, sources: [S_CS2, S_OM, S_INFOBIP], note: 'ClickSend and OpenMarket (other providers) run two-way traffic on short codes; the compiled Infobip copy (secondary) agrees.' },
      leadTime: { value: { minDays: 84, maxDays: 84 }, sources: [S_CS2, S_INFOBIP], note: 'ClickSend (the best source that speaks): about 12 weeks. The compiled Infobip copy (secondary, does not override it) gives 2 to 4 weeks for a two-way short code.' },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_OM, S_SURE, S_CS2] } },
  optOut: {
    marketingInstructions: { value: 'recommended', sources: [S_CS2], note: 'ClickSend advises a clear opt-out line such as "Reply STOP".' },
    keywords: {
      value: 'unknown',
      note: 'ANCOM\'s code of conduct for short numbers and SMS/MMS short codes (Decision 1131/2014) governs value-added services, but its text could not be read. ClickSend\'s example opt-out line uses STOP (wording advice, not a rule); a third-party summary (sent.dm) lists STOP, DEZABONARE and AJUTOR. Neither establishes required keywords.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ro.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '22:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Europe/Bucharest' },
        text: 'No promotional SMS between 22:00 and 08:00 Romanian time, every day (ClickSend, the best source that speaks). The compiled Bird copy (secondary) gives a wider quiet period, 20:00-09:00; it does not override a provider page.',
        sources: [S_CS, S_CS2, S_BIRD],
      },
    ],
    sources: [S_CS, S_CS2, S_BIRD],
  },
  registrations: [
    {
      id: 'ro.sender-id',
      name: 'Sender ID and URL pre-registration with Romanian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID (case-sensitive) with company, website, sample message and traffic type; also list every URL used in messages.',
      leadTime: { minDays: 28, maxDays: 28 },
      sources: [S_CS, S_CS2, S_SURE, S_TW, S_INFOBIP],
    },
  ],
  content: {
    value: [
      {
        id: 'content.ro.gambling',
        topic: 'gambling',
        restriction: 'restricted',
        text: 'Twilio carries promotional gambling traffic and advises registering the sender ID on all networks to avoid blocking or filtering; the compiled Infobip copy (secondary) adds that promotion may go only to players who opted in. ClickSend (a lower level) does not accept gambling at all.',
        sources: [S_INFOBIP, S_TW, S_CS],
      },
      { id: 'content.ro.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
      { id: 'content.ro.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'Public URL shorteners (bit.ly, TinyURL) are not accepted.', sources: [S_CS] },
      { id: 'content.ro.url-whitelist', topic: 'other', restriction: 'restricted', text: 'Messages with links fail unless the URL was whitelisted with the operators.', sources: [S_CS, S_CS2, S_TW] },
    ],
    sources: [S_CS, S_CS2, S_TW],
  },
  obligations: [
    { id: 'identification.ro.contact', category: 'identification', level: 'required', text: 'Include a valid email address, website or phone number in each message.', sources: [S_OM] },
    { id: 'identification.ro.mo-auto-reply', category: 'identification', level: 'required', text: 'Operators require an automatic confirmation reply to every inbound message on a short code.', senderTypes: ['short-code'], sources: [S_CS] },
  ],
});
