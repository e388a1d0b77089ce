import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Zambia. Read 2026-11-23: goUrban (relaying Twilio), DataGuidance, Hogan
// Lovells. The AWS Africa row for Zambia could not be read and no Twilio page
// for Zambia was found in the index.
// Re-checked 2026-12-06: Telerivet's Zambia page added, and Twilio's Zambia page read in a copy (below).
const R = '2026-11-23' as const;
const R1 = '2026-12-06' as const;
const S_TELERIVET = {
  title: 'Telerivet blog: Sending SMS in Zambia, ZICTA registration, the Data Protection Act and MTN',
  url: 'https://www.telerivet.com/blog/zambia-sms-compliance-zicta-sender-id-and-data-protection-guide',
  kind: 'provider', reviewed: R1,
} as const;
// 2026-12-06: Twilio's Zambia page was found in a word-for-word markdown copy in a
// public GitHub compilation (nevetsagetro/OKR-warranted, data/raw/zambia_zm.md) that names the page's
// address and keeps Twilio's own field descriptions; no stored twilio.com page for Zambia was found to
// compare, so it stands for the page (policy section 5). Its operator rows decide the
// alphanumeric-dynamic, short-code and long-code rows.
const NUMERIC_NO = 'Twilio\'s operator-capability row (read in a verbatim copy that names the page) marks domestic long codes, international long codes and short codes as not supported, and says MTN, Zamtel and Airtel do not support numeric sender IDs; use a sender name.';
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Zambia, sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/zm/sms',
  kind: 'provider', reviewed: R1,
} as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_DG = { title: 'DataGuidance: Zambia data protection overview', url: 'https://www.dataguidance.com/notes/zambia-data-protection-overview', kind: 'secondary', reviewed: R } as const;
const S_HL = {
  title: 'Hogan Lovells: Recent developments in African data protection laws, outlook for 2022',
  url: 'https://www.engage.hoganlovells.com/knowledgeservices/news/recent-developments-in-african-data-protection-laws-outlook-for-2022_1_1',
  kind: 'secondary', reviewed: R,
} as const;
const DPA = 'Data Protection Act No. 3 of 2021';
// A news report (Money FM, 2021) quotes ZICTA as allocating 3- and 4-digit short codes; it concerns
// codes for buying airtime and bundles and says nothing about A2P SMS.

export const ZM: CountryRules = /* @__PURE__ */ region({
  country: 'ZM',
  name: 'Zambia',
  reviewed: R1,
  timeZones: ['Africa/Lusaka'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'short-code': { supported: { value: false, sources: [S_TW_COPY], note: NUMERIC_NO } },
    'local-long-code': { supported: { value: false, sources: [S_TW_COPY], note: NUMERIC_NO } },
    'international-long-code': { supported: { value: false, sources: [S_TW_COPY], note: NUMERIC_NO } },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW_COPY, S_TELERIVET, S_GOURBAN],
        note: 'Twilio\'s operator row (page read in a verbatim copy; the only major-provider page found) marks unregistered names as not supported by the operators and not preserved, and says registration is required: Twilio still sells them, but sends them only best-effort with the name changed, which is its workaround, not operator acceptance. No source at that level or above says any network shows an unregistered name. Telerivet (another provider) says MTN Zambia replaces unregistered names with a number or does not deliver them, and names no limit on Airtel or Zamtel without saying they take them; goUrban (secondary, relaying Twilio) lists Zambia as needing a registered name. Use a registered name (alphanumeric-preregistered).',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_COPY] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW_COPY, S_TELERIVET] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TELERIVET, S_GOURBAN] },
      registration: {
        value: 'required',
        sources: [S_TELERIVET, S_GOURBAN],
        note: 'Telerivet: names are registered and approved with MTN, Airtel and Zamtel under the ZICTA framework.',
      },
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
      text: 'Register the alphanumeric sender ID with MTN, Airtel and Zamtel (under the ZICTA framework) through your provider before sending.',
      sources: [S_TELERIVET, S_GOURBAN],
    },
  ],
  consent: {
    marketing: {
      value: 'express',
      sources: [S_TELERIVET],
      note: 'Telerivet reads the Data Protection Act 2021 as generally requiring explicit consent for marketing; the Act itself was not read.',
    },
    laws: {
      value: [DPA, 'Electronic Communications and Transactions Act No. 4 of 2021'],
      sources: [S_DG, S_HL],
      note: 'Hogan Lovells points to the direct-marketing rules in section 65 of the 2021 Electronic Communications and Transactions Act.',
    },
  },
  dataProtection: { value: [DPA], sources: [S_DG, S_HL] },
});
