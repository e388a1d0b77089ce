import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Senegal. s.dm guide and Clickatell country page read 2026-11-23.
// No Twilio sender table found; not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Senegal SMS Guide', url: 'https://www.s.dm/resources/senegal-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_CLICKATELL = {
  title: 'Clickatell: Senegal SMS messaging regulations and restrictions',
  url: 'https://www.clickatell.com/faqs/answer/senegal-sms-messaging-regulations-and-restrictions/',
  kind: 'provider', reviewed: R,
} as const;

// Sender rows re-read 2026-12-06 from Twilio's Senegal SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/senegal_sn.md); no
// stored twilio.com page for Senegal was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Senegal, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sn/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Senegal, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sn/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SN: CountryRules = /* @__PURE__ */ region({
  country: 'SN',
  name: 'Senegal',
  reviewed: R,
  timeZones: ['Africa/Dakar'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_SDM] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_SDM, S_CLICKATELL], note: 'Twilio, the only major-provider page, marks pre-registration as not required by the operators, and decides; s.dm (secondary) agrees. Clickatell (a smaller provider) says registration may be required.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SDM] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks pre-registration as not required by the operators: any name is accepted without it.' },
      registration: { value: 'none', sources: [S_TW4] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio leaves the operator cell blank (and sells none); s.dm (secondary) says only international long codes are available, which does not establish what the operators accept.', sources: [S_TW4, S_SDM] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: false, sources: [S_SDM], note: 'Only s.dm (secondary) speaks to it: it says the operators do not support two-way SMS.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW4, S_SDM], note: 'Twilio marks international long codes as supported by the operators, except that Orange and Expresso (Sudatel) do not deliver numeric senders.' },
      restriction: { networks: ['Orange', 'Expresso'], text: 'Orange and Expresso (Sudatel) do not deliver messages from numeric senders; use an alphanumeric name for those networks.', sources: [S_TW4] },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW4_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_SDM], note: 'Carriers may change it.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks short codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_CLICKATELL, S_SDM] } },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.sn.political',
        level: 'required',
        useCases: ['political'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Dakar' },
        text: 'Send political messages only between 08:00 and 18:00 (Clickatell).',
        sources: [S_CLICKATELL],
      },
    ],
    sources: [S_CLICKATELL, S_SDM],
  },
  content: {
    value: [
      { id: 'content.sn.political', topic: 'political', restriction: 'restricted', text: 'No unsolicited political messages; political messages only from 08:00 to 18:00.', sources: [S_CLICKATELL] },
      { id: 'content.sn.sex', topic: 'sex', restriction: 'prohibited', text: 'No pornographic content.', sources: [S_CLICKATELL] },
      { id: 'content.sn.hate', topic: 'hate', restriction: 'prohibited', text: 'No defamatory, insulting or racist content, nothing against human dignity or minors.', sources: [S_CLICKATELL] },
      { id: 'content.sn.drugs', topic: 'drugs', restriction: 'prohibited', text: 'Nothing inciting violence or the use of banned substances.', sources: [S_CLICKATELL] },
      { id: 'content.sn.illegal', topic: 'other', restriction: 'prohibited', text: 'No promotion of illegal products or services.', sources: [S_CLICKATELL] },
    ],
    sources: [S_CLICKATELL],
  },
});
