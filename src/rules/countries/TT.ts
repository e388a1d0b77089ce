import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Trinidad & Tobago. Only Sent's country guide was found (read 2026-11-23). The row
// in the AWS North America table was not reachable in the stored copy, and no
// Twilio page was found.
// Sender rows re-read 2026-12-06 from Twilio's Trinidad and Tobago guideline page, read in a verbatim
// copy (nevetsagetro/OKR-warranted, data/raw/trinidad_and_tobago_tt.md, which names the page). No stored
// twilio.com page for the country was found to compare it with, so the copy stands for the page (section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Trinidad and Tobago (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/tt/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Trinidad and Tobago, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/tt/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT = { title: 'Sent: Trinidad and Tobago SMS guide', url: 'https://www.sent.dm/resources/trinidad-and-tobago-sms-guide', kind: 'secondary', reviewed: R } as const;

export const TT: CountryRules = /* @__PURE__ */ region({
  country: 'TT',
  name: 'Trinidad & Tobago',
  reviewed: R,
  timeZones: ['America/Port_of_Spain'],
  languages: ['en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: "Twilio's operator row marks unregistered names as supported." },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SENT], note: 'bmobile replaces the name with a random number; Digicel keeps it only partly.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not supported (its use-case text adds that bmobile rewrites numeric senders to a random number)." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: { value: false, sources: [S_TWC, S_SENT], note: 'Follows from not supported; Twilio and Sent also offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: "Twilio's operator row marks international long codes as not supported and decides, although its own best-practice text says a global number can reach phones here and bmobile rewrites numeric senders. Sent's guide (secondary) lists them as supported; it does not override." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', note: "Twilio's operator row is blank; only a secondary source (sent.dm) says short codes are not available, which under the research policy does not establish what the operators accept.", sources: [S_TWC, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
    },
  },
});
