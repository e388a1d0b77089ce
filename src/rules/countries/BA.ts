import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bosnia and Herzegovina. OpenMarket, SureSMS and Sent.dm read 2026-11-23.
// The Twilio page and the AWS Europe table could not be reached.
const R = '2026-11-23' as const;
const S_OM = { title: 'OpenMarket Global Coverage: Bosnia and Herzegovina', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/bosnia-and-herzegovina.htm', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Bosnia and Herzegovina', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/bosnia-and-herzegovina/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Bosnia and Herzegovina SMS guide', url: 'https://www.sent.dm/resources/ba-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const BA: CountryRules = /* @__PURE__ */ region({
  country: 'BA',
  name: 'Bosnia & Herzegovina',
  reviewed: R,
  timeZones: ['Europe/Sarajevo'],
  languages: ['bs', 'hr', 'sr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_OM, S_SURE] },
      registration: { value: 'none', sources: [S_OM] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE, S_OM], note: 'OpenMarket says alphanumeric IDs are kept; SureSMS says they can be overwritten.' },
    },
    'local-long-code': {
      twoWay: { value: false, sources: [S_OM, S_SENT], note: 'OpenMarket offers two-way only on short codes; Sent.dm says no two-way.' },
      senderIdPreserved: { value: false, sources: [S_OM], note: 'BH Telecom and m:tel replace long codes.' },
    },
    'short-code': {
      supported: { value: 'unknown', note: 'OpenMarket offers two-way on short codes (registered with operators); Sent.dm says short codes are not available. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_OM, S_SURE] } },
  content: {
    value: [
      { id: 'content.ba.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_OM, S_SURE] },
      { id: 'content.ba.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_OM, S_SURE] },
      { id: 'content.ba.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_OM] },
      { id: 'content.ba.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_OM, S_SURE],
  },
  obligations: [
    { id: 'identification.ba.sender-name', category: 'identification', level: 'required', text: 'Use a brand sender ID; generic IDs such as INFO or SMS are prohibited.', senderTypes: ['alphanumeric'], sources: [S_SURE] },
  ],
});
