import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cape Verde. AWS Africa table and SureSMS country rules read 2026-11-23; no Twilio page found.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Cape Verde', url: 'https://suresms.com/en/landerregeln/cape-verde/', kind: 'provider', reviewed: R } as const;

export const CV: CountryRules = /* @__PURE__ */ region({
  country: 'CV',
  name: 'Cape Verde',
  reviewed: R,
  timeZones: ['Atlantic/Cape_Verde'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_AFRICA, S_SURE] },
      registration: { value: 'none', sources: [S_AWS_AFRICA] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SURE] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_AFRICA, S_SURE], note: 'AWS offers no local numbers; SureSMS accepts local numeric senders. The conservative value is taken.' },
      twoWay: { value: false, sources: [S_AWS_AFRICA], note: 'AWS offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SURE] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_AFRICA] },
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
