import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bahrain. AWS Asia table, Salesforce, Mapp and Bird country guides read
// 2026-11-23. No Twilio Bahrain page was reachable.
const R = '2026-11-23' as const;
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
      supported: { value: true, sources: [S_AWS_ASIA, S_SF, S_MAPP] },
      registration: { value: 'none', sources: [S_AWS_ASIA, S_BIRD] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_ASIA, S_SF], note: 'Bird lists Bahraini numbers as available; AWS and Salesforce offer none.' },
      twoWay: { value: false, sources: [S_AWS_ASIA, S_SF], note: 'AWS and Salesforce offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_MAPP, S_SF],
        note: 'Salesforce offers one-way international numbers, but Mapp says Batelco accepts no numeric senders.',
      },
    },
    'short-code': {
      supported: { value: false, sources: [S_AWS_ASIA, S_SF], note: 'Mapp and Bird list short codes on all networks; AWS and Salesforce offer none.' },
    },
  },
  optOut: {
    marketingInstructions: { value: 'not-required', sources: [S_MAPP] },
  },
  quietHours: { value: [], sources: [S_MAPP, S_BIRD] },
});
