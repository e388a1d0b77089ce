import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Vietnam. Re-audited 2026-12-06: the Twilio page (compliance text on sender
// IDs and two-way read on the page; its sender tables and the rest of its
// compliance text, and the Bird and Infobip Vietnam sections, read only in a
// stored compiled copy, so cited as secondary), AWS registration forms, and
// Decree 91/2020/ND-CP on spam messages. The Decree's official text was not
// reachable: its Article 13 duties for advertisers were read as reproduced
// (nearly word for word, naming the Decree) in a Vietnamese provider's terms
// page; Article 16 (how refusals work) was not read. The AWS Asia row for
// Vietnam could not be read. Re-read the same day: the compiled copy of the
// Twilio page does not match the stored page where both can be read (the
// stored compliance text is an older version, without the 2024 brand-name
// rule or the 2025-08-25 blocking date), so it cannot stand for the page and
// stays secondary; no Infobip, Bird, AWS or other primary page giving the
// registration lead time or sender-name display was found.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Vietnam', url: 'https://www.twilio.com/en-us/guidelines/vn/sms', kind: 'provider', reviewed: R } as const;
const S_TW_TABLE = { title: 'Twilio SMS Guidelines: Vietnam, compliance text and sender tables (operator and Twilio rows), read in a stored compiled copy', url: 'https://www.twilio.com/en-us/guidelines/vn/sms', kind: 'secondary', reviewed: R } as const;
const S_INFOBIP = { title: 'Infobip: International SMS coverage and connectivity, Vietnam section, read in a stored compiled copy', url: 'https://www.infobip.com/docs/sms/international-sms-coverage-and-connectivity', kind: 'secondary', reviewed: R } as const;
const S_BIRD = { title: 'Bird: SMS country information, Vietnam section, read in a stored compiled copy', url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choosing-the-right-senders', kind: 'secondary', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: OLD } as const;
const S_DECREE91 = {
  title: 'Decree 91/2020/ND-CP on fighting spam messages, spam emails and spam calls, Article 13 (duties of advertisers), read as reproduced in a provider\'s terms',
  url: 'https://vanban.chinhphu.vn/default.aspx?docid=200773&pageid=27160',
  kind: 'law', published: '2020-08-14', reviewed: R,
} as const;

const ADS = ['marketing', 'mixed'] as const;

export const VN: CountryRules = /* @__PURE__ */ region({
  country: 'VN',
  name: 'Vietnam',
  reviewed: R,
  timeZones: ['Asia/Ho_Chi_Minh'],
  languages: ['vi'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_TW_TABLE, S_INFOBIP],
        note: 'Operators require sender names to be registered (Twilio, Infobip); unregistered names are fully blocked since 2025-08-25 (Twilio).',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_TW_TABLE, S_INFOBIP, S_BIRD] },
      registration: { value: 'required', sources: [S_TW, S_TW_TABLE, S_INFOBIP, S_AWS_REG] },
      programme: 'vn.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 7, maxDays: 35 },
        sources: [S_INFOBIP, S_TW_TABLE],
        note: 'Infobip gives 7 to 17 days, Twilio about 5 weeks. Both read only in copies (secondary); no primary page gives a lead time, so they fill the fact because nothing better speaks.',
      },
      senderIdPreserved: {
        value: true,
        sources: [S_TW_TABLE],
        note: 'Only Twilio\'s sender table says registered names are preserved, read in a copy (secondary); no primary page speaks, so it fills the fact.',
      },
      restrictedUseCases: {
        value: ['marketing'],
        sources: [S_INFOBIP, S_TW_TABLE],
        note: 'Infobip: operators take no international promotional traffic; local brands may advertise under extra rules (Decree 91 lets registered brand names advertise with consent). Both sources read only in copies (secondary) and nothing better speaks; Twilio\'s own page (stored) says only that Twilio carries no promotional traffic to Vietnam, which describes its product.',
      },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_TW_TABLE, S_INFOBIP, S_DECREE91],
        note: 'Operators overwrite numeric senders (Twilio) and accept only sender names (Infobip); the Decree forbids advertising from phone numbers.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_TW_TABLE, S_INFOBIP],
        note: 'Operators overwrite numeric senders with generic names, and unregistered senders are blocked since 2025-08-25 (Twilio); Infobip says numeric senders are not supported.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW, S_TW_TABLE] },
      ],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        note: 'Twilio marks short codes as not supported by operators and Bird sells none; Infobip offers a shared short code for two-way traffic (keyword registration, no local entity needed). All three read only in copies (secondary; the Twilio copy does not match the stored page), they disagree, and no primary page was found, so the cell stays unknown.',
        sources: [S_TW_TABLE, S_BIRD, S_INFOBIP],
      },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_DECREE91, S_INFOBIP],
      note: 'Advertising SMS only to users who agreed beforehand: by replying to a single first registration message, a signed or online form, a call or SMS to the advertiser, or registration software. A user who refuses or does not answer the registration message may not be messaged again.',
    },
    laws: {
      value: ['Decree 91/2020/ND-CP on fighting spam messages, spam emails and spam calls'],
      sources: [S_DECREE91],
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [S_INFOBIP, S_DECREE91],
      note: 'Infobip says promotional traffic must carry an opt-out; the Decree makes advertisers provide an easy way to refuse (its Article 16, on how, was not read).',
    },
    deadline: { value: 'Stop advertising to a user immediately after receiving the refusal.', sources: [S_DECREE91] },
  },
  registrations: [
    {
      id: 'vn.sender-id',
      name: 'Sender ID and message template registration with the operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID and message templates before sending; supply the business registration certificate and proof of the right to the brand. Unregistered IDs are blocked.',
      leadTime: { minDays: 7, maxDays: 35 },
      sources: [S_TW, S_TW_TABLE, S_INFOBIP, S_AWS_REG],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.vn.marketing',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '07:00', end: '22:00' }],
        publicHolidays: 'not-covered',
        timeBasis: { zone: 'Asia/Ho_Chi_Minh' },
        text: 'Send advertising SMS only between 07:00 and 22:00, unless the user agreed to other times (Decree 91/2020, Art. 13).',
        sources: [S_DECREE91],
      },
    ],
    sources: [S_DECREE91, S_TW_TABLE, S_INFOBIP],
    note: 'The Decree sets 07:00 to 22:00. Twilio forbids marketing from 20:00 to 08:00 on its route, and Infobip mentions an evening restriction for local promotions; both are narrower provider windows.',
  },
  content: {
    value: [
      { id: 'content.vn.crypto', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No virtual-currency or money-lending content.', sources: [S_TW, S_TW_TABLE] },
      {
        id: 'content.vn.finance-licence',
        topic: 'other',
        restriction: 'restricted',
        text: 'Finance-related content needs a State Bank of Vietnam licence.',
        sources: [S_TW, S_INFOBIP],
      },
      { id: 'content.vn.links', topic: 'other', restriction: 'prohibited', text: 'No URLs, WhatsApp/LINE chat links or phone numbers in the body.', sources: [S_TW_TABLE] },
      { id: 'content.vn.charity', topic: 'other', restriction: 'prohibited', useCases: ['charity'], text: 'No charity content.', sources: [S_TW_TABLE] },
      { id: 'content.vn.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.vn.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or gaming content.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.vn.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.vn.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.vn.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.vn.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.vn.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      { id: 'content.vn.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol or beer content.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.vn.tobacco', topic: 'tobacco', restriction: 'prohibited', text: 'No tobacco content.', sources: [S_INFOBIP] },
    ],
    sources: [S_TW, S_TW_TABLE, S_INFOBIP],
  },
  obligations: [
    {
      id: 'identification.vn.brand-in-body',
      category: 'identification',
      level: 'required',
      text: 'Put the brand or app name, matching the sender ID, in the message body (e.g. "[Brand] ...").',
      check: { kind: 'sender-name' },
      sources: [S_TW_TABLE],
      effectiveFrom: '2024-08-12',
    },
    {
      id: 'registration.vn.brandname-for-ads',
      category: 'registration',
      level: 'required',
      text: 'Send advertising SMS only from an assigned sender name (brandname), never from a phone number.',
      useCases: [...ADS],
      senderTypes: ['local-long-code', 'international-long-code', 'short-code', 'toll-free'],
      sources: [S_DECREE91],
    },
    {
      id: 'consent.vn.do-not-call-list',
      category: 'consent',
      level: 'required',
      text: 'Check the national Do Not Call list (Danh sách không quảng cáo) and never send advertising, or the registration message, to numbers on it.',
      useCases: [...ADS],
      sources: [S_DECREE91, S_INFOBIP],
    },
    {
      id: 'frequency.vn.advertising',
      category: 'quiet-hours',
      level: 'required',
      text: 'Send no more than 3 advertising SMS to the same number within 24 hours, unless the user agreed otherwise.',
      useCases: [...ADS],
      sources: [S_DECREE91],
    },
    {
      id: 'record-keeping.vn.consent',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep records of advertising sign-ups, refusals and refusal confirmations for at least 1 year, and let users look up their sign-ups and refusals.',
      useCases: [...ADS],
      sources: [S_DECREE91],
    },
    {
      id: 'opt-out.vn.stop-on-refusal',
      category: 'opt-out',
      level: 'required',
      text: 'Give users an easy way to refuse advertising and stop at once when they do.',
      useCases: [...ADS],
      check: { kind: 'opt-out' },
      sources: [S_DECREE91, S_INFOBIP],
    },
  ],
});
