import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_NORTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Aruba. AWS North America table, Mapp's country page and Sent's country guide
// read 2026-11-23; no Twilio page for Aruba was found in the stored index. Sender rows
// re-read 2026-12-06 from Twilio's guideline page through a word-for-word copy on GitHub
// (nevetsagetro/OKR-warranted, data/raw/aruba_aw.md) that names the page's address; with no
// stored twilio.com page to compare it with, the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Aruba (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/aw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Aruba, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/aw/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_MAPP = { title: 'Mapp Docs: Aruba', url: 'https://docs.mapp.com/docs/aruba.md', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Aruba SMS guide', url: 'https://www.sent.dm/resources/aruba-sms-guide', kind: 'secondary', reviewed: R } as const;

export const AW: CountryRules = /* @__PURE__ */ region({
  country: 'AW',
  name: 'Aruba',
  reviewed: R,
  timeZones: ['America/Aruba'],
  languages: ['nl', 'pap'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_NORTH_AMERICA, S_MAPP, S_SENT], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_NORTH_AMERICA] },
      ],
      registration: { value: 'none', sources: [S_AWS_NORTH_AMERICA, S_SENT], note: 'Twilio gives no registration value; AWS and sent.dm describe none.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for domestic long codes and sells none; AWS sells none; Sent calls them restricted. What the operators accept is not established.', sources: [S_TW, S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
      twoWay: { value: 'unknown', sources: [S_AWS_NORTH_AMERICA, S_TW, S_SENT], note: 'AWS, Twilio and Sent offer no two-way SMS here; that says what they sell, not what the operators allow.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT, S_MAPP], note: 'Twilio marks international long codes as supported by the operators; Mapp marks numeric senders as delivered on SETAR and Digicel.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio gives no operator value for short codes; AWS offers none; Sent says availability is limited; Mapp marks a short-code sender as delivered. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_NORTH_AMERICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_NORTH_AMERICA] }],
    },
  },
  content: {
    value: [
      { id: 'content.aw.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_MAPP] },
      { id: 'content.aw.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_MAPP] },
      { id: 'content.aw.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_MAPP] },
      { id: 'content.aw.violence', topic: 'other', restriction: 'prohibited', text: 'No violent content.', sources: [S_MAPP] },
    ],
    sources: [S_MAPP],
    note: 'Mapp says betting content is allowed.',
  },
});
