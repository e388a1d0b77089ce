import { APPLICATION_MEDIATED_P2P } from '../global';
import type { CountryRules } from '../types';

// Japan. Researched 2026-11-23. Sender-type facts come from provider pages
// (Mapp, Telerivet, D7 Networks, Twilio); legal facts from Japanese pages on
// the Act on Regulation of Transmission of Specified Electronic Mail
// (特定電子メール法), which covers SMS sent to telephone numbers.
const REVIEWED = '2026-11-23' as const;

// --- Sources -------------------------------------------------------------
const S_TWILIO_JP = {
  title: 'Twilio SMS Guidelines: Japan (stored copy)',
  url: 'https://www.twilio.com/en-us/guidelines/jp/sms',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for Japan',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-japan.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_JA = {
  title: 'Twilio Help (Japanese): 日本における Twilio SMS 利用ガイダンス',
  url: 'https://support.twilio.com/hc/en-us/articles/360059196573-%E6%97%A5%E6%9C%AC%E3%81%AB%E3%81%8A%E3%81%91%E3%82%8B-Twilio-SMS-%E5%88%A9%E7%94%A8%E3%82%AC%E3%82%A4%E3%83%80%E3%83%B3%E3%82%B9',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MAPP = {
  title: 'Mapp documentation: Japan (updated 2026-01-14)',
  url: 'https://docs.mapp.com/docs/japan.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELERIVET = {
  title: 'Telerivet: Business SMS in Japan – MIC compliance, the URL prohibition',
  url: 'https://www.telerivet.com/blog/japan-sms-compliance-mic-anti-spam',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_D7 = {
  title: 'D7 Networks: SMS in Japan – regulations and best practices',
  url: 'https://d7networks.com/blog/regulations-and-best-practices-for-sending-sms-in-japan/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_RAKUTEN = {
  title: 'Rakuten Symphony CPaaS: 特定電子メール法とSMS',
  url: 'https://symphony.rakuten.com/cpaas/jp/sms/owned-media/specified-mail',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_INST = {
  title: 'INST blog: 特定電子メール法とSMSの関連性について',
  url: 'https://blog.inst-inc.com/27961202',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TSMS_OPTIN = {
  title: 'tsms column: SMSマーケティングを行う場合に必要なオプトインとは? (2021-02-10)',
  url: 'https://info.tsms.jp/columns/20210210-column',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TSMS_LAW = {
  title: 'tsms column: SMSマーケティングと特定電子メール法 (2021-02-09)',
  url: 'https://info.tsms.jp/columns/20210209-column/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SOUMU_ARCHIVE = {
  title: '総務省 国民のためのサイバーセキュリティサイト: 特定電子メールの送信の適正化等に関する法律 (archived summary)',
  url: 'https://kiroku.today/en/latest/www.soumu.go.jp/main_sosiki/cybersecurity/kokumin/basic/legal/08',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_DEKYO_ART4 = {
  title: 'Japan Data Communications Association wiki: 表示義務 (Act Article 4)',
  url: 'https://dsk.or.jp/dskwiki/index.php?%E8%A1%A8%E7%A4%BA%E7%BE%A9%E5%8B%99',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_HOURITSU = {
  title: '法律食: 迷惑メール防止法 – 送信者の表示義務',
  url: 'https://houritsushoku.com/archives/labeling-obligations-imposed-on-senders-of-specified-email.html',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_STARLAW = {
  title: 'スター綜合法律事務所: 迷惑メール規制 (特定電子メール法)',
  url: 'https://www.star-law.jp/corporate/it/post-114.html',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ANTISPAM_ACT = {
  title: 'Act on Regulation of Transmission of Specified Electronic Mail (2002)',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_APPI = {
  title: 'Act on the Protection of Personal Information (APPI)',
  kind: 'law', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const JP: CountryRules = {
  country: 'JP',
  name: 'Japan',
  status: 'researched',
  reviewed: REVIEWED,
  timeZones: ['Asia/Tokyo'],
  languages: ['ja'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'No Japan-specific statement on filtering A2P sent over P2P numbers was found.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_MAPP],
        note: 'Mapp lists short codes as supported on SoftBank, KDDI, DOCOMO and Rakuten; Telerivet says KDDI rewrites alphanumeric IDs to a short or long code. No source describes how to obtain a short code.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'toll-free': {
      supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TWILIO_JP],
        note: 'Twilio says operators accept domestic numbers but offers them only through a registered domestic gateway via sales; Infobip says Docomo rejects and SoftBank rewrites local numeric senders. Conservative value taken.',
      },
      registration: { value: 'unknown' },
      twoWay: {
        value: 'unknown',
        note: 'Twilio English guideline says two-way SMS is supported in Japan; the older Twilio Japanese guidance says it is not.',
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWILIO_JP],
        note: 'Twilio supports foreign numbers and preserves them (KDDI adds a 010 prefix); Infobip says KDDI takes only local numeric and alphanumeric senders, and Bird lists foreign numbers as unsupported. Conservative value taken.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_D7, S_MAPP],
        note: 'D7 says dynamic alphanumeric IDs are allowed on all Japanese networks; Mapp lists alphanumeric as supported on all four operators with no registration.',
      },
      registration: { value: 'none', sources: [S_D7, S_MAPP] },
      twoWay: { value: false, sources: [S_D7], note: 'Alphanumeric IDs cannot receive replies.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: false,
        sources: [S_TELERIVET],
        note: 'Telerivet says KDDI overwrites alphanumeric IDs with a short or long code at delivery; Mapp still lists KDDI as supporting alphanumeric. Conservative value: not preserved on every network.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TWILIO_JP],
        note: 'Twilio offers no pre-registration on its international route; its domestic route needs registration (about 5 weeks) but delivers from a long or short code, so the name is not shown. Dynamic IDs need no registration.',
      },
      registration: { value: 'unknown', note: 'Registration exists only on the domestic route, where the name is not shown; see supported.' },
      twoWay: { value: false, sources: [S_D7] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_ANTISPAM_ACT, S_TSMS_OPTIN, S_RAKUTEN, S_TELERIVET],
      note: 'Advertising SMS (特定電子メール) need prior opt-in since the 2008 amendment. The Act has narrow exceptions (e.g. addresses notified in writing, existing business relationships) that are not modelled here.',
    },
    transactional: {
      value: 'none',
      sources: [S_INST, S_TSMS_LAW],
      note: 'The Act covers messages sent as a means of advertising; notices and contact messages with no lead to promotional sites (e.g. OTP, account notices) are outside it. A link to a promotional site can turn a notice into an advertising message.',
    },
    laws: {
      value: ['Act on Regulation of Transmission of Specified Electronic Mail (2002)'],
      sources: [S_ANTISPAM_ACT, S_RAKUTEN, S_INST],
      note: 'The Act defines electronic mail to include messages sent to mobile terminals by telephone number, i.e. SMS. The Act on Specified Commercial Transactions also governs advertising emails for some trade types (star-law.jp).',
    },
  },
  optOut: {
    keywords: {
      value: 'unknown',
      note: 'The Act requires an address or link to receive refusal notices, not a keyword. Twilio advises supporting HELP/STOP-type messages in Japanese; no source names the Japanese keywords.',
    },
    marketingInstructions: { value: 'required', sources: [S_ANTISPAM_ACT, S_DEKYO_ART4, S_HOURITSU] },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_INST, S_TSMS_LAW],
      note: 'The display obligations apply only to advertising messages.',
    },
    wording: {
      value: 'Each advertising SMS must show (in the message or a linked page) the sender name, an address or URL where refusals are accepted, a statement that the recipient may refuse further messages, the sender postal address, and a contact point for complaints and questions.',
      sources: [S_DEKYO_ART4, S_HOURITSU, S_TSMS_LAW],
    },
    deadline: {
      value: 'Once a refusal is received, no further advertising messages may be sent; the sources give no grace period in days.',
      sources: [S_STARLAW, S_SOUMU_ARCHIVE],
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'Twilio recommends supporting HELP/STOP-type messages in Japanese but names no keywords.' },
    required: {
      value: 'best-practice',
      sources: [S_TWILIO_JA],
      note: 'Twilio lists HELP/STOP support in the local language among general best practices, not as a legal rule.',
    },
  },
  quietHours: {
    value: 'unknown',
    note: 'Twilio and D7 advise sending only during the recipient daytime unless urgent, without giving hours; no statutory window was found. A vendor guide (sent.dm) suggests 09:00–20:00 JST but is not corroborated.',
    sources: [S_TWILIO_JA, S_D7],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [],
  content: {
    value: [
      {
        id: 'content.jp.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Japanese carriers commonly filter or block A2P SMS that contain URLs on many routes (anti-phishing); avoid links or confirm a route that accepts them with your provider.',
        sources: [S_TELERIVET, S_D7],
      },
      {
        id: 'content.jp.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'restricted',
        text: 'Shortened links fall under the same URL filtering as any link; avoid them.',
        sources: [S_TELERIVET, S_D7],
      },
    ],
    sources: [S_TELERIVET, S_D7],
  },
  dataProtection: {
    value: ['Act on the Protection of Personal Information (APPI)'],
    sources: [S_APPI, S_TELERIVET],
  },
  obligations: [
    {
      id: 'identification.jp.sender-details',
      category: 'identification',
      level: 'required',
      text: 'In every advertising SMS, show the sender name, postal address and a contact point for complaints, either in the text or on a linked page.',
      useCases: MARKETING_LIKE,
      sources: [S_DEKYO_ART4, S_HOURITSU],
    },
    {
      id: 'identification.jp.no-spoofing',
      category: 'identification',
      level: 'required',
      text: 'Do not falsify sender information (sending address or the identifier of the sending equipment) in advertising messages.',
      useCases: MARKETING_LIKE,
      sources: [S_SOUMU_ARCHIVE],
    },
    {
      id: 'optout.jp.refusal-channel',
      category: 'opt-out',
      level: 'required',
      text: 'Give an address or URL where recipients can refuse further advertising messages, say that they may do so, and stop advertising to anyone who refuses.',
      useCases: MARKETING_LIKE,
      sources: [S_DEKYO_ART4, S_HOURITSU, S_STARLAW],
    },
    {
      id: 'record-keeping.jp.consent',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep records showing how and when each recipient consented to advertising messages.',
      useCases: MARKETING_LIKE,
      sources: [S_SOUMU_ARCHIVE],
    },
    {
      id: 'content.jp.language',
      category: 'content',
      level: 'best-practice',
      text: 'Write messages and opt-out/help replies in Japanese; note that Japanese text uses UCS-2 (70 characters per segment) and carriers differ in maximum length.',
      sources: [S_TWILIO_JA, S_TELERIVET, S_MAPP],
    },
    {
      id: 'consent.jp.no-dnd-contacts',
      category: 'consent',
      level: 'best-practice',
      text: 'Do not message contacts who appear on do-not-call or do-not-disturb lists.',
      sources: [S_TWILIO_JA, S_D7],
    },
  ],
};
