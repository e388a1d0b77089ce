import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Congo - Brazzaville. Twilio locale summary (its sender table could not be
// reached), SureSMS country page and the Journal officiel read 2026-11-23; the
// AWS Africa row for this country could not be read.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Congo', url: 'https://suresms.com/en/landing-control/congo/', kind: 'provider', reviewed: R } as const;
const S_JO = { title: 'Journal officiel de la République du Congo N° 45-2019: Loi n° 29-2019', url: 'https://fr.scribd.com/document/519917317/COG-110224', kind: 'law', reviewed: R } as const;
const NUMERIC = 'Numeric sender IDs are overwritten unless part of a two-way service.';

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/republic_of_the_congo_cg.md); no stored
// twilio.com SMS page for Republic of the Congo was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Republic of the Congo (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cg/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Republic of the Congo, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cg/sms', kind: 'provider', reviewed: R4 } as const;

export const CG: CountryRules = /* @__PURE__ */ region({
  country: 'CG',
  name: 'Congo - Brazzaville',
  reviewed: R,
  timeZones: ['Africa/Brazzaville'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_SURE], note: 'Twilio: the operators do not support unregistered names (on MTN names work only when pre-registered); SureSMS agrees for MTN. Twilio still sells dynamic names here.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SURE] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC, S_SURE], note: 'Twilio: the operators require registration (one registration for international and domestic traffic); promotional content cannot be registered.' },
      programme: 'cg.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_SURE], note: `SureSMS (a provider page; no major-provider page about the operators speaks: Twilio's operator row is blank and Twilio does not sell them): ${NUMERIC}` },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC, S_SURE], note: 'Twilio: the operators do not support numeric senders; Airtel and MTN replace them with a generic name or filter them. Twilio still sells them. SureSMS agrees.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' } },
  },
  registrations: [
    {
      id: 'cg.sender-id',
      name: 'Sender ID pre-registration (MTN)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending to MTN subscribers; it must contain the brand name.',
      sources: [S_SURE],
    },
  ],
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.cg.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.cg.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.cg.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: { value: ['Law No. 29-2019 of 10 October 2019 on the protection of personal data'], sources: [S_JO] },
  obligations: [
    {
      id: 'identification.cg.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a case-sensitive sender ID containing the brand name; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
