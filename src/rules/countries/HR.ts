import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Croatia. Only the Sent.dm guide was found on 2026-11-23 (it reads like a restatement of
// Twilio's table). Sender rows re-read 2026-12-06 against Twilio's guideline page for
// Croatia, in a word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/croatia_hr.md). No stored twilio.com page for Croatia was found (a search
// surfaced other countries' pages only), so the copy stands for Twilio's page (policy
// section 5). The Bird and Infobip sections of that file do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: Croatia SMS guide', url: 'https://www.sent.dm/resources/hr-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Croatia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/hr/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Croatia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/hr/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const HR: CountryRules = /* @__PURE__ */ region({
  country: 'HR',
  name: 'Croatia',
  reviewed: R,
  timeZones: ['Europe/Zagreb'],
  languages: ['hr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TW, S_SENT], note: 'Twilio marks dynamic names as supported by the operators, but not fully on A1.' },
      restriction: { networks: ['A1 Hrvatska'], text: 'A1 does not fully support dynamic names: it may replace the name with a generic one, so recipients on A1 may not see the brand.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT], note: 'Twilio gives no pre-registration requirement.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT], note: 'A1 may overwrite the ID.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks domestic long codes as supported by the operators; Twilio itself does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Only Sent.dm (secondary) speaks about the operators, saying two-way SMS is not available; it fills the value. Twilio\'s page says only that Twilio offers no two-way SMS here (its product).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators; it gives no offer of its own for them.' },
    },
  },
});
