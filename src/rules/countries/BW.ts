import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Botswana. AWS Africa table and DLA Piper read 2026-11-23; no Twilio page for
// Botswana was found in the stored index.
const R = '2026-11-23' as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Botswana', url: 'https://www.dlapiperdataprotection.com/index.html?t=law&c=BW', kind: 'secondary', reviewed: R } as const;

export const BW: CountryRules = /* @__PURE__ */ region({
  country: 'BW',
  name: 'Botswana',
  reviewed: R,
  timeZones: ['Africa/Gaborone'],
  languages: ['en', 'tn'],
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
      twoWay: { value: false, sources: [S_AWS_AFRICA], note: 'AWS offers no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells.', sources: [S_AWS_AFRICA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] },
  },
  dataProtection: { value: ['Data Protection Act, 2018 (Act No. 32 of 2018)'], sources: [S_DLA], note: 'In force since 15 October 2021.' },
});
