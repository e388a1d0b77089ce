import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ireland. The AWS Europe table and the Twilio Ireland SMS page could not be
// reached in the search index. Data Protection Commission, Phonovation,
// 4notify, Irish Statute Book and sent.dm pages read 2026-11-23.
// Time zones copied from the group file (libphonenumber); note that they do
// not include Europe/Dublin.
const R = '2026-11-23' as const;
const S_DPC = {
  title: 'Data Protection Commission: What rules apply to electronic direct marketing?',
  url: 'https://dataprotection.ie/en/faqs/direct-marketing/what-rules-apply-electronic-direct-marketing',
  kind: 'regulator', reviewed: R,
} as const;
// The statute text read was on an http-only mirror, so no url is given.
const S_SI = { title: 'S.I. No. 336 of 2011: Privacy and Electronic Communications Regulations 2011', kind: 'law', reviewed: R } as const;
const S_PHONO = { title: 'Phonovation Developers: Compliance', url: 'https://developers.phonovation.com/guides/compliance', kind: 'provider', reviewed: R } as const;
const S_4N_SID = {
  title: '4notify: ComReg numbering plan, alphanumeric sender ID and CLI verification (Ireland)',
  url: 'https://4notify.net/ie/en/annals/comreg-numbering-sender-id',
  kind: 'provider', reviewed: R,
} as const;
const S_4N_DPC = {
  title: '4notify: Data Protection Commission, GDPR and ePrivacy consent (Ireland)',
  url: 'https://4notify.net/ie/en/annals/dpc-gdpr-consent',
  kind: 'provider', reviewed: R,
} as const;
const S_VFBULK = {
  title: 'Vodafone Bulk SMS (Ireland) Developers: Compliance',
  url: 'https://developers.vfbulk.ie/guides/compliance',
  kind: 'provider', reviewed: '2026-12-06',
} as const;
const S_SENT = { title: 'Sent: Ireland SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/ie_sms_guidance', kind: 'secondary', reviewed: R } as const;
// Sender rows re-read 2026-12-06 against Twilio's guideline page for Ireland, in a
// word-for-word copy that names the page (GitHub nevetsagetro/OKR-warranted,
// data/raw/ireland_ie.md; it mentions changes of July 2025). No stored twilio.com page for
// Ireland was found, so the copy stands for Twilio's page (policy section 5). The Bird and
// Infobip sections of that file do not name their pages.
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ireland (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ie/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Ireland, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ie/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const IE: CountryRules = /* @__PURE__ */ region({
  country: 'IE',
  name: 'Ireland',
  reviewed: R,
  timeZones: ['Europe/Dublin'],
  languages: ['ga', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_PHONO, S_4N_SID], note: 'Twilio marks unregistered names as not supported by the operators; Phonovation and 4notify say every sender name must be registered under ComReg rules. Twilio still carries unregistered names but since July 2025 they arrive shown as "Likely Scam", and blocking is announced (its offer).' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_PHONO, S_4N_SID] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_PHONO, S_4N_SID], note: 'Twilio: the operators require pre-registration, for domestic and international traffic alike.' },
      programme: 'ie.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 14 }, sources: [S_4N_SID], note: '4notify gives 5 to 10 working days.' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators; Twilio itself does not sell them (its offer).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_SENT], note: 'Only Sent\'s guide (secondary) speaks about the operators; it fills the value. Twilio\'s page says Twilio offers two-way SMS in Ireland, not on which numbers.' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators, except on Eir (Meteor) and Three.' },
      restriction: { networks: ['Eir (Meteor)', 'Three Ireland'], text: 'Eir (Meteor) and Three do not accept international numbers: delivery there is best effort and the number is replaced with a sender name, so replies cannot come back.', sources: [S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page found, marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'ie.sender-id',
      name: 'ComReg alphanumeric sender ID registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each alphanumeric sender ID through your provider with the operators under ComReg rules, for transactional as well as marketing traffic; expect to show the trade mark or company name and a sample message.',
      leadTime: { minDays: 7, maxDays: 14 },
      sources: [S_PHONO, S_4N_SID],
    },
  ],
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_4N_DPC, S_PHONO],
      note: 'Consent is the rule; 4notify notes the existing-customer soft opt-in for similar products.',
    },
    laws: {
      value: ['European Communities (Electronic Communications Networks and Services) (Privacy and Electronic Communications) Regulations 2011 (S.I. No. 336 of 2011)'],
      sources: [S_DPC, S_SI],
    },
  },
  optOut: {
    keywords: {
      value: ['STOP', 'OPTOUT'],
      sources: [S_PHONO, S_VFBULK],
      note: 'Re-checked 2026-12-06. Phonovation and Vodafone\'s bulk SMS service (same guide) give STOP or OPTOUT to the short code 50123 as the usual opt-out for marketing to Irish numbers. No source names opt-in or help keywords for Ireland.',
    },
    marketingInstructions: { value: 'required', sources: [S_PHONO] },
    transactionalInstructions: { value: 'recommended', sources: [S_PHONO] },
  },
  dataProtection: {
    value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)', 'Data Protection Act 2018'],
    sources: [S_DPC],
  },
  obligations: [
    {
      id: 'record-keeping.ie.consent-records',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep records of marketing consent.',
      useCases: ['marketing', 'mixed'],
      sources: [S_PHONO],
    },
  ],
});
