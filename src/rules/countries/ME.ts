import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Montenegro. Only the Sent.dm guide was found (it cites Twilio's guidelines).
// Twilio and AWS Europe pages could not be reached.
// Vonage 2024 country page (compiled copy) read 2026-11-23 for sender names.
// Sender rows re-read 2026-12-06: Twilio's Montenegro page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/montenegro_me.md); the search
// of 2026-11-23 found no stored twilio.com page for Montenegro (not re-searched today), so the copy
// stands for the page (policy section 5). Its operator row is blank for domestic numbers.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Montenegro SMS guide', url: 'https://www.sent.dm/resources/montenegro-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Montenegro (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/me/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Montenegro, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/me/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const ME: CountryRules = /* @__PURE__ */ region({
  country: 'ME',
  name: 'Montenegro',
  reviewed: R,
  timeZones: ['Europe/Podgorica'],
  languages: ['cnr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE_2024], note: 'Vonage (2024): Telenor turns every unregistered sender into a generic one; Sent says names are kept. The stricter answer is kept.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SENT], note: 'Secondary fill: Twilio\'s operator row is blank for domestic numbers (it does not sell them); only sent.dm speaks.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only Sent.dm speaks (two-way SMS not supported); Twilio also offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators; it still sells them, but Telenor replaces the number with a generic sender name.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as not supported by the operators; sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
