import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Uzbekistan. Re-audited 2026-12-06: Twilio's guideline page (its sender tables
// read in a verbatim copy held in a public GitHub repository, as the stored page
// shows only its first part) and D7 Networks. No Vonage page for Uzbekistan was
// in the store, and no AWS row was reachable. Infobip's and Bird's pages were seen
// only inside the same compiled copy. Sent.dm not re-read.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Uzbekistan', url: 'https://www.twilio.com/en-us/guidelines/uz/sms', kind: 'provider', reviewed: R } as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Uzbekistan ("Twilio supported" row)', url: 'https://www.twilio.com/en-us/guidelines/uz/sms', kind: 'provider', reviewed: R } as const;
const S_D7 = { title: 'D7 Networks: SMS regulations in Uzbekistan', url: 'https://d7networks.com/sms/uzbekistan/sms-regulations', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Uzbekistan SMS guide', url: 'https://www.sent.dm/resources/uzbekistan-sms-guide', kind: 'secondary', reviewed: OLD } as const;

export const UZ: CountryRules = /* @__PURE__ */ region({
  country: 'UZ',
  name: 'Uzbekistan',
  reviewed: R,
  timeZones: ['Asia/Tashkent'],
  languages: ['uz'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_D7],
        note: 'Twilio\'s operator row marks unregistered names as supported but not fully: they may be replaced with a generic name. D7, a smaller provider, says they pass only on Uzmobile, are replaced by a short code on Mobiuz (Perfectum) and need registration on Ucell and Beeline.',
      },
      restriction: {
        networks: ['Ucell', 'Beeline', 'Mobiuz'],
        text: 'Unregistered names may be replaced with a generic name or short code; D7 reports that Ucell and Beeline take only registered names and Mobiuz replaces them.',
        sources: [S_TW, S_D7],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_D7] },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'unknown',
        sources: [S_TW, S_D7],
        note: 'The sources disagree: Twilio\'s operator row marks pre-registration as not supported, while D7 says local companies can register on all networks and Ucell and Beeline require registration (Infobip\'s page, seen only in a compiled copy, says the same for local traffic and for Ucell). Only one major-provider page was read directly, so the hierarchy does not settle it.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_D7], note: 'D7 requires registration on Ucell and Beeline; Twilio says the operators offer none.' },
      programme: 'uz.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator row marks domestic long codes as not supported.' },
      twoWay: { value: false, sources: [S_TW], note: 'The sender type is not accepted for A2P; Twilio and Sent.dm also offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW],
        note: 'Twilio\'s operator row marks foreign numbers as not supported, yet Twilio sells them here: they are not fully supported and are delivered on a best-effort basis with the number replaced by a generic name.',
      },
      restriction: {
        text: 'Best-effort delivery only: the number may be replaced with a generic alphanumeric name, so recipients cannot reply.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator row marks short codes as not supported. Bird\'s and Infobip\'s pages, seen only in a compiled copy, list short codes; not confirmed from their own pages.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_D7, S_SENT], note: 'D7: send only to users who opted in. Twilio advises opt-in only as general good practice.' } },
  optOut: { marketingInstructions: { value: 'best-practice', sources: [S_D7] } },
  registrations: [
    {
      id: 'uz.sender-id',
      name: 'Sender ID registration with Ucell and Beeline',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID for Ucell and Beeline; local companies also need message templates approved.',
      sources: [S_D7],
    },
  ],
  content: {
    value: [
      { id: 'content.uz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_D7] },
      { id: 'content.uz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_D7] },
      { id: 'content.uz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_D7] },
    ],
    sources: [S_D7],
  },
});
