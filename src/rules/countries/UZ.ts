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
const S_TW = { title: 'Twilio SMS Guidelines: Uzbekistan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/uz/sms', kind: 'provider', reviewed: R } as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Uzbekistan ("Twilio supported" row; read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/uz/sms', kind: 'provider', reviewed: R } as const;
// Re-read 2026-12-06 under section 5 of the research policy: the compiled copy
// (nevetsagetro/OKR-warranted, data/raw/uzbekistan_uz.md) names Twilio's page
// (https://www.twilio.com/en-us/guidelines/uz/sms) in its Twilio section, which carries
// Twilio's field descriptions; that section stands for Twilio's page. The first reading
// reported a stored Twilio page showing only its first part; it could not be found again
// in this reading, so the comparison with it was not repeated. The Bird and Infobip sections
// do not name their pages: they are 'secondary' ("read in a compiled copy") and decide
// nothing where Twilio's page speaks.
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Asia (Uzbekistan) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Uzbekistan (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
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
        value: false,
        sources: [S_TW, S_D7, S_BIRD, S_INFOBIP],
        note: 'Decided by the only major-provider page that speaks about the operators: Twilio\'s operator row marks pre-registration as not supported by Uzbek operators. Other side: D7 (a smaller provider, next level down) says local companies can use pre-registered names on all networks and Ucell and Beeline require registration; Bird\'s and Infobip\'s sections of a compiled copy (secondary) say registration is required on some networks (Bird names 43405; Infobip: local traffic, and Ucell for international traffic). Neither can override Twilio\'s page; Bird\'s or Infobip\'s own pages, if found, would reopen this.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      registration: { value: 'unknown', sources: [S_TW, S_D7, S_INFOBIP, S_BIRD], note: 'Not applicable while the sender is marked not supported. D7 says Ucell and Beeline require registration (Infobip and Bird, secondary, agree); Twilio says the operators offer no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Decided by the only major-provider page that speaks about the operators: Twilio\'s operator row marks domestic long codes as not supported. Other side: Bird\'s section of a compiled copy (secondary) lists Uzbek phone numbers as usable, the sender possibly changed to a generic name on some networks; Infobip\'s section (secondary) does not list long numbers.',
      },
      twoWay: { value: false, sources: [S_TW, S_INFOBIP], note: 'Follows from not supported; Twilio offers no two-way SMS in Uzbekistan (Infobip\'s section of a compiled copy and Sent.dm, both secondary, say the same).' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD],
        note: 'Kept restricted (2026-12-06 reading of the operator row): Twilio\'s operator row marks foreign numbers as not supported, but its own text about the operators says Uzbek operators do not fully support them and the number may be replaced with a generic name, delivery best effort; "not fully" and "may" say some operators take them with limits, which keeps the row restricted rather than false. Twilio names no network; the Bird section of a compiled copy (secondary) lists international numbers with the sender possibly changed on some networks. No other major-provider page speaks.',
      },
      restriction: {
        text: 'Not fully supported by the operators (Twilio): delivery is best effort and the number may be replaced with a generic alphanumeric name, so recipients may not see it and cannot reply. Which networks replace it is not stated.',
        sources: [S_TW, S_BIRD],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Decided by the only major-provider page that speaks about the operators: Twilio\'s operator row marks short codes as not supported. Other side: Bird\'s section of a compiled copy (secondary) lists Uzbek short codes as usable (sender possibly changed to a generic name on some networks) and Infobip\'s section (secondary) sells them, one-way; a secondary source cannot override a provider page. Bird\'s or Infobip\'s own pages, if found, would reopen this.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_D7, S_SENT], note: 'D7: send only to users who opted in. Twilio advises opt-in only as general good practice.' } },
  optOut: { marketingInstructions: { value: 'best-practice', sources: [S_D7] } },
  registrations: [
    {
      id: 'uz.sender-id',
      name: 'Sender ID registration with Ucell and Beeline',
      senderKinds: ['alphanumeric-dynamic'],
      level: 'recommended',
      text: 'D7 says Ucell and Beeline want sender IDs registered, and local companies\' message templates approved; Twilio\'s operator row says registration is neither required nor supported. Ask your provider before relying on an unregistered ID on those networks.',
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
