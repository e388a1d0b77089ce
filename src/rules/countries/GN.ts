import { region } from '../brief';
import { ALPHA_ONE_WAY, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Guinea. Twilio locale summary and sent.dm guide read 2026-11-23; the Twilio sender table was not reached,
// not in the AWS Africa rows reached.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/guinea_gn.md, which names the page's address).
// The part of the stored twilio.com page read on 2026-11-23 (locale summary: no two-way)
// matches it, so the copy stands for the page (policy section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Guinea (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/gn/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Guinea, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/gn/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_SENT = { title: 'Sent: Guinea SMS Guide', url: 'https://sent.dm/resources/gn_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const GN: CountryRules = /* @__PURE__ */ region({
  country: 'GN',
  name: 'Guinea',
  reviewed: R,
  timeZones: ['Africa/Conakry'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks dynamic names as not supported by the operators; Twilio still sells them (its offer) but the name is not preserved. Twilio adds that MTN refuses dynamic names. Vonage\'s 2024 page (compiled copy, secondary) says other networks accept any name and MTN only registered ones.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_VONAGE_2024], note: 'Twilio marks pre-registration as required by the operators (names are accepted once registered), with no split between international and domestic traffic, preserved once registered (about 3 weeks).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_VONAGE_2024], note: 'Twilio: required by the operators; Vonage (2024, compiled copy, secondary) names MTN.' },
      programme: 'gn.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'Twilio\'s page and sent.dm (secondary) say they offer no two-way SMS here: statements about providers\' offers, not about the operators.', sources: [S_TW_OFFER, S_SENT] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators (MTN fails them); Twilio still sells them (its offer), with the number replaced.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators; Twilio does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'gn.sender-id',
      name: 'Sender name registration for the MTN network',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name through your provider before sending to MTN subscribers; it must carry the brand name and is case-sensitive.',
      sources: [S_VONAGE_2024],
    },
  ],
});
