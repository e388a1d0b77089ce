import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Mongolia. Only the third-party Sent guide was found (read 2026-11-23); only
// its conservative statements are used. No Twilio Mongolia page was reachable
// and the AWS Asia row for Mongolia could not be read.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
// Sender rows re-read 2026-12-06: Twilio's Mongolia page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/mongolia_mn.md); the search
// of 2026-11-23 found no stored twilio.com page for Mongolia (not re-searched today), so the copy
// stands for the page (policy section 5). Its operator row is blank for domestic numbers.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Mongolia SMS Best Practices, Compliance, and Features', url: 'https://www.sent.dm/resources/mn-sms-guidance', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Mongolia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mn/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Mongolia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mn/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MN: CountryRules = /* @__PURE__ */ region({
  country: 'MN',
  name: 'Mongolia',
  reviewed: R,
  timeZones: ['Asia/Ulaanbaatar', 'Asia/Hovd'],
  languages: ['mn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'Twilio\'s current page marks unregistered names as supported by the operators and kept unchanged; an older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list agree.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio: the operators do not require pre-registration; names work without it. Sent (secondary) agrees names are accepted.' },
      registration: { value: 'none', sources: [S_TW] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for domestic numbers; only a secondary source (Sent) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only Sent speaks (two-way SMS not offered); Twilio also offers none here (its offer).' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators except G-Mobile and Mobicom, which no longer take them.' },
      restriction: {
        networks: ['G-Mobile', 'Mobicom'],
        text: 'G-Mobile and Mobicom no longer accept foreign numbers; use a brand name for their subscribers.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as not supported by the operators; Sent (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
});
