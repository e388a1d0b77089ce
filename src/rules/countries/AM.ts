import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Armenia. AWS Asia table, Twilio locale summary, Sent.dm and a goUrban page
// quoting Twilio's sender ID list read 2026-11-23. Sender rows re-read 2026-12-06 from
// Twilio's guideline page through a word-for-word copy on GitHub (nevetsagetro/OKR-warranted,
// data/raw/armenia_am.md) that names the page's address and matches the part of the stored
// page read earlier (locale summary, no two-way SMS); it stands for the page.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Armenia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/am/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Armenia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/am/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Armenia SMS guide', url: 'https://sent.dm/resources/am_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const AM: CountryRules = /* @__PURE__ */ region({
  country: 'AM',
  name: 'Armenia',
  reviewed: R,
  timeZones: ['Asia/Yerevan'],
  languages: ['hy'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_SENT, S_GU], note: 'Twilio, the only major-provider page about the operators, marks unregistered names as not supported by them (registration required); sent.dm and goUrban (secondary) agree. Twilio still accepts them, but generic names to Beeline and Vivacell are overwritten and delivered best effort. AWS lists sender IDs without registration, which says what AWS sells.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_SENT, S_GU], note: 'Twilio: the operators require registration, with no split between domestic and international traffic.' },
      programme: 'am.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW, S_SENT] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them. AWS sells none here (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator row marks international long codes as not supported by the operators on every network, and decides. Twilio still sells them, but the number is never kept (sender-preserved row: no; on Beeline and Vivacell it is replaced by a sender name outside Twilio, best effort): the replacement is Twilio\'s workaround, not operator acceptance. Twilio recommends registered names.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them. AWS sells none here (its offer).' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
    },
  },
  registrations: [
    {
      id: 'am.sender-id',
      name: 'Sender ID pre-registration with Armenian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID (up to 11 characters, no special characters) with the operators before sending.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW, S_SENT, S_GU],
    },
  ],
});
