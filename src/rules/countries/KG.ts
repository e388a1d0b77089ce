import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kyrgyzstan. Only the Sent.dm guide was found on 2026-11-23 (it reads like a restatement
// of Twilio's table). Sender rows re-read 2026-12-06 against Twilio's guideline page for
// Kyrgyzstan, in a word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/kyrgyzstan_kg.md). No stored twilio.com page for Kyrgyzstan was found, so the
// copy stands for Twilio's page (policy section 5). The Bird and Infobip sections of that
// file do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: Kyrgyzstan SMS guide', url: 'https://www.sent.dm/resources/kyrgyzstan-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kyrgyzstan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/kg/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Kyrgyzstan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/kg/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const KG: CountryRules = /* @__PURE__ */ region({
  country: 'KG',
  name: 'Kyrgyzstan',
  reviewed: R,
  timeZones: ['Asia/Bishkek'],
  languages: ['ky', 'ru'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Only Sent.dm (secondary) speaks: it says two-way SMS is not supported, and fills the value. Twilio gives no operator value for domestic long codes and does not sell them.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page, marks international long codes as not supported by the operators, and decides; its detail names Megacom, which replaces numeric senders with a generic name (Twilio still delivers there best effort: its offer). Sent.dm (secondary) lists them as supported; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
  },
});
