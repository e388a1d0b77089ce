import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iceland. The AWS Europe table could not be reached in the search index; sent.dm guides
// read 2026-11-23. Sender rows re-read 2026-12-06 against Twilio's guideline page for
// Iceland, in a word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/iceland_is.md). No stored twilio.com page for Iceland was found, so the copy
// stands for Twilio's page (policy section 5). The Bird and Infobip sections of that file
// do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: Iceland SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/is-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Iceland SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/is_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Iceland (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/is/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Iceland, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/is/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const IS: CountryRules = /* @__PURE__ */ region({
  country: 'IS',
  name: 'Iceland',
  reviewed: R,
  timeZones: ['Atlantic/Reykjavik'],
  languages: ['is'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators. sent.dm (secondary) said they are not available; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT, S_SENT_2], note: 'Only sent.dm (secondary) speaks about the operators: it lists no two-way SMS in Iceland, and fills the value. Twilio\'s page says only that Twilio offers no two-way SMS here (its product).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators; Twilio itself does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
