import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Zimbabwe. Read 2026-11-23: Twilio locale summary (its sender table could not
// be reached), goUrban (relaying Twilio), G. Dzitiro Attorneys. The AWS Africa
// row for Zimbabwe could not be read.
// Sender rows re-read 2026-12-06 from Twilio's Zimbabwe guideline page, read in a verbatim copy
// (nevetsagetro/OKR-warranted, data/raw/zimbabwe_zw.md, which names the page). Its locale summary and
// compliance text match the stored twilio.com page, so the copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Zimbabwe (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/zw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWC_OFFER = {
  title: 'Twilio SMS Guidelines: Zimbabwe, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/zw/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_TW = { title: 'Twilio SMS Guidelines: Zimbabwe', url: 'https://www.twilio.com/en/guidelines/zw/sms', kind: 'provider', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_GDA = { title: 'G. Dzitiro Attorneys: Data privacy articles (Cyber and Data Protection Act)', url: 'https://gda.vectorground.net/category/data-privacy/feed/', kind: 'secondary', reviewed: R } as const;

export const ZW: CountryRules = /* @__PURE__ */ region({
  country: 'ZW',
  name: 'Zimbabwe',
  reviewed: R,
  timeZones: ['Africa/Harare'],
  languages: ['en', 'sn', 'nd'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks unregistered names as not supported (sender ID and content registration is required)." },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWC_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC], note: "Twilio's operator row marks registered names as required; Twilio recommends names on every network. Its page is split on whether Twilio itself registers them (the table points to its console, the compliance text says not yet), so no Twilio offer is recorded." },
      registration: { value: 'required', sources: [S_TWC, S_GOURBAN] },
      programme: 'zw.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks domestic long codes as not supported." },
      twoWay: { value: false, sources: [S_TWC], note: 'Follows from not supported; Twilio also offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TWC], note: "Twilio's operator row marks international long codes as supported, but Telecel Zimbabwe refuses numeric senders." },
      restriction: {
        networks: ['Telecel Zimbabwe'],
        text: 'Telecel Zimbabwe does not take numeric senders (and only OTP-type traffic); messages to its subscribers from a number fail. Twilio advises a registered name instead.',
        sources: [S_TWC],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TWC_OFFER] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: "Twilio's operator row marks short codes as not supported." } },
  },
  registrations: [
    {
      id: 'zw.sender-id',
      name: 'Sender ID and content registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID and the message content before sending; Twilio does not offer this registration yet.',
      sources: [S_TW, S_GOURBAN],
    },
  ],
  content: {
    value: [
      {
        id: 'content.zw.telecel-otp-only',
        topic: 'other',
        restriction: 'restricted',
        text: 'Telecel Zimbabwe accepts only OTT/OTP (one-time passcode) traffic.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
  dataProtection: {
    value: ['Cyber and Data Protection Act [Chapter 12:07]', 'Cyber and Data Protection Regulations (SI 155 of 2024)'],
    sources: [S_GDA],
  },
  obligations: [
    {
      id: 'identification.zw.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic alphanumeric sender IDs.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW],
    },
  ],
});
