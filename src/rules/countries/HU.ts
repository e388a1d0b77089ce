import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Hungary. Only the Sent.dm guide was found on 2026-11-23 (it reads like a restatement of
// Twilio's table). Sender rows re-read 2026-12-06 against Twilio's guideline page for
// Hungary, in a word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/hungary_hu.md). No stored twilio.com page for Hungary was found, so the copy
// stands for Twilio's page (policy section 5). The Bird and Infobip sections of that file
// do not name their pages.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_SENT = { title: 'Sent: Hungary SMS guide', url: 'https://www.sent.dm/resources/hu-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Hungary (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/hu/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Hungary, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/hu/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const HU: CountryRules = /* @__PURE__ */ region({
  country: 'HU',
  name: 'Hungary',
  reviewed: R,
  timeZones: ['Europe/Budapest'],
  languages: ['hu'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page, marks names as not supported by the operators and says local rules make them replace a name with a local number; Twilio still accepts names and delivers them that way (its offer). Sent\'s guide (secondary) says Vodafone keeps names; it does not override.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks pre-registered names as not supported by the operators.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators and keeps the number.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_TW, S_SENT], note: 'Twilio offers two-way SMS here; Sent\'s guide (secondary) agrees.' },
      leadTime: { value: { minDays: 0, maxDays: 1 }, sources: [S_SENT] },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators, but says local rules make them replace the number.' },
      restriction: { text: 'An international number is replaced with a local numeric sender on the way, so recipients neither see it nor can reply to it.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page, marks short codes as not supported by the operators.' },
    },
  },
});
