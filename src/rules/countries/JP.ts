import { APPLICATION_MEDIATED_P2P } from '../global';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Japan. Researched 2026-11-23; re-audited 2026-12-06. Sender facts: the
// Twilio page (its first part read on the stored page; its compliance text
// and sender tables read through a word-for-word copy in a compiled GitHub
// collection that names the page's address and matches the stored first part,
// so cited at the page's own address as a provider page, policy section 5),
// the Bird and Infobip Japan sections (read only in the same compilation,
// which names neither page's address next to them, so still secondary),
// Mapp, D7 and Telerivet. Legal
// facts: the Act on Regulation of Transmission of Specified Electronic Mail
// (特定電子メール法), Articles 3 and 4, read as quoted by the Ministry of
// Internal Affairs and Communications and the Japan Data Communications
// Association; the Act covers SMS sent to telephone numbers.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;

// --- Sources -------------------------------------------------------------
const S_TW = {
  title: 'Twilio SMS Guidelines: Japan',
  url: 'https://www.twilio.com/en-us/guidelines/jp/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_TW_TABLE = {
  title: 'Twilio SMS Guidelines: Japan, compliance text and sender tables (operator and Twilio rows) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/jp/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip: International SMS coverage and connectivity, Japan section, read in a stored compiled copy',
  url: 'https://www.infobip.com/docs/sms/international-sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird: SMS country information, Japan section, read in a stored compiled copy',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choosing-the-right-senders',
  kind: 'secondary', reviewed: R,
} as const;
const S_TWILIO_JA = {
  title: 'Twilio Help (Japanese): 日本における Twilio SMS 利用ガイダンス',
  url: 'https://support.twilio.com/hc/en-us/articles/360059196573-%E6%97%A5%E6%9C%AC%E3%81%AB%E3%81%8A%E3%81%91%E3%82%8B-Twilio-SMS-%E5%88%A9%E7%94%A8%E3%82%AC%E3%82%A4%E3%83%80%E3%83%B3%E3%82%B9',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MAPP = {
  title: 'Mapp documentation: Japan',
  url: 'https://docs.mapp.com/docs/japan.md',
  kind: 'provider', published: '2026-01-14', updated: '2026-01-14', reviewed: R,
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
  kind: 'provider', published: '2021-02-10', reviewed: REVIEWED,
} as const;
const S_TSMS_LAW = {
  title: 'tsms column: SMSマーケティングと特定電子メール法 (2021-02-09)',
  url: 'https://info.tsms.jp/columns/20210209-column/',
  kind: 'provider', published: '2021-02-09', reviewed: REVIEWED,
} as const;
const S_SOUMU_ARCHIVE = {
  title: '総務省 国民のためのサイバーセキュリティサイト: 特定電子メールの送信の適正化等に関する法律 (archived summary)',
  url: 'https://kiroku.today/en/latest/www.soumu.go.jp/main_sosiki/cybersecurity/kokumin/basic/legal/08',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MIC_ACT = {
  title: '総務省 (MIC): 特定電子メールの送信の適正化等に関する法律 – summary quoting Article 3',
  url: 'https://www.soumu.go.jp/main_sosiki/joho_tsusin/security/basic/legal/08.html',
  kind: 'regulator', reviewed: R,
} as const;
const S_DEKYO_ART4 = {
  title: 'Japan Data Communications Association wiki: 表示義務 (Act Article 4)',
  url: 'https://dsk.or.jp/dskwiki/index.php?%E8%A1%A8%E7%A4%BA%E7%BE%A9%E5%8B%99',
  kind: 'secondary', reviewed: R,
} as const;
const S_HOURITSU = {
  title: '法律食: 迷惑メール防止法 – 送信者の表示義務',
  url: 'https://houritsushoku.com/archives/labeling-obligations-imposed-on-senders-of-specified-email.html',
  kind: 'secondary', reviewed: R,
} as const;
const S_STARLAW = {
  title: 'スター綜合法律事務所: 迷惑メール規制 (特定電子メール法)',
  url: 'https://www.star-law.jp/corporate/it/post-114.html',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ANTISPAM_ACT = {
  title: 'Act on Regulation of Transmission of Specified Electronic Mail (特定電子メールの送信の適正化等に関する法律, Act No. 26 of 2002), Articles 3 and 4',
  url: 'https://laws.e-gov.go.jp/law/414AC0000000026',
  kind: 'law', reviewed: R,
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
  reviewed: R,
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
        sources: [S_TW_TABLE, S_MAPP],
        note: 'Twilio marks short codes as supported by operators and Mapp on SoftBank, KDDI, DOCOMO and Rakuten. They are reached through a domestic gateway; Infobip says Docomo and SoftBank rewrite local short codes arriving on its routes.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW_TABLE, S_BIRD],
        note: 'Twilio: on the domestic gateway registration is mandatory and messages go out from a long or short code (its page, read through a verbatim copy); Bird agrees that registration is mandatory for local traffic (copy only, secondary).',
      },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'local-long-code': {
      supported: {
        value: true,
        sources: [S_TW_TABLE, S_MAPP, S_BIRD, S_INFOBIP],
        note: 'Twilio marks domestic numbers as supported by operators (sold only through its domestic gateway, via sales); Mapp lists numeric senders on all four networks; Bird sells Japanese numbers for local traffic. Infobip says Docomo and SoftBank rewrite local numeric senders arriving on its routes.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW_TABLE, S_BIRD],
        note: 'Twilio: registration is mandatory on the domestic gateway (its page, read through a verbatim copy); Bird says the same for local traffic (copy only, secondary).',
      },
      twoWay: {
        value: true,
        sources: [S_INFOBIP, S_TW],
        note: 'Infobip offers two-way virtual numbers on SoftBank, Docomo and KDDI (3 to 4 weeks to order); Twilio lists two-way SMS as supported in Japan.',
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW_TABLE],
        note: 'Twilio (its page, read through a verbatim copy) marks foreign numbers as supported by operators and preserved, with KDDI adding a 010 prefix. Infobip says KDDI takes only local numeric and alphanumeric senders, but only a copy of its page was read (secondary), which cannot outweigh Twilio\'s page. Bird sells none.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TW, S_TW_TABLE] },
      ],
      registration: { value: 'none', sources: [S_TW_TABLE], note: 'Twilio: no registration on the international gateway (its page, read through a verbatim copy).' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: true, sources: [S_TW_TABLE], note: 'Twilio marks foreign numbers as preserved; KDDI prefixes them with 010 (its page, read through a verbatim copy).' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW_TABLE, S_D7, S_MAPP, S_INFOBIP, S_BIRD],
        note: 'Twilio marks dynamic names as supported by operators; D7 and Mapp list them on all networks; Infobip and Bird send them.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_TABLE] },
      ],
      registration: {
        value: 'none',
        sources: [S_D7, S_MAPP, S_TW_TABLE, S_INFOBIP],
        note: 'Infobip: no registration, but each network bars some sender names.',
      },
      twoWay: { value: false, sources: [S_D7], note: 'Alphanumeric IDs cannot receive replies.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: true,
        sources: [S_TW_TABLE, S_INFOBIP, S_MAPP],
        note: 'Twilio marks dynamic names as preserved and Infobip and Mapp list names on KDDI; Telerivet says KDDI overwrites names with a short or long code.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        note: 'Twilio\'s page (read through a verbatim copy) marks domestic pre-registration of names as required by operators, with the name not preserved and 5 weeks to provision, and international pre-registration as not required (names go unregistered on that route). Bird (copy only) says registration applies only to local traffic.',
        sources: [S_TW_TABLE, S_BIRD],
      },
      restriction: {
        text: 'A registered name is accepted only on the domestic route, where operators deliver it from a long or short code, so recipients do not see the name; on the international route names need no registration (see alphanumeric-dynamic).',
        sources: [S_TW_TABLE],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_TABLE] }],
      registration: { value: 'required', sources: [S_TW_TABLE, S_BIRD], note: 'Domestic route only (Twilio\'s operator row; Bird, copy only). Twilio sells domestic registration through its sales team and none on the international route.' },
      twoWay: { value: false, sources: [S_D7] },
      throughput: { value: 'unknown' },
      leadTime: { value: { minDays: 35, maxDays: 35 }, sources: [S_TW_TABLE], note: 'Twilio gives 5 weeks to provision a domestic registration.' },
      senderIdPreserved: { value: false, sources: [S_TW_TABLE], note: 'Twilio: domestic-route registrations are not preserved; they are delivered from a number.' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_ANTISPAM_ACT, S_MIC_ACT, S_TSMS_OPTIN, S_RAKUTEN],
      note: 'Article 3(1): advertising messages only to those who asked for or agreed to them, plus those who gave their address in writing, those in a business relationship with the advertiser, and organisations or traders that publish their address. Opt-in since the 2008 amendment.',
    },
    transactional: {
      value: 'none',
      sources: [S_INST, S_TSMS_LAW],
      note: 'The Act covers messages sent as a means of advertising; notices and contact messages with no lead to promotional sites (e.g. OTP, account notices) are outside it. A link to a promotional site can turn a notice into an advertising message.',
    },
    laws: {
      value: ['Act on Regulation of Transmission of Specified Electronic Mail (2002)'],
      sources: [S_ANTISPAM_ACT, S_MIC_ACT, S_RAKUTEN, S_INST],
      note: 'The Act defines electronic mail to include messages sent to mobile terminals by telephone number, i.e. SMS. The Act on Specified Commercial Transactions also governs advertising emails for some trade types (star-law.jp).',
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: 'unknown',
      note: 'The Act requires an address or link to receive refusal notices, not a keyword. Twilio advises supporting HELP/STOP-type messages in Japanese; no source names the Japanese keywords.',
    },
    marketingInstructions: { value: 'required', sources: [S_ANTISPAM_ACT, S_DEKYO_ART4, S_HOURITSU], note: 'Article 4 and the implementing ordinance (Art. 9), as quoted by the Japan Data Communications Association and 法律食.' },
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
      sources: [S_ANTISPAM_ACT, S_MIC_ACT, S_STARLAW, S_SOUMU_ARCHIVE],
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
    note: 'No statutory window was found. Twilio and D7 advise daytime sending without giving hours; Bird applies its own 20:00 to 09:00 quiet hours; Infobip says financial-sector traffic is allowed only 07:00 to 20:00. A vendor guide (sent.dm) suggests 09:00 to 20:00 JST.',
    sources: [S_TWILIO_JA, S_D7, S_BIRD, S_INFOBIP],
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
      {
        id: 'content.jp.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'No gambling content; Infobip says gambling traffic is unlawful in Japan.',
        sources: [S_INFOBIP, S_TW_TABLE],
      },
    ],
    sources: [S_TELERIVET, S_D7, S_INFOBIP, S_TW_TABLE],
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
      sources: [S_ANTISPAM_ACT, S_DEKYO_ART4, S_HOURITSU],
    },
    {
      id: 'identification.jp.sender-name',
      category: 'identification',
      level: 'required',
      text: 'Name the sender (or the party responsible for the sending) in every advertising SMS (Article 4(1)).',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_ANTISPAM_ACT, S_DEKYO_ART4, S_HOURITSU],
    },
    {
      id: 'identification.jp.no-spoofing',
      category: 'identification',
      level: 'required',
      text: 'Do not falsify sender information (sending address or the identifier of the sending equipment) in advertising messages.',
      useCases: MARKETING_LIKE,
      sources: [S_ANTISPAM_ACT, S_SOUMU_ARCHIVE],
    },
    {
      id: 'optout.jp.refusal-channel',
      category: 'opt-out',
      level: 'required',
      text: 'Give an address or URL where recipients can refuse further advertising messages, say that they may do so, and stop advertising to anyone who refuses.',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [S_ANTISPAM_ACT, S_MIC_ACT, S_DEKYO_ART4, S_HOURITSU, S_STARLAW],
    },
    {
      id: 'record-keeping.jp.consent',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep records showing how and when each recipient consented to advertising messages.',
      useCases: MARKETING_LIKE,
      sources: [S_ANTISPAM_ACT, S_MIC_ACT, S_SOUMU_ARCHIVE],
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
