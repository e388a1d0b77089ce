import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Uruguay. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages); Mapp.
// Sender rows re-read 2026-12-06 from Twilio's Uruguay guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/uruguay_uy.md, which names the page; the stored copy read
// 2026-11-23 was this one), standing for the page (policy section 5). Its Bird and Infobip sections do
// not name their pages: secondary. AWS's table (read 2026-11-23) is used only for AWS's offers.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Uruguay (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/uy/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Uruguay, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/uy/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_TW = { title: 'Twilio SMS Guidelines: Uruguay', url: 'https://www.twilio.com/en-us/guidelines/uy/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Docs: Uruguay', url: 'https://docs.mapp.com/docs/uruguay.md', kind: 'provider', reviewed: R } as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const UY: CountryRules = /* @__PURE__ */ region({
  country: 'UY',
  name: 'Uruguay',
  reviewed: R,
  timeZones: ['America/Montevideo'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks sender names as not supported; the Bird section of a compiled copy (secondary) agrees." },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWC_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks pre-registered names as not supported." },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWC_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not supported; the Bird section of a compiled copy (secondary) agrees." },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWC_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SOUTH_AMERICA] },
      ],
      twoWay: { value: false, sources: [S_TWC], note: 'Follows from not supported; Twilio also offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks foreign numbers as not supported; Twilio still delivers, with the number replaced by a generic number or short code outside Twilio." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW, S_MAPP] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TWC],
        note: "Twilio's operator row, the only major-provider page about the operators, marks short codes as not supported and decides. On the other side, AWS sells two-way short codes here (its offer), and the Bird and Infobip sections of a compiled copy (secondary) list short codes (Infobip shared codes only); offers and secondary copies do not override.",
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWC_OFFER] },
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_SOUTH_AMERICA] },
      ],
    },
  },
  consent: {
    marketing: { value: 'unknown', note: 'Mapp says neither opt-in nor opt-out is required; no legal source confirms it.', sources: [S_MAPP] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.uy.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:30', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Montevideo' },
        text: 'Send promotions only Mon-Fri 09:30-18:00. Mapp bars them Mon-Sat 18:00-09:30 and all Sunday; Infobip allows Mon-Fri 08:00-20:00; Bird lists 20:00-08:00 as quiet. The narrowest mix is kept.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
});
