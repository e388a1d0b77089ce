import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Monaco. The AWS Europe table and a Twilio Monaco SMS page could not be
// reached in the search index. SureSMS and sent.dm pages read 2026-11-23.
// Sender rows re-read 2026-12-06: Twilio's Monaco page read in a word-for-word copy that
// names its address (GitHub nevetsagetro/OKR-warranted, data/raw/monaco_mc.md); the search of
// 2026-11-23 found no stored twilio.com page for Monaco (not re-searched today), so the copy stands
// for the page (policy section 5). Its operator row decides over SureSMS and sent.dm.
const R = '2026-11-23' as const;
const S_SURE = { title: 'SureSMS: SMS rules for Monaco', url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/monaco/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Monaco SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/monaco-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Monaco (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mc/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Monaco, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mc/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MC: CountryRules = /* @__PURE__ */ region({
  country: 'MC',
  name: 'Monaco',
  reviewed: R,
  timeZones: ['Europe/Monaco'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW, S_SURE, S_SENT], note: 'Twilio marks unregistered names as supported by the operators and kept unchanged.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW], note: 'Twilio: the operators do not require pre-registration; names work without it.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators (it does not sell them itself).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only sent.dm speaks (no two-way SMS through major providers); Twilio also offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_SENT, S_SURE],
        note: 'Twilio marks international numbers as supported by the operators and kept unchanged, and decides; sent.dm agrees. SureSMS (a smaller provider, lower in the hierarchy) says numeric senders work only for two-way services.',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators (it does not sell them itself).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_SURE, S_SENT] },
  },
  content: {
    value: [
      { id: 'content.mc.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content (SureSMS); sent.dm says it needs special authorisation.', sources: [S_SURE, S_SENT] },
      { id: 'content.mc.political', topic: 'political', restriction: 'prohibited', text: 'SureSMS does not allow political content.', sources: [S_SURE] },
      { id: 'content.mc.religious', topic: 'religious', restriction: 'prohibited', text: 'SureSMS does not allow religious content.', sources: [S_SURE] },
    ],
    sources: [S_SURE, S_SENT],
  },
  obligations: [
    {
      id: 'identification.mc.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Use a brand or company name as sender ID; generic IDs such as INFO or SMS are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_SURE],
    },
  ],
});
