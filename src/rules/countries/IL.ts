import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Israel. Salesforce and Mapp country guides read 2026-11-23. No Twilio Israel
// page was reachable and the AWS Asia row for Israel could not be read.
const R = '2026-11-23' as const;
const S_SF = { title: 'Salesforce Help: Guide for Sending SMS Messages to Israel', url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_israel.htm&type=5', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Israel', url: 'https://docs.mapp.com/docs/israel.md', kind: 'provider', reviewed: R } as const;
// Sender rows re-read 2026-12-06 against Twilio's guideline page for Israel, in a
// word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/israel_il.md). No stored twilio.com page for Israel was found, so the copy
// stands for Twilio's page (policy section 5). In the copy the long-code "use case
// restrictions" cells are shifted by one column; they are read by their sense (blocking
// of international traffic on local numbers: domestic column; Golan and Azi: international
// column). The Bird and Infobip sections of that file do not name their pages.
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Israel (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/il/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Israel, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/il/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const IL: CountryRules = /* @__PURE__ */ region({
  country: 'IL',
  name: 'Israel',
  reviewed: R,
  timeZones: ['Asia/Jerusalem'],
  languages: ['he', 'ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_MAPP, S_SF], note: 'Twilio, the only major-provider page, marks dynamic names as supported by the operators (kept unchanged), and decides; Mapp lists names as accepted. Salesforce (another provider) requires pre-registration. Twilio: registration is required for domestic traffic only.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio: no pre-registration for traffic from abroad; traffic from within Israel needs it (about a week).' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SF, S_MAPP] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_SF, S_TW], note: 'Salesforce requires it; Twilio requires it for domestic traffic and not for traffic from abroad.' },
      programme: 'il.sender-registration',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_SF] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_SF, S_MAPP], note: 'Twilio marks domestic long codes as supported by the operators, but says they block international traffic sent over local numbers, and refuse numbers that are not real mobile numbers (such as a company landline).' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_SF] },
      programme: 'il.sender-registration',
      twoWay: { value: true, sources: [S_SF, S_TW], note: 'Salesforce; Twilio offers two-way SMS here.' },
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SF] },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW, S_SF], note: 'Twilio, the only major-provider page, marks international long codes as supported by the operators except that Golan and Azi replace them, and decides; Salesforce (another provider) does not allow them.' },
      restriction: { networks: ['Golan Telecom', 'Azi Communications'], text: 'Golan and Azi replace an international number with a generic sender name, so their subscribers do not see it and cannot reply.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SF, S_MAPP], note: 'Twilio, the only major-provider page, marks short codes as not supported by the operators, and decides. Mapp (another provider) lists short codes on all networks; Salesforce offers none.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'il.sender-registration',
      name: 'Sender pre-registration',
      senderKinds: ['alphanumeric-preregistered', 'local-long-code'],
      level: 'required',
      text: 'Pre-register the sender name or local number before sending.',
      sources: [S_SF],
    },
  ],
  consent: {
    marketing: {
      value: 'express',
      sources: [S_MAPP],
      note: 'Mapp says sending without opt-in draws a fine of 1,000 NIS; consent may be given by subscribing or electronically.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.il.marketing',
        level: 'best-practice',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '07:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Jerusalem' },
        text: 'No legal sending hours, but avoid promotional SMS between 21:00 and 07:00.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
});
