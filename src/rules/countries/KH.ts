import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cambodia. AWS Asia table read 2026-11-23 (not re-read). Re-audited
// 2026-12-06: no Twilio, Vonage, Sinch, Infobip, Bird, Telnyx or Plivo page
// for Cambodia was reachable in the stored sources; the only other source is
// the sent.dm Cambodia guide, a digest (secondary), which fills facts nothing
// better speaks to and is named in each note. Re-read the same day: no
// Twilio, Bird or Infobip Cambodia section was found in the compiled collection
// of provider pages, and no regulator (TRC) page on sender types was found;
// the digest stays the only source on operators.
const R = '2026-12-06' as const;
const S_SENTDM = {
  title: 'sent.dm: Cambodia SMS Guide (digest)',
  url: 'https://sent.dm/en/resources/sms-compliance/cambodia-sms-guide',
  kind: 'secondary', updated: '2026-03-08', reviewed: R,
} as const;

export const KH: CountryRules = /* @__PURE__ */ region({
  country: 'KH',
  name: 'Cambodia',
  reviewed: R,
  timeZones: ['Asia/Phnom_Penh'],
  languages: ['km'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        note: 'Only the sent.dm digest (secondary) speaks to the operators: Smart Axiata requires names to be registered since 2023-08-01 and the other networks take unregistered names. It fills the fact because nothing better speaks; AWS selling only registered sender IDs (its product table) describes its own product.',
        sources: [S_SENTDM, S_AWS_ASIA],
      },
      restriction: {
        networks: ['Smart Axiata'],
        text: 'Smart Axiata requires sender names to be registered (sent.dm digest); an unregistered name may not reach its subscribers.',
        sources: [S_SENTDM],
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_AWS_ASIA, S_SENTDM] },
      offers: [{ provider: 'aws', offered: true, sources: [S_AWS_ASIA] }],
      registration: {
        value: 'required',
        sources: [S_AWS_ASIA, S_SENTDM],
        note: 'AWS requires registration; the sent.dm digest says Smart Axiata requires it since 2023-08-01 (about 14 days).',
      },
      programme: 'kh.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: 'unknown',
        note: 'AWS sells no Cambodian numbers, which describes its own product; no other source speaks (the sent.dm digest names only sender names and foreign numbers as alternatives).',
        sources: [S_AWS_ASIA],
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_SENTDM],
        note: 'Only the sent.dm digest (secondary) speaks: foreign numbers are accepted except on Smart Axiata. Nothing better was found.',
      },
      restriction: {
        networks: ['Smart Axiata'],
        text: 'Smart Axiata does not accept foreign numbers (sent.dm digest); messages to its subscribers may fail.',
        sources: [S_SENTDM],
      },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        note: 'AWS sells no short codes here (its product table) and the sent.dm digest says they are not supported; a false cannot rest on a product table and a digest alone, and no operator, regulator or major-provider page was found.',
        sources: [S_AWS_ASIA, S_SENTDM],
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
    },
  },
  registrations: [
    {
      id: 'kh.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending; Smart Axiata requires it.',
      sources: [S_AWS_ASIA, S_SENTDM],
    },
  ],
});
