import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Gibraltar. The AWS Europe table and a Twilio Gibraltar SMS page could not be
// reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Gibraltar (UK) SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/gibraltar-uk-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Gibraltar (UK) SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/gibraltar-(uk)-sms-guide', kind: 'secondary', reviewed: R } as const;

export const GI: CountryRules = /* @__PURE__ */ region({
  country: 'GI',
  name: 'Gibraltar',
  reviewed: R,
  timeZones: ['Europe/Gibraltar'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT, S_SENT_2] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_SENT_2], note: 'sent.dm lists no two-way SMS through standard providers.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
});
