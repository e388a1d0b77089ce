import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bhutan. AWS Asia table and Twilio guidelines (sender tables from a stored
// copy of the Twilio page) read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bhutan', url: 'https://www.twilio.com/en-us/guidelines/bt/sms', kind: 'provider', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/bhutan_bt.md); no stored
// twilio.com SMS page for Bhutan was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Bhutan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bt/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Bhutan, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bt/sms', kind: 'provider', reviewed: R4 } as const;

export const BT: CountryRules = /* @__PURE__ */ region({
  country: 'BT',
  name: 'Bhutan',
  reviewed: R,
  timeZones: ['Asia/Thimphu'],
  languages: ['dz'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_ASIA], note: 'Delivery to B-Mobile is best-effort.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_ASIA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' } },
  },
});
