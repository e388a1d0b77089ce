import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Myanmar (Burma). Re-audited 2026-12-06: Twilio's guideline page, read in a
// verbatim copy (nevetsagetro/OKR-warranted, data/raw/myanmar_mm.md) that names the
// page's address. No stored twilio.com page for Myanmar was found to compare it
// against, so the copy stands for the page (re-read the same day). The Bird and
// Infobip sections of the same copy name no page and are secondary; they are only
// mentioned in notes and decide nothing. No Vonage, Infobip or Bird page for Myanmar
// could be read from its own site (Bird and Infobip were seen only inside the same
// compiled copy), and the AWS Asia row could not be read. No law or regulator
// text on SMS consent, quiet hours or message format was found.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Myanmar (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mm/sms', kind: 'provider', reviewed: R } as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Myanmar ("Twilio supported" row, read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mm/sms', kind: 'provider', reviewed: R } as const;

export const MM: CountryRules = /* @__PURE__ */ region({
  country: 'MM',
  name: 'Myanmar (Burma)',
  reviewed: R,
  timeZones: ['Asia/Rangoon'],
  languages: ['my'],
  traffic: {
    a2pOnP2pRoutesFiltered: { value: true, sources: [S_TW], note: 'A2P messages from Myanmar long codes fail; they are for person-to-person traffic.' },
  },
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW], note: 'Twilio\'s operator row marks unregistered names as supported.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: {
        value: true,
        sources: [S_TW, S_VONAGE_2024],
        note: 'Twilio marks unregistered names as preserved. Vonage\'s 2024 page, read only in a compiled copy (secondary), said MyTel replaces unregistered names; the current major-provider page decides.',
      },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      registration: { value: 'recommended', sources: [S_TW], note: 'The operators do not require registration (one registration covers domestic and international traffic); Twilio recommends it.' },
      programme: 'mm.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 7 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator row marks domestic long codes as supported, but only for person-to-person messages: A2P messages from them fail.',
      },
      restriction: {
        text: 'Local numbers carry person-to-person traffic only; application-to-person messages sent from them are not delivered.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: ['otp', 'transactional', 'notification', 'reminder', 'alert', 'marketing', 'polling', 'charity', 'political', 'emergency', 'chatbot', 'mixed'],
        sources: [S_TW],
        note: 'Person-to-person traffic only.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row marks international numbers as not supported. Bird\'s country guide, seen only in a compiled copy, lists international numbers as usable with the sender possibly changed; not confirmed from its own page.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row marks short codes as not supported. Bird\'s and Infobip\'s country pages, seen only in a compiled copy, say MPT carries short codes; not confirmed from their own pages, so they do not override Twilio.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: {
    marketing: {
      value: 'unknown',
      sources: [S_TW],
      note: 'No law or regulator text on SMS consent was found; Twilio advises opt-in only as general good practice.',
    },
  },
  quietHours: {
    value: 'unknown',
    sources: [S_TW],
    note: 'No law or regulator text on sending hours was found; Twilio advises daytime sending only as general good practice.',
  },
  registrations: [
    {
      id: 'mm.sender-id',
      name: 'Optional sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Registration is not required by the operators, but Twilio recommends registering the sender ID; one registration covers domestic and international traffic.',
      leadTime: { minDays: 7, maxDays: 7 },
      sources: [S_TW],
    },
  ],
});
