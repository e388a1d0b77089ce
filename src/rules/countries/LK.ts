import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sri Lanka. Re-audited 2026-12-06: Twilio guideline page, Bird Asia guide and
// Infobip coverage page (all three read in a compilation of provider country pages on
// GitHub), AWS registration forms. The Twilio section of the compilation names its
// page and is word for word; no stored twilio.com page for Sri Lanka exists to compare
// it with, so it stands for Twilio's page (policy section 5). The Bird and Infobip
// sections do not name their pages: they are secondary (re-read 2026-12-06).
// The AWS Asia row for Sri Lanka could not be read.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Sri Lanka (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lk/sms', kind: 'provider', reviewed: R } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Sri Lanka, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lk/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: '2026-11-23' } as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Sri Lanka) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Sri Lanka (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
// Re-read 2026-12-06: the compiled copy (nevetsagetro/OKR-warranted,
// data/raw/sri_lanka_lk.md) is word-for-word for the three pages (Twilio's own field
// descriptions, Bird's and Infobip's layouts); no stored copy of the primary pages was
// found to compare against. SureSMS country page added. On a further reading: only the Twilio
// section names its page, so only it stands for the page.
const S_SURESMS = {
  title: 'SureSMS: SMS rules for Sri Lanka',
  url: 'https://suresms.com/en/landing-control/sri-lanka/',
  kind: 'provider', reviewed: R,
} as const;

export const LK: CountryRules = /* @__PURE__ */ region({
  country: 'LK',
  name: 'Sri Lanka',
  reviewed: R,
  timeZones: ['Asia/Colombo'],
  languages: ['si', 'ta'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio\'s operator row (the only major-provider page) marks unregistered names as not supported by the operators, for all networks; Twilio still sells them, but delivers them best-effort only with the name replaced (its workaround, not operator acceptance; see offers). No law, regulator, carrier or other major-provider page says any network accepts them. The Bird and Infobip sections of a compiled copy (secondary) agree that registration is required (Dialog, Etisalat and Hutch).',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_BIRD, S_INFOBIP] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'required', sources: [S_TW, S_BIRD, S_INFOBIP, S_AWS_REG] },
      programme: 'lk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 21, maxDays: 21 },
        sources: [S_TW],
        note: 'Twilio: 3 weeks. The Infobip section of a compiled copy (secondary) says about one week; it does not override Twilio.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio: Mobitel blocks registered IDs carrying anything but OTP and transactional traffic. The Infobip section of a compiled copy (secondary) adds that promotional traffic is allowed only as domestic traffic from a local entity, never as international traffic.',
      },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_SURESMS, S_INFOBIP],
        note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators, and decides. On the other side: SureSMS (another provider) lists local numeric sender IDs as supported, though overwritten on Dialog (41302) and Airtel (41305), and the Infobip section of a compiled copy (secondary) says domestic traffic may use numeric senders and virtual long numbers for local entities; lower levels do not override.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_INFOBIP],
        note: 'Twilio\'s operator-capability row marks numeric senders as not supported by the operators. Twilio still delivers foreign numbers best-effort, but only with the number replaced by a random sender outside its platform: its delivery workaround, not operator acceptance (Twilio sells it: offer). The Infobip section of a compiled copy (secondary) says international traffic goes under a name only.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [S_INFOBIP],
      note: 'Only the Infobip section of a compiled copy (secondary) speaks: domestic promotional messages must carry an opt-out (a virtual long number or a link) in the registered template. Twilio lists STOP handling only as a general best practice. Filled from the secondary source, as nothing better speaks.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.lk.domestic-promotional',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Colombo' },
        text: 'Domestic promotional messages may be sent only between 08:00 and 20:00 (Infobip, read in a compiled copy); international promotional traffic is not allowed at all.',
        sources: [S_INFOBIP],
      },
    ],
    sources: [S_INFOBIP],
    note: 'Only the Infobip section of a compiled copy (secondary) gives a window; Twilio only advises daytime sending as a general best practice. Filled from the secondary source, as nothing better speaks.',
  },
  registrations: [
    {
      id: 'lk.sender-id',
      name: 'Sender ID registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with the operators before sending, for domestic and international traffic alike. Domestic (local-entity) status requires all infrastructure in Sri Lanka and MNO approval (Infobip, read in a compiled copy).',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW, S_INFOBIP, S_AWS_REG],
    },
  ],
  obligations: [
    {
      id: 'opt-out.lk.domestic-promotional',
      category: 'opt-out',
      level: 'required',
      text: 'Put an opt-out (a reply number or a link) in every domestic promotional message template.',
      useCases: ['marketing', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [S_INFOBIP],
    },
  ],
});
