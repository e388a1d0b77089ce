import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Thailand. Re-audited 2026-12-06: Twilio's guideline page, Twilio's sender-ID
// registration article, the AWS registration-forms list and a law-firm summary of
// the direct-marketing and data-protection laws. No Vonage country page for
// Thailand was in the store, and the AWS Asia row could not be read.
// A further reading (same day): Twilio's page was first read in a compiled copy
// (nevetsagetro/OKR-warranted, data/raw/thailand_th.md) that names its address.
// The stored twilio.com page (www.twilio.com/guidelines/th/sms, no date) is another,
// older version: its compliance text and alphanumeric table differ from the copy's.
// So the copy does not stand for the page and is cited as secondary; the stored page
// is cited as Twilio's own page. The Bird section of the same copy is secondary.
const R = '2026-12-06' as const;
/** A newer version of Twilio's page, read only in a compiled copy that differs from the stored page: secondary. */
const S_TW = { title: 'Twilio SMS Guidelines: Thailand, newer version (read in a compiled copy)', url: 'https://www.twilio.com/en-us/guidelines/th/sms', kind: 'secondary', reviewed: R } as const;
/** Twilio's page as stored on twilio.com: an older version than the compiled copy, no date shown. */
const S_TW_PAGE = { title: 'Twilio SMS Guidelines: Thailand (stored page, older version)', url: 'https://www.twilio.com/guidelines/th/sms', kind: 'provider', reviewed: R } as const;
/** The stored page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TW_PAGE_OFFER = { title: 'Twilio SMS Guidelines: Thailand (stored page, older version, "Twilio supported" row)', url: 'https://www.twilio.com/guidelines/th/sms', kind: 'provider', reviewed: R } as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information, Thailand section (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_CS = { title: 'ClickSend Help: Thailand +66', url: 'https://help.clicksend.com/article/h2ppch2e38-thailand', kind: 'provider', reviewed: R } as const;
const S_TW_REG = {
  title: 'Twilio: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Thailand',
  url: 'https://support.twilio.com/hc/en-us/articles/5142014273307-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Thailand',
  kind: 'provider', reviewed: R,
} as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms (Thailand sender ID registration)', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: R } as const;
const S_FOSR = { title: 'FOSR Law: E-commerce Law: Thailand, 2 of 3 (SMS/MMS marketing), May 2023', url: 'https://fosrlaw.com/e-commerce-law-thailand-2-of-3-part-series/', kind: 'secondary', reviewed: R } as const;
const S_PDPA = { title: 'Personal Data Protection Act B.E. 2562 (2019)', kind: 'law', reviewed: R } as const;
const S_DMA = { title: 'Direct Sale and Direct Marketing Act B.E. 2545 (2002)', kind: 'law', reviewed: R } as const;
const S_CCA = { title: 'Computer-Related Crime Act B.E. 2550 (2007), as amended by Act (No. 2) B.E. 2560 (2017), Section 11', kind: 'law', reviewed: R } as const;
const S_SMS2PRO = { title: 'SMS2PRO: Is SMS marketing illegal? (quotes Section 11 of the Computer-Related Crime Act as amended in 2017, in Thai)', url: 'https://sms2pro.com/do-smsmarketing/', kind: 'provider', reviewed: R } as const;

export const TH: CountryRules = /* @__PURE__ */ region({
  country: 'TH',
  name: 'Thailand',
  reviewed: R,
  timeZones: ['Asia/Bangkok'],
  languages: ['th'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW_PAGE, S_TW],
        note: 'Twilio\'s stored page (operator row) marks unregistered names as not supported. Its newer version, read only in a compiled copy (secondary), adds that operators block unregistered sender IDs completely since 6 October 2025.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_PAGE_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW_PAGE, S_TW_REG] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_PAGE_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_REG] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW_PAGE, S_TW_REG, S_AWS_REG, S_TW],
        note: 'Required on Twilio\'s stored page and registration article and in AWS\'s forms. Twilio\'s newer page, read only in a compiled copy (secondary), adds that one registration covers domestic and international traffic.',
      },
      programme: 'th.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_TW_PAGE], note: 'Twilio: about 2 weeks.' },
      senderIdPreserved: { value: true, sources: [S_TW_PAGE] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW_PAGE, S_TW], note: 'Twilio\'s stored page (operator row) marks domestic long codes as supported; its newer version, read only in a compiled copy, adds that every URL in A2P messages must be registered with the NBTC.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_PAGE_OFFER] }],
      twoWay: {
        value: 'unknown',
        sources: [S_TW_PAGE],
        note: 'Twilio offers no two-way SMS here, which says what Twilio sells; no page read says whether operators let replies reach a local number used for A2P.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW_PAGE, S_TW],
        note: 'Twilio\'s stored page (operator row) marks international numbers as not supported, and says AIS blocks SMS from non-Thai numbers unless the subscriber turns this off (*137). The same page\'s "Twilio supported" row sells them, delivered on a best-effort basis with the number overwritten: Twilio\'s product, not operator acceptance. The newer version, read only in a compiled copy, also marks them not supported.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_PAGE_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW_PAGE, S_TW], note: 'Twilio\'s stored page (operator row) marks short codes as not supported, as does its newer version read in a compiled copy. Infobip\'s country section, seen only in the same compiled copy (secondary), mentions two-way short codes on AIS; a secondary copy does not override the provider page.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_PAGE_OFFER] }],
    },
  },
  consent: {
    marketing: {
      value: 'unknown',
      sources: [S_TW, S_FOSR],
      note: 'No SMS-specific consent rule was read in a law or regulator text. Twilio\'s newer page (read in a compiled copy) advises opt-in only as good practice; a law-firm summary names the Direct Sale and Direct Marketing Act and the Personal Data Protection Act as the governing laws.',
    },
    laws: {
      value: [
        'Direct Sale and Direct Marketing Act B.E. 2545 (2002)',
        'Consumer Protection Act B.E. 2522 (1979)',
        'Personal Data Protection Act B.E. 2562 (2019)',
        'Computer-Related Crime Act B.E. 2550 (2007), as amended in B.E. 2560 (2017), Section 11',
      ],
      sources: [S_FOSR, S_DMA, S_PDPA, S_CCA, S_SMS2PRO],
      note: 'The first three are named in a law-firm summary (secondary); Section 11 of the Computer-Related Crime Act is quoted by a Thai SMS provider. The texts were not read on an official site.',
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [S_CCA, S_SMS2PRO],
      note: 'Section 11 of the Computer-Related Crime Act (as amended in 2017) fines sending messages that annoy the recipient without giving an easy way to refuse or unsubscribe (up to 200,000 baht), as quoted by a Thai SMS provider.',
    },
  },
  registrations: [
    {
      id: 'th.sender-id',
      name: 'Sender ID registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending, with letters of authorisation and the sender-ID form, and register every full-length URL the messages will carry (NBTC rule); unregistered IDs are blocked since 6 October 2025. Operators may deactivate IDs left unused for a long time.',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW_PAGE, S_TW_REG, S_AWS_REG, S_TW],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.th.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Bangkok' },
        text: 'No marketing or promotional SMS between 21:00 and 09:00.',
        sources: [S_TW, S_BIRD],
      },
    ],
    sources: [S_TW, S_BIRD],
    note: 'Only secondary sources state the window: Twilio\'s newer page and Bird\'s country section, both read only in a compiled copy, give the 21:00-09:00 ban as a rule. Twilio\'s stored page does not mention it, and no law, regulator notice or provider page read on its own site speaks, so the secondary copies fill the fact.',
  },
  content: {
    value: [
      { id: 'content.th.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'No shortened URLs; they cannot be registered.', sources: [S_CS, S_TW] },
      {
        id: 'content.th.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Register every full-length URL with the sender ID first (NBTC rule); links must lead to a verified, non-interactive, lawful page, and banks and financial services should send none.',
        sources: [S_TW_REG, S_CS, S_TW],
      },
      {
        id: 'content.th.loans',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No money-lending or loan content; registering loan senders needs a Bank of Thailand licence.',
        sources: [S_TW_PAGE, S_TW],
      },
      { id: 'content.th.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.th.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW_PAGE, S_TW] },
      { id: 'content.th.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW_PAGE, S_TW] },
      { id: 'content.th.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW_PAGE, S_TW] },
      { id: 'content.th.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW_PAGE, S_TW] },
      { id: 'content.th.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.th.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.th.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_TW] },
    ],
    sources: [S_TW_PAGE, S_TW, S_CS],
  },
  obligations: [
    {
      id: 'opt-out.th.easy-refusal',
      category: 'opt-out',
      level: 'required',
      text: 'Give recipients of marketing SMS an easy way to refuse further messages or unsubscribe; sending annoying messages without one is an offence under Section 11 of the Computer-Related Crime Act (fine up to 200,000 baht).',
      useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [S_CCA, S_SMS2PRO],
    },
  ],
  dataProtection: {
    value: ['Personal Data Protection Act B.E. 2562 (2019)'],
    sources: [S_PDPA, S_FOSR],
  },
});
