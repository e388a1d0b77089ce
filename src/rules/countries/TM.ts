import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Turkmenistan. Only the Sent.dm guide was found (it cites a single operator,
// TM Cell). No Twilio or AWS row was reachable. Sender IDs re-read from Sent.
// Sender rows re-read 2026-12-06 from Twilio's Turkmenistan guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/turkmenistan_tm.md, which names the page). No stored twilio.com
// page for Turkmenistan was found to compare it with, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Turkmenistan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tm/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Turkmenistan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tm/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Turkmenistan SMS guide', url: 'https://sent.dm/en/resources/sms-compliance/tm-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const TM: CountryRules = /* @__PURE__ */ region({
  country: 'TM',
  name: 'Turkmenistan',
  reviewed: R,
  timeZones: ['Asia/Ashgabat'],
  languages: ['tk'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TWC, S_SENT], note: "Twilio's operator row marks unregistered names as supported, while its restriction text says the local operator does not support them and replaces them; the message is delivered under another sender. Sent (secondary) says the same." },
      restriction: {
        text: 'The name is not shown: outside Twilio it is replaced by an international long number, so recipients cannot recognise the brand by the sender.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      registration: { value: 'none', sources: [S_TWC], note: 'Twilio marks pre-registration as not required by the operators.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', note: "Twilio marks pre-registration as not required and says nothing more. Sent's summary (secondary) says names are replaced with an international number, though its FAQ lists them as supported and advises registering.", sources: [S_TWC, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', sources: [S_TWC], note: "Twilio's page leaves domestic long codes blank." },
      twoWay: { value: 'unknown', sources: [S_TWC, S_SENT], note: 'Twilio says only that it offers no two-way SMS here (its offer); Sent (secondary) repeats it as a carrier fact. No page says what the operator does.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TWC], note: "Twilio's operator row marks international long codes as supported, while its restriction text says the operator replaces the number with another international long number." },
      restriction: {
        text: 'The sending number is not kept: it is replaced outside Twilio by another international number, so replies to it do not reach you.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
    },
  },
});
