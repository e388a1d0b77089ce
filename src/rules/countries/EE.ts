import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017, S_VONAGE_2024, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Estonia. Only the Sent.dm guide was found (it reads like a restatement of
// Twilio's table). Time zone as given by the group file (libphonenumber);
// Estonia's own IANA zone is Europe/Tallinn. Sent's FAQ re-read for sender IDs.
// Sender-name rows, read 2026-11-23, from an archived AWS SNS table, a 2024 compilation of
// Vonage country pages and a 2017 scrape of Twilio's sender-ID list.
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Estonia SMS guide', url: 'https://www.sent.dm/resources/ee-sms-guidance', kind: 'secondary', reviewed: R } as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/estonia_ee.md, which names the page's address);
// no stored twilio.com page for Estonia was found to compare it with, so the copy stands for
// the page (policy section 5). Its "Twilio supported" row is cited separately as an offer.
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Estonia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ee/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Estonia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ee/sms',
  kind: 'provider', reviewed: T,
} as const;

export const EE: CountryRules = /* @__PURE__ */ region({
  country: 'EE',
  name: 'Estonia',
  reviewed: R,
  timeZones: ['Europe/Tallinn'],
  languages: ['et'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_AWS_SNS_ARCHIVE, S_VONAGE_2024, S_TWILIO_ALPHA_2017],
        note: 'Twilio marks dynamic names as supported by the operators, preserved, with no provisioning time. An older AWS table, a 2024 copy of the Vonage page and a 2017 Twilio list (secondary) agree; none asks for registration.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_VONAGE_2024, S_AWS_SNS_ARCHIVE, S_TWILIO_ALPHA_2017] },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide (secondary) says so, filling a value nothing better speaks to: Twilio's page leaves the pre-registration column empty. It does not say whether registration is needed." },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks domestic numbers as supported by the operators, with no provisioning time.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_TW_OFFER, S_SENT], note: 'Twilio sells two-way SMS here (its offer, which shows replies reach these numbers); Sent (secondary) agrees.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks international numbers as supported by the operators and preserved.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s page says nothing of what the operators accept for short codes, and Twilio does not sell them (its offer). Only a secondary source (sent.dm) says they are not available, which does not establish what the operators accept.', sources: [S_TW_OFFER, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }] },
  },
});
