import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Kenya. Read 2026-11-23: Twilio support article on Kenyan sender ID
// registration, AWS list of registration forms, Telerivet, Uwazii Mobile, SMS
// Leopard, goUrban (relaying Twilio), CIPIT (Strathmore) and Mondaq. The AWS
// Africa row for Kenya could not be read.
// Twilio sender table read from a stored copy of the page.
// Re-audited 2026-12-06: Twilio support article, eSMS Africa, Uwazii (Safaricom),
// Telerivet, CA short-code guidelines and consultation, Data Protection (General)
// Regulations 2021 reg. 15 (PrivacyWatch reproduction). The Twilio sender table and
// the AWS Africa row could not be re-read; facts resting on them keep their first date.
const R0 = '2026-11-23' as const;
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Kenya', url: 'https://www.twilio.com/en-us/guidelines/ke/sms', kind: 'provider', reviewed: R0 } as const;
const S_TW_SUP = {
  title: 'Twilio Support: Documents required to register your Alphanumeric Sender ID in Kenya',
  url: 'https://support.twilio.com/hc/en-us/articles/360039841994-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Kenya',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms (Kenya sender ID registration)', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.md', kind: 'provider', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio sender ID registration countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;
const S_LEOPARD = { title: 'SMS Leopard: Understanding sender IDs, registration and best practices', url: 'https://smsleopard.com/blogs/understanding-sender-ids-registration-and-best-practices', kind: 'provider', reviewed: R0 } as const;
const S_UWAZII_SAF = {
  title: 'Uwazii Mobile: New messaging regulation, Safaricom Kenya (separate transactional and promotional sender IDs)',
  url: 'https://support.uwaziimobile.com/portal/en/kb/articles/new-messaging-regulation-safaricom-kenya',
  kind: 'provider', reviewed: R,
} as const;
const S_ESMS = { title: 'eSMS Africa Docs: Sender IDs overview (country requirements table)', url: 'https://esmsafrica.io/docs/sender-ids/overview/', kind: 'provider', reviewed: R } as const;
const S_4NOTIFY = { title: '4notify: The Communications Authority in practice, sender ID and short codes for A2P SMS into Kenya', url: 'https://4notify.net/ke/en/ca-sender-id-sms-kenya', kind: 'provider', reviewed: R } as const;
const S_CA_SHORT = {
  title: 'Communications Authority of Kenya: Public consultation on the review of the procedures and guidelines for short codes, USSD and premium rate numbers (26 May 2020)',
  url: 'https://www.ca.go.ke/public-consultation-paper-on-review-of-the-procedures-and-guidelines-in-the-management-and-administration-of-telecommunications-numbering-resources-in-kenya/',
  kind: 'regulator', published: '2020-05-26', reviewed: R,
} as const;
const S_CCK_SHORT = {
  title: 'CCK Procedures and Guidelines for the Management of Telecommunications Short Codes and Premium Rate Numbers in Kenya, as listed by the DFS Observatory',
  url: 'https://dfsobservatory.com/content/procedures-and-guidelines-management-telecommunications-short-codes-and-premium-rate-numbers',
  kind: 'secondary', reviewed: R,
} as const;
const S_KAHAWA = {
  title: 'Kahawatungu: Communications Authority draft consumer protection guidelines on promotional messages (22 September 2020)',
  url: 'https://www.kahawatungu.com/communications-authority-bar-operators-promotional-messages/',
  kind: 'secondary', published: '2020-09-22', reviewed: R,
} as const;
const L_GEN_REGS_15 = {
  title: 'Data Protection (General) Regulations, 2021, regulation 15: permitted commercial use of personal data (PrivacyWatch Kenya reproduction)',
  url: 'https://www.privacywatch.co.ke/portal/the-data-protection-regulations-2021/the-data-protection-general-regulations-2021/part-iii-restrictions-on-the-commercial-use-of-personal-data/15-permitted-commercial-use-of-personal-data/',
  kind: 'law', reviewed: R,
} as const;
const L_DPA_37 = { title: 'Data Protection Act, 2019 (No. 24 of 2019), sections 30 and 37: consent and commercial use of personal data', kind: 'law', reviewed: R } as const;
const S_TELERIVET = { title: 'Telerivet blog: Sending SMS in Kenya, sender ID rules and Safaricom approval', url: 'https://www.telerivet.com/blog/kenya-sms-sender-id-compliance-safaricom', kind: 'provider', reviewed: R } as const;
const S_UWAZII = { title: 'Uwazii Mobile: SMS guidelines for transactional and promotional messages', url: 'https://support.uwaziimobile.com/portal/en/kb/articles/sms-guidelines', kind: 'provider', reviewed: R0 } as const;
const S_CIPIT = {
  title: 'CIPIT (Strathmore): Opt-in or opt-out? Consent requirements for direct marketing in Kenya',
  url: 'https://cipit.strathmore.edu/opt-in-or-opt-out-demystifying-proposed-consent-requirements-for-direct-marketing-in-kenya/',
  kind: 'secondary', published: '2021-06-16', reviewed: R,
} as const;
const S_MONDAQ = { title: 'Mondaq: Kenya data privacy comparative guide', url: 'https://www.mondaq.com/privacy/1190020/data-privacy-comparative-guide', kind: 'secondary', reviewed: R0 } as const;

export const KE: CountryRules = /* @__PURE__ */ region({
  country: 'KE',
  name: 'Kenya',
  reviewed: R,
  timeZones: ['Africa/Nairobi'],
  languages: ['en', 'sw'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_LEOPARD, S_TELERIVET, S_ESMS],
        note: 'Twilio\'s operator row (read 2026-11-23): Safaricom, the largest network, refuses unregistered names while the smaller networks deliver them. SMS Leopard, Telerivet and eSMS Africa say the operators accept only approved names. The major provider\'s page decides: accepted, except on Safaricom.',
      },
      restriction: {
        networks: ['Safaricom'],
        text: 'Safaricom, which carries most Kenyan subscribers, blocks unregistered sender names; only the smaller networks deliver them.',
        sources: [S_TW, S_TELERIVET],
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_SUP, S_AWS_REG, S_LEOPARD, S_ESMS, S_TW] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_SUP] },
        { provider: 'aws', offered: true, sources: [S_AWS_REG] },
      ],
      registration: { value: 'required', sources: [S_TELERIVET, S_TW_SUP, S_AWS_REG, S_ESMS, S_GOURBAN, S_TW] },
      programme: 'ke.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 7, maxDays: 28 },
        sources: [S_ESMS, S_TW],
        note: 'eSMS Africa: 7 to 14 days for approval; Twilio (read 2026-11-23): 4 weeks.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: 'unknown',
        sources: [S_TELERIVET, S_UWAZII_SAF, S_UWAZII],
        note: 'Telerivet says names carry transactional traffic only and promotions go out from numeric IDs or short codes; Uwazii says Safaricom wants separate transactional and promotional names (e.g. ABC and ABCInfo). Two vendor pages of the same rank disagree.',
      },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator-capability row (read 2026-11-23; not re-read) marks local numbers as not supported by the operators.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_TW], note: 'Twilio\'s operator-capability row (read 2026-11-23; not re-read).' } },
    'short-code': {
      supported: {
        value: true,
        sources: [S_CA_SHORT, S_CCK_SHORT, S_4NOTIFY, S_TELERIVET],
        note: 'The Communications Authority assigns SMS short codes (through the operators) to licensed content service providers under its short-code and premium-rate guidelines; Telerivet and 4notify describe short codes for bulk and two-way SMS. An earlier read of Twilio\'s table marked them not supported; the regulator outranks it.',
      },
      registration: {
        value: 'required',
        sources: [S_CA_SHORT, S_CCK_SHORT],
        note: 'A short code is assigned to a licensed content service provider; a foreign sender uses one through such a provider.',
      },
      twoWay: { value: true, sources: [S_CCK_SHORT, S_4NOTIFY], note: 'Short codes are used for services users text to (premium and subscription services); 4notify calls them two-way.' },
    },
  },
  registrations: [
    {
      id: 'ke.sender-id',
      name: 'Sender ID registration with each operator',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with each operator through a licensed content service provider, with separate IDs for promotional and transactional traffic. Twilio asks for an authorisation letter (local senders) or a certificate of incorporation (foreign senders).',
      leadTime: { minDays: 28, maxDays: 28 },
      sources: [S_TELERIVET, S_TW_SUP, S_LEOPARD, S_TW],
    },
  ],
  consent: {
    marketing: {
      value: 'express',
      sources: [L_DPA_37, L_GEN_REGS_15, S_CIPIT, S_UWAZII_SAF],
      note: 'The Data Protection Act requires consent given by a clear affirmative act; regulation 15 of the General Regulations 2021 allows direct marketing with the person\'s consent, after telling them marketing is a purpose, and makes commercial use without consent an offence. Uwazii relays Safaricom\'s demand for express consent before promotions.',
    },
    laws: { value: ['Data Protection Act, 2019', 'Data Protection (General) Regulations, 2021'], sources: [L_DPA_37, L_GEN_REGS_15, S_MONDAQ, S_CIPIT] },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [L_GEN_REGS_15, S_UWAZII, S_TELERIVET],
      note: 'Regulation 15(2): a direct marketing message must give particulars to which the recipient can send a free request to stop such messages.',
    },
    transactionalInstructions: { value: 'not-required', sources: [S_UWAZII] },
    wording: {
      value: 'Say how to stop further promotions at no charge to the recipient; on the operators\' promotional routes this is the opt-out code *456*9*5#.',
      sources: [L_GEN_REGS_15, S_UWAZII],
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ke.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Nairobi' },
        text: 'Send promotional SMS only between 08:00 and 18:00 Kenyan time; transactional messages may go at any hour. Telerivet reports Safaricom drops promotions sent after 18:00. This is an operator rule: no law in force sets hours (a 2020 Communications Authority draft proposed 07:00 to 19:00).',
        sources: [S_UWAZII, S_TELERIVET],
      },
    ],
    sources: [S_UWAZII, S_TELERIVET, S_KAHAWA],
    note: 'Operator rule as relayed by vendors; the Communications Authority\'s 2020 draft consumer protection guidelines (reported by Kahawatungu) were not found in force.',
  },
  dataProtection: { value: ['Data Protection Act, 2019', 'Data Protection (General) Regulations, 2021'], sources: [L_DPA_37, L_GEN_REGS_15, S_MONDAQ] },
  obligations: [
    {
      id: 'identification.ke.separate-sender-ids',
      category: 'identification',
      level: 'required',
      text: 'Use separate sender IDs for promotional and transactional traffic; Safaricom deletes a transactional ID used for promotions and fines the sender.',
      sources: [S_UWAZII_SAF, S_TELERIVET, S_UWAZII],
    },
    {
      id: 'consent.ke.direct-marketing-opt-in',
      category: 'consent',
      level: 'required',
      text: 'Send direct marketing only to people who gave clear opt-in consent after being told that marketing is one of the purposes for which their number is used (Data Protection Act 2019; General Regulations 2021, regulation 15).',
      useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
      sources: [L_DPA_37, L_GEN_REGS_15, S_CIPIT],
    },
    {
      id: 'opt-out.ke.free-opt-out',
      category: 'opt-out',
      level: 'required',
      text: 'Give, in every direct marketing message, a way to ask for no further marketing that costs the recipient nothing (General Regulations 2021, regulation 15(2)), and honour every opt-out request.',
      useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [L_GEN_REGS_15, S_UWAZII],
    },
  ],
});
