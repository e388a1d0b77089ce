import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// South Sudan. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: South Sudan SMS Guide', url: 'https://sent.dm/resources/ss_sms_guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_FAQ = { title: 'Sent: South Sudan SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/ss-sms-guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's South Sudan SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/south_sudan_ss.md); no
// stored twilio.com page for South Sudan was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: South Sudan, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ss/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: South Sudan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ss/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SS: CountryRules = /* @__PURE__ */ region({
  country: 'SS',
  name: 'South Sudan',
  reviewed: R,
  timeZones: ['Africa/Juba'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW4, S_SENT_FAQ, S_SENT], note: 'Twilio marks unregistered names as not supported by the operators (MTN takes only registered names); Sent (secondary) agrees that names must be registered first.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4, S_SENT_FAQ, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'required', sources: [S_TW4, S_SENT_FAQ], note: 'Twilio: registration required, one registration for domestic and international traffic, about three weeks; promotional content cannot be registered.' },
      programme: 'ss.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', sources: [S_TW4_OFFER, S_SENT], note: 'Twilio offers no two-way SMS here and sent.dm says none is supported; that says what providers sell, not what the operators allow. Twilio leaves the operator cell blank.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks international numbers as not supported by the operators; MTN fails messages from them.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'ss.sender-id',
      name: 'Alphanumeric sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name before sending (MTN in particular); generic names risk being blocked.',
      sources: [S_SENT_FAQ],
    },
  ],
});
