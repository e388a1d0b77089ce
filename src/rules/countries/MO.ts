import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Macao SAR China. SureSMS country rules and the third-party Sent guide read
// 2026-11-23. No Twilio Macao page was reachable and the AWS Asia row for Macao
// could not be read.
// Sender rows re-read 2026-12-06: Twilio's Macao page read in a word-for-word copy that
// names its address (GitHub nevetsagetro/OKR-warranted, data/raw/macao_mo.md); the search of
// 2026-11-23 found no stored twilio.com page for Macao (not re-searched today), so the copy stands
// for the page (policy section 5).
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Macau', url: 'https://suresms.com/en/landing-control/macao/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Macao SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/macao-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Macao (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mo/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Macao, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mo/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MO: CountryRules = /* @__PURE__ */ region({
  country: 'MO',
  name: 'Macao SAR China',
  reviewed: R,
  timeZones: ['Asia/Macau'],
  languages: ['zh', 'pt'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_SURE],
        note: 'Twilio marks unregistered names as supported by the operators and kept unchanged, and decides. SureSMS (a smaller provider, lower in the hierarchy) says CTM and Hutchison accept names and China Telecom replaces every sender with a generic one.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'Kept on CTM and Hutchison, replaced on China Telecom.' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic long codes as not supported by the operators.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. (Sent, secondary, says two-way SMS is not offered.)', sources: [S_SENT] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW, S_SURE], note: 'Twilio marks international numbers as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_SURE], note: 'Kept on CTM and Hutchison, replaced on China Telecom.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators (it does not sell them itself).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE] },
  },
  content: {
    value: [
      { id: 'content.mo.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_SURE] },
      { id: 'content.mo.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.mo.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
      { id: 'content.mo.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_SURE] },
      { id: 'content.mo.unsolicited', topic: 'other', restriction: 'prohibited', text: 'No unsolicited advertising.', sources: [S_SURE] },
    ],
    sources: [S_SURE],
  },
  obligations: [
    {
      id: 'identification.mo.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender names such as INFO, SMS or NOTICE; person-to-person traffic is also barred.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
