import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Jamaica. SureSMS's country rules and Sent's country guide read 2026-11-23.
// Jamaica's row in the AWS North America table was not reachable in the stored
// copy, and no Twilio page for Jamaica was found.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Jamaica', url: 'https://suresms.com/en/landing-control/jamaica/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Jamaica SMS guide', url: 'https://www.sent.dm/resources/jm-sms-guidance', kind: 'secondary', reviewed: R } as const;
// Sender rows re-read 2026-12-06 against Twilio's guideline page for Jamaica, in a
// word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/jamaica_jm.md). No stored twilio.com page for Jamaica was found, so the copy
// stands for Twilio's page (policy section 5). The Bird and Infobip sections of that file
// do not name their pages.
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Jamaica (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/jm/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Jamaica, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/jm/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const JM: CountryRules = /* @__PURE__ */ region({
  country: 'JM',
  name: 'Jamaica',
  reviewed: R,
  timeZones: ['America/Jamaica'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE, S_SENT], note: 'Twilio marks dynamic names as supported by the operators and kept unchanged; SureSMS and Sent agree.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SENT], note: 'Only Sent\'s guide (secondary) speaks: it lists no two-way SMS here, and fills the value. Twilio gives no value for domestic long codes and says Twilio offers no two-way SMS here (its product).' } },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT, S_SURE], note: 'Twilio, the only major-provider page, marks international long codes as supported by the operators, and decides; Sent agrees. SureSMS (another provider) allows numeric senders only for two-way services.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for short codes and does not sell them (its offer); only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.jm.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.jm.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.jm.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.jm.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited promotions; phishing is filtered.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.jm.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender IDs such as INFO, SMS or NOTICE.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
