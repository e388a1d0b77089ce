import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Zambia. Read 2026-11-23: goUrban (relaying Twilio), DataGuidance, Hogan
// Lovells. The AWS Africa row for Zambia could not be read and no Twilio page
// for Zambia was found in the index.
const R = '2026-11-23' as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_DG = { title: 'DataGuidance: Zambia data protection overview', url: 'https://www.dataguidance.com/notes/zambia-data-protection-overview', kind: 'secondary', reviewed: R } as const;
const S_HL = {
  title: 'Hogan Lovells: Recent developments in African data protection laws, outlook for 2022',
  url: 'https://www.engage.hoganlovells.com/knowledgeservices/news/recent-developments-in-african-data-protection-laws-outlook-for-2022_1_1',
  kind: 'secondary', reviewed: R,
} as const;
const DPA = 'Data Protection Act No. 3 of 2021';

export const ZM: CountryRules = /* @__PURE__ */ region({
  country: 'ZM',
  name: 'Zambia',
  reviewed: R,
  timeZones: ['Africa/Lusaka'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_GOURBAN], note: 'Only goUrban (relaying Twilio) checked; it lists Zambia as needing a registered sender ID.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_GOURBAN] },
      registration: { value: 'required', sources: [S_GOURBAN] },
      programme: 'zm.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
  },
  registrations: [
    {
      id: 'zm.sender-id',
      name: 'Sender ID registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the alphanumeric sender ID before sending.',
      sources: [S_GOURBAN],
    },
  ],
  consent: {
    laws: {
      value: [DPA, 'Electronic Communications and Transactions Act No. 4 of 2021'],
      sources: [S_DG, S_HL],
      note: 'Hogan Lovells points to the direct-marketing rules in section 65 of the 2021 Electronic Communications and Transactions Act.',
    },
  },
  dataProtection: { value: [DPA], sources: [S_DG, S_HL] },
});
