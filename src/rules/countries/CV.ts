import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cape Verde. AWS Africa table and SureSMS country rules read 2026-11-23; no Twilio page found.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Cape Verde', url: 'https://suresms.com/en/landerregeln/cape-verde/', kind: 'provider', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/cape_verde_cv.md); no stored
// twilio.com SMS page for Cape Verde was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Cape Verde (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cv/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Cape Verde, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cv/sms', kind: 'provider', reviewed: R4 } as const;

export const CV: CountryRules = /* @__PURE__ */ region({
  country: 'CV',
  name: 'Cape Verde',
  reviewed: R,
  timeZones: ['Atlantic/Cape_Verde'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_AFRICA, S_SURE], note: 'Twilio: supported by the operators; generic names are refused on T+.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC, S_SURE], note: 'Twilio (a major-provider page about the operators) marks domestic long codes as not supported; SureSMS accepts local numeric senders, but a major-provider page outranks it. AWS offering none is an offer.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC, S_SURE], note: 'Twilio: the operators do not support numeric senders and T+ refuses them; Twilio does not sell them here. SureSMS accepts numeric senders, but a major-provider page outranks it.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] },
  },
  consent: { marketing: { value: 'express', sources: [S_SURE] } },
  content: {
    value: [
      { id: 'content.cv.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.cv.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.cv.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.cv.unsolicited', topic: 'other', restriction: 'prohibited', useCases: ['marketing'], text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.cv.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender names such as INFO or SMS.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
