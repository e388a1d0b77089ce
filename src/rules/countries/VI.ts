import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// U.S. Virgin Islands (US territory). Twilio guidelines (locale summary only),
// Sent's country guide and AWS's US toll-free registration page read 2026-11-23.
// The row in the AWS North America table was not reachable in the stored copy. No
// source read says whether A2P 10DLC applies here.
// Sender rows re-read 2026-12-06 from Twilio's US Virgin Islands guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/united_states_virgin_islands_us_vi.md, which names the page). The
// stored twilio.com page shows only its locale summary, which the copy matches, so the copy stands for the
// page (policy section 5). It says US operators serving the islands apply US rules, 10DLC included.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: United States Virgin Islands (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/vi/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: United States Virgin Islands, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/vi/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: US Virgin Islands SMS guide', url: 'https://www.sent.dm/resources/vi-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_AWS_TFN = {
  title: 'AWS End User Messaging SMS: United States toll-free number registration process',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-tfn.html',
  kind: 'provider', reviewed: R,
} as const;

export const VI: CountryRules = /* @__PURE__ */ region({
  country: 'VI',
  name: 'U.S. Virgin Islands',
  reviewed: R,
  timeZones: ['America/St_Thomas'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: "Twilio's operator row marks sender names as not supported." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: 'unknown', note: "Twilio's operator row leaves pre-registration blank; only a secondary source (sent.dm) says names are not available, which under the research policy does not establish what the operators accept.", sources: [S_TWC, S_SENT] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as supported." },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
      registration: { value: 'required', sources: [S_TWC], note: 'Twilio: registration is required; US operators that serve the islands apply the US rules, A2P 10DLC registration included. Whether the local operators require it is not stated.' },
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: 'Twilio says only that it offers no two-way SMS here (its offer); Sent (secondary) says the same. No page says what the operators do with long codes.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks short codes as supported: US short codes, on the US operators' local service and on local operators." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      twoWay: { value: true, sources: [S_TWC], note: 'Twilio: the local operators keep the sender of most US short codes and support two-way messaging.' },
    },
    'toll-free': {
      supported: { value: true, sources: [S_TWC, S_AWS_TFN], note: "US toll-free numbers; Twilio's operator row marks toll-free as supported." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'required', sources: [S_TWC, S_AWS_TFN], note: 'Toll-free verification (Twilio and AWS).' },
      programme: 'vi.toll-free-verification',
    },
  },
  registrations: [
    {
      id: 'vi.toll-free-verification',
      name: 'US toll-free number verification',
      senderKinds: ['toll-free'],
      level: 'required',
      text: 'Register each toll-free number for one stated use case before sending; AWS says review takes up to 15 business days.',
      sources: [S_AWS_TFN],
    },
  ],
});
