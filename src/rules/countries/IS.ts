import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iceland. The AWS Europe table and a Twilio Iceland SMS page could not be
// reached in the search index; only sent.dm guides were found (read 2026-11-23).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Iceland SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/is-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Iceland SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/is_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const IS: CountryRules = /* @__PURE__ */ region({
  country: 'IS',
  name: 'Iceland',
  reviewed: R,
  timeZones: ['Atlantic/Reykjavik'],
  languages: ['is'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT, S_SENT_2], note: 'sent.dm lists no two-way SMS in Iceland.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
  },
});
