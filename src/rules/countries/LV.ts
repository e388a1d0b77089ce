import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Latvia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Time zone as given by the group file (libphonenumber);
// Latvia's own IANA zone is Europe/Riga.
// Sender rows re-read 2026-12-06: Twilio's Latvia page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/latvia_lv.md); the search
// of 2026-11-23 found no stored twilio.com page for Latvia (not re-searched today), so the copy
// stands for the page (policy section 5).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Latvia SMS guide', url: 'https://www.sent.dm/resources/lv-sms-guidance', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Latvia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lv/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Latvia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lv/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const LV: CountryRules = /* @__PURE__ */ region({
  country: 'LV',
  name: 'Latvia',
  reviewed: R,
  timeZones: ['Europe/Riga'],
  languages: ['lv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks unregistered names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic long codes as not supported by the operators.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. (Sent.dm, secondary, says two-way SMS is not offered.)', sources: [S_SENT] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks short codes as not supported by the operators.' },
    },
  },
});
