import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Luxembourg. The AWS Europe table and the Twilio Luxembourg SMS page could not
// be reached in the search index. Lexology, Multilaw and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Luxembourg SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/luxembourg-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_LEX_2011 = { title: 'Lexology: Luxembourg act of 28 July 2011 on data protection in electronic communications', url: 'https://www.lexology.com/library/detail.aspx?g=60a2a0fe-81c3-4dd1-8018-2c826dc8a2c1', kind: 'secondary', reviewed: R } as const;
const S_LEX_ADS = { title: 'Lexology: Luxembourg, advertising and marketing', url: 'https://www.lexology.com/library/detail.aspx?g=75fcbee8-de8f-4597-bcfd-fee6eea83467', kind: 'secondary', reviewed: R } as const;
const S_MULTILAW = { title: 'Multilaw Data Protection Laws Guide: Luxembourg', url: 'https://www.multilaw.com/Multilaw/Data_Protection_Laws_Guide/DataProtection_Guide_Luxembourg.aspx', kind: 'secondary', reviewed: R } as const;
const S_SENT_ES = {
  title: 'Sent: How to Send SMS in Luxembourg (GDPR compliance guide)',
  url: 'https://sent.dm/es/resources/sms-compliance/luxembourg-sms-guide',
  kind: 'secondary', reviewed: R,
} as const;

export const LU: CountryRules = /* @__PURE__ */ region({
  country: 'LU',
  name: 'Luxembourg',
  reviewed: R,
  timeZones: ['Europe/Luxembourg'],
  languages: ['lb', 'fr', 'de'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SENT] },
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_SENT], note: 'sent.dm lists no two-way SMS through standard providers.' },
    },
    'international-long-code': { supported: { value: true, sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_LEX_2011, S_SENT],
      note: 'Since 2011 the 2005 law requires prior consent for SMS; the e-Commerce Act has an existing-client exception, but no source applies it to SMS.',
    },
    laws: {
      value: ['Amended law of 30 May 2005 on the protection of privacy in the electronic communications sector', 'Luxembourg e-Commerce Act, article 48'],
      sources: [S_LEX_2011, S_MULTILAW, S_LEX_ADS],
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_LEX_ADS] },
  },
  dataProtection: { value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)', 'Law of 1 August 2018 on the CNPD and the general data protection regime'], sources: [S_MULTILAW, S_SENT_ES] },
});
