import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bahrain. AWS Asia table, Salesforce, Mapp and Bird country guides read
// 2026-11-23. No Twilio Bahrain page was reachable then. Sender rows re-read 2026-12-06
// from Twilio's guideline page through a word-for-word copy on GitHub
// (nevetsagetro/OKR-warranted, data/raw/bahrain_bh.md) that names the page's address; no
// stored twilio.com page was found to compare it with, so the copy stands for the page
// (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bahrain (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bh/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Bahrain, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/bh/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SF = { title: 'Salesforce Help: Guide for Sending SMS Messages to Bahrain', url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_bahrain.htm&type=5', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: Bahrain', url: 'https://docs.mapp.com/docs/bahrain.md', kind: 'provider', reviewed: R } as const;
const S_BIRD = {
  title: 'Bird Docs: SMS Country Information Guide, Middle East',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-middle-east',
  kind: 'provider', reviewed: R,
} as const;

export const BH: CountryRules = /* @__PURE__ */ region({
  country: 'BH',
  name: 'Bahrain',
  reviewed: R,
  timeZones: ['Asia/Bahrain'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_AWS_ASIA, S_SF, S_MAPP], note: 'Twilio marks unregistered names as supported by the operators.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_ASIA] },
      ],
      registration: { value: 'none', sources: [S_TW, S_AWS_ASIA, S_BIRD], note: 'Twilio: the operators require no pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_BIRD], note: 'Twilio, the only major-provider page that speaks of the operators, marks domestic long codes as not supported by them. Bird lists Bahraini numbers among the senders it supports, which says what Bird sells; AWS and Salesforce offer none.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. AWS and Salesforce offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_MAPP, S_SF],
        note: 'Twilio, the only major-provider page about the operators, marks international long codes as supported by them and the number as kept, and decides. Mapp (not a major provider) says Batelco accepts no numeric senders; Salesforce offers one-way international numbers.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_MAPP, S_BIRD], note: 'Twilio, the only major-provider page that speaks of the operators, marks short codes as not supported by them, and decides. Bird lists short codes among the senders it supports (what Bird sells) and Mapp (not a major provider) lists them on all networks; AWS and Salesforce offer none.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
      ],
    },
  },
  optOut: {
    marketingInstructions: { value: 'not-required', sources: [S_MAPP] },
  },
  quietHours: { value: [], sources: [S_MAPP, S_BIRD] },
});
