import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Zambia. Read 2026-11-23: goUrban (relaying Twilio), DataGuidance, Hogan
// Lovells. The AWS Africa row for Zambia could not be read and no Twilio page
// for Zambia was found in the index.
// Re-checked 2026-12-06: Telerivet's Zambia page added; no major-provider page for Zambia was found.
const R = '2026-11-23' as const;
const R1 = '2026-12-06' as const;
const S_TELERIVET = {
  title: 'Telerivet blog: Sending SMS in Zambia, ZICTA registration, the Data Protection Act and MTN',
  url: 'https://www.telerivet.com/blog/zambia-sms-compliance-zicta-sender-id-and-data-protection-guide',
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
// Re-read 2026-12-06: searched again for Zambian numeric senders (Twilio, Vonage, Bird, Infobip,
// Sinch, Telnyx, Plivo, AWS, ZICTA). No provider or regulator page that says whether operators accept
// long codes or short codes for A2P SMS was found. A news report (Money FM, 2021) quotes ZICTA as allocating
// 3- and 4-digit short codes; it concerns codes for buying airtime and bundles and says nothing about A2P SMS.
const NUMERIC_OPEN = 'No source read says whether Zambian operators accept this sender type for A2P SMS: no Twilio, Vonage, Bird, Infobip or other major-provider page for Zambia was found in the stored corpora, Telerivet speaks only of alphanumeric names, and no ZICTA page on SMS senders was found.';

export const ZM: CountryRules = /* @__PURE__ */ region({
  country: 'ZM',
  name: 'Zambia',
  reviewed: R1,
  timeZones: ['Africa/Lusaka'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'short-code': { supported: { value: 'unknown', note: NUMERIC_OPEN } },
    'local-long-code': { supported: { value: 'unknown', note: NUMERIC_OPEN } },
    'international-long-code': { supported: { value: 'unknown', note: NUMERIC_OPEN } },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TELERIVET, S_GOURBAN],
        note: 'Telerivet: MTN Zambia, the market leader in its account, does not support unregistered names, which are replaced by a number or not delivered; it names no such limit on Airtel or Zamtel. goUrban (secondary, relaying Twilio) lists Zambia as needing a registered name. No major provider page was found.',
      },
      restriction: {
        networks: ['MTN'],
        text: 'MTN replaces unregistered names with a number or does not deliver them; register the name for national reach.',
        sources: [S_TELERIVET],
      },
      twoWay: ALPHA_ONE_WAY,
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
