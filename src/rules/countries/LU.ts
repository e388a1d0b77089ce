import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Luxembourg. The AWS Europe table and the Twilio Luxembourg SMS page could not
// be reached in the search index. Lexology, Multilaw and sent.dm pages read 2026-11-23.
// Sender rows re-read 2026-12-06: Twilio's Luxembourg page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/luxembourg_lu.md); the search
// of 2026-11-23 found no stored twilio.com page for Luxembourg (not re-searched today), so the
// copy stands for the page (policy section 5).
// Its operator row speaks only to international numbers (supported); the other rows are blank.
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

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Luxembourg (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lu/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Luxembourg, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lu/sms',
  kind: 'provider', reviewed: R2,
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
      supported: { value: true, sources: [S_SENT], note: 'Secondary fill: Twilio\'s operator row is blank for sender names (it sells them); only sent.dm speaks.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for domestic numbers; only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only sent.dm speaks (no two-way SMS through standard providers); Twilio also offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for short codes; only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
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
