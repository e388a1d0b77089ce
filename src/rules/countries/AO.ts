import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Angola. AWS Africa table, the Twilio locale summary (its sender table could
// not be reached) and DLA Piper read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Angola', url: 'https://www.twilio.com/en/guidelines/ao/sms', kind: 'provider', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Angola, electronic marketing', url: 'https://dlapiperdataprotection.com/?c=AO&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_DLA_LAW = { title: 'DLA Piper Data Protection Laws of the World: Angola', url: 'https://www.dlapiperdataprotection.com/index.html?t=data-protection-officers&c=AO', kind: 'secondary', reviewed: R } as const;

export const AO: CountryRules = /* @__PURE__ */ region({
  country: 'AO',
  name: 'Angola',
  reviewed: R,
  timeZones: ['Africa/Luanda'],
  languages: ['pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_AWS_AFRICA] },
      registration: { value: 'none', sources: [S_AWS_AFRICA] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
      twoWay: { value: false, sources: [S_AWS_AFRICA, S_TW], note: 'AWS and Twilio offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_DLA],
      note: 'Opt-in is the rule; exceptions cover contacts at companies and existing customers offered a free refusal at the sale.',
    },
    laws: {
      value: ['Data Protection Law (Law No. 22/11 of 17 June 2011)', 'Electronic Communications and Information Society Services Law (Law No. 23/11 of 20 June 2011)'],
      sources: [S_DLA_LAW, S_DLA],
    },
  },
  dataProtection: { value: ['Data Protection Law (Law No. 22/11 of 17 June 2011)'], sources: [S_DLA_LAW] },
  obligations: [
    {
      id: 'data-protection.ao.apd-notice',
      category: 'data-protection',
      level: 'required',
      text: 'Notify the data protection agency (APD) before sending electronic marketing.',
      useCases: ['marketing'],
      sources: [S_DLA],
    },
  ],
});
