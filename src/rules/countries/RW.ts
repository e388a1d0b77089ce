import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Rwanda. Read 2026-11-23: RURA sender ID whitelisting service, SureSMS, DLA
// Piper. The AWS Africa row for Rwanda could not be read and no Twilio page for
// Rwanda was found in the index.
const R = '2026-11-23' as const;
const S_RURA = {
  title: 'RURA online services: Sender ID Whitelisting Authorization',
  url: 'https://licensing.rura.rw/licenses/license-details/eyJpdiI6Ino3cXFBOTc2aGF4Z1c1eEllM2hEZVE9PSIsInZhbHVlIjoiZSsrVDZTQ2lPdlJQZ08rL2Fwa1ZaQT09IiwibWFjIjoiNDUxM2YyZDg5OGYxOGE4NTA5NjA5MmMwZDMyMDJiOGY3NjMzZDA1YjMwNGZiZDNjZjFkZThmODcyYTdlZGUyZiIsInRhZyI6IiJ9/license',
  kind: 'regulator', reviewed: R,
} as const;
const S_SURE = { title: 'SureSMS: SMS rules for Rwanda', url: 'https://suresms.com/en/landing-control/rwanda/', kind: 'provider', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Rwanda, electronic marketing', url: 'https://www.dlapiperdataprotection.com/?t=electronic-marketing&c=RW', kind: 'secondary', reviewed: R } as const;
const S_DLA_LAW = { title: 'DLA Piper Data Protection Laws of the World: Rwanda', url: 'https://www.dlapiperdataprotection.com/index.html?t=law&c=RW', kind: 'secondary', reviewed: R } as const;
const DPL = 'Law No. 058/2021 of 13/10/2021 relating to the protection of personal data and privacy';

// Sender rows re-read 2026-12-06 from Twilio's Rwanda SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/rwanda_rw.md); no
// stored twilio.com page for Rwanda was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Rwanda, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/rw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Rwanda, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/rw/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const RW: CountryRules = /* @__PURE__ */ region({
  country: 'RW',
  name: 'Rwanda',
  reviewed: R,
  timeZones: ['Africa/Kigali'],
  languages: ['rw', 'en', 'fr', 'sw'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW4, S_RURA, S_SURE], note: 'Twilio marks unregistered names as not supported by the operators (MTN takes only registered names); bulk sender IDs are whitelisted by RURA.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4, S_RURA, S_SURE] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
      registration: { value: 'required', sources: [S_TW4, S_RURA, S_SURE], note: 'Twilio: registration required, one registration for domestic and international traffic; promotional content cannot be registered.' },
      programme: 'rw.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 0, maxDays: 5 }, sources: [S_RURA], note: 'RURA processing time. Twilio gives about three weeks for provisioning with the networks.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW4, S_SURE], note: 'Twilio, the only major-provider page, marks domestic long codes as supported by the operators, and decides. SureSMS (a smaller provider) says numeric senders are overwritten unless part of a two-way service.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW4, S_SURE], note: 'Twilio marks international numbers as not supported by the operators: MTN fails them and Airtel replaces the sender. SureSMS agrees that numeric senders are overwritten.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'rw.sender-id',
      name: 'Sender ID whitelisting with RURA',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Have the sender ID whitelisted by RURA for bulk SMS (free; request letter confirming lawful use, ID of the representative, authorisation letter if an agent files). MTN also requires pre-registration.',
      leadTime: { minDays: 0, maxDays: 5 },
      sources: [S_RURA, S_SURE],
    },
  ],
  consent: {
    marketing: { value: 'express', sources: [S_SURE] },
    laws: {
      value: [DPL, 'Law No. 24/2016 of 18/06/2016 governing Information and Communication Technologies', 'Law No. 60/2018 of 22/8/2018 on prevention and punishment of cyber-crimes'],
      sources: [S_DLA_LAW, S_DLA],
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_DLA], note: 'The ICT Law requires unsolicited commercial messages to offer a way to unsubscribe.' },
  },
  content: {
    value: [
      { id: 'content.rw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.rw.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.rw.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  dataProtection: { value: [DPL], sources: [S_DLA_LAW] },
  obligations: [
    {
      id: 'identification.rw.brand-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a case-sensitive sender ID containing the brand name; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
    {
      id: 'data-protection.rw.data-origin',
      category: 'data-protection',
      level: 'required',
      text: 'On request, tell a recipient of unsolicited commercial messages where their contact details came from.',
      useCases: ['marketing'],
      sources: [S_DLA],
    },
  ],
});
