import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Türkiye. Re-audited 2026-12-06: Twilio guidelines (operator row and Twilio row),
// Vonage, AWS (Turkey sender ID registration page), Mapp; Law No. 6563 and the
// 2015 Regulation on commercial electronic messages (İYS, amended 4 January 2020).
// ClickSend, OpenMarket and BSG were read 2026-11-23 and not re-read.
const R = '2026-12-06' as const;
const R0 = '2026-11-23' as const;
const S_NETMERA_RET = {
  title: 'Netmera Developer Guide: ETK Rejection via SMS (İYS short number, RET format)',
  url: 'https://user.netmera.com/netmera-developer-guide/integrations/via-integration/etk-rejection-via-sms',
  kind: 'provider', reviewed: R,
} as const;
const S_TOPLUSMS_RET = {
  title: 'toplusms.org: Toplu SMS Ret Hakkı (refusal short-number service)',
  url: 'https://toplusms.org/toplusms-ret-hakki.html',
  kind: 'provider', reviewed: R,
} as const;
const S_TW = { title: 'Twilio SMS Guidelines: Turkey', url: 'https://www.twilio.com/en-us/guidelines/tr/sms', kind: 'provider', reviewed: R } as const;
const S_VON = { title: 'Vonage API Support: Turkey SMS Features and Restrictions', url: 'https://api.support.vonage.com/hc/en-us/articles/204017543-Turkey-SMS-Features-and-Restrictions', kind: 'provider', reviewed: R } as const;
const S_AWS_TR = { title: 'AWS End User Messaging SMS: Turkey sender ID registration', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-turkey.html', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp documentation: Turkey (operators and supported sender types)', url: 'https://docs.mapp.com/docs/turkey', kind: 'provider', published: '2026-01-14', updated: '2026-01-14', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Turkey +90', url: 'https://help.clicksend.com/article/wxnykbqetq-turkey', kind: 'provider', reviewed: R0 } as const;
const S_OM = { title: 'OpenMarket Global Coverage: Republic of Turkey', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/turkey.htm', kind: 'provider', reviewed: R0 } as const;
const S_BSG = { title: 'BSG Support: Turkey', url: 'https://support.bsg.world/hc/en-us/articles/360019094254-Turkey', kind: 'provider', reviewed: R0 } as const;
// The law. Law No. 6563: Art. 5 (identifiable sender), Art. 6 (prior consent, exceptions),
// Art. 8 (free refusal, stop within three working days). The Regulation, as amended on
// 4 January 2020 (Official Gazette 30998): Art. 5 (register in İYS; no commercial message
// to a recipient without consent recorded in İYS). The Regulation was read in the copy
// published by İYS (iys.org.tr) and in law-firm summaries that quote it.
const S_LAW_6563 = { title: 'Law No. 6563 on the Regulation of Electronic Commerce (Elektronik Ticaretin Düzenlenmesi Hakkında Kanun)', url: 'https://www.mevzuat.gov.tr/mevzuat?MevzuatNo=6563&MevzuatTur=1&MevzuatTertip=5', kind: 'law', published: '2014-11-05', reviewed: R } as const;
const S_REG_TEI = { title: 'Regulation on Commercial Communication and Commercial Electronic Messages (Ticari İletişim ve Ticari Elektronik İletiler Hakkında Yönetmelik, Official Gazette 29417, 15 July 2015, as amended), text published by İYS', url: 'https://iys.org.tr', kind: 'law', published: '2015-07-15', reviewed: R } as const;
const S_BENER = { title: 'Bener Law: bulletin on the January 2020 amendment of the commercial electronic messages Regulation (quotes the new Art. 5)', url: 'https://bener.com/tr/ticari-iletisim-ve-ticari-elektronik-iletiler-hakkinda-yonetmelikte-degisiklik-yapilmasina-dair-yonetmelike-iliskin-bulten/', kind: 'secondary', reviewed: R } as const;
const S_LEGALTALKS = { title: 'LegalTalks: commercial electronic messages (consent and its exceptions under Law 6563 Art. 6 and the Regulation)', url: 'https://www.legaltalks.com.tr/ticari-elektronik-ileti/', kind: 'secondary', reviewed: R } as const;
const S_MALIYE = { title: 'Maliye Postası: summary of the Regulation on unsolicited calls and messages (refusal in every message, three working days)', url: 'https://maliyepostasi.com/izinsiz-arama-ve-mesajlara-iliskin-yonetmelik', kind: 'secondary', reviewed: R } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const TR: CountryRules = /* @__PURE__ */ region({
  country: 'TR',
  name: 'Türkiye',
  reviewed: R,
  timeZones: ['Europe/Istanbul'],
  languages: ['tr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_VON],
        note: "Twilio's operator row marks dynamic IDs not supported; Vonage says every network needs a pre-registered name. BSG (2026-11-23) says unregistered IDs are replaced.",
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_VON, S_AWS_TR] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW] },
        { provider: 'vonage', offered: true, sources: [S_VON] },
        { provider: 'aws', offered: true, sources: [S_AWS_TR] },
      ],
      registration: { value: 'required', sources: [S_TW, S_VON, S_AWS_TR, S_MAPP] },
      programme: 'tr.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 42 }, sources: [S_TW, S_CS], note: 'Twilio: 2 weeks; ClickSend: 30 business days.' },
      senderIdPreserved: { value: true, sources: [S_TW, S_OM] },
      restrictedUseCases: {
        value: ['political'],
        sources: [S_VON, S_REG_TEI, S_OM, S_BSG, S_TW, S_CS],
        note: "Political content is refused (Twilio, ClickSend; see content rules). Marketing: operators and the law accept it from İYS-registered senders to recipients whose consent is in İYS (Vonage; Regulation Art. 5). Twilio has refused promotional traffic to Turkey since 15 February 2021; with the two major providers split, the other providers' pages (OpenMarket, BSG: marketing accepted with the REKLAM/TANITIM prefix) decide.",
      },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_VON],
        note: "Twilio's operator row marks domestic long codes not supported and says carriers filter numeric IDs; Vonage says numeric IDs are not supported except on its own two-way service. Mapp (2026-01) lists numeric as accepted by the three mainland operators; the major-provider pages decide.",
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW] }],
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS in Turkey; OpenMarket takes replies on a long code quoted in the text, sent from an alphanumeric ID.' },
      senderIdPreserved: { value: false, sources: [S_OM] },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_VON],
        note: "Twilio's operator row: not supported; Twilio still delivers from an international number, with the number overwritten. Vonage: numeric IDs not supported.",
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      senderIdPreserved: { value: false, sources: [S_TW, S_OM] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_MAPP],
        note: "Twilio's operator row: not supported. Mapp: no short codes on Turkcell, Vodafone and Türk Telekom (Avea); only the Northern Cyprus networks KKTCell and Telsim take them.",
      },
      senderIdPreserved: { value: false, sources: [S_OM] },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_LAW_6563, S_REG_TEI, S_VON],
      note: 'Law 6563 Art. 6: commercial electronic messages need the recipient\'s prior consent, in writing or by electronic means; since 2020 the consent must be recorded in İYS (Regulation Art. 5). Messages to traders and artisans need no prior consent.',
    },
    transactional: {
      value: 'none',
      sources: [S_LAW_6563, S_LEGALTALKS],
      note: 'No consent is needed for messages about goods or services already supplied (changes, use, maintenance), nor for notices on an ongoing subscription or membership, collection, debt reminders, information updates, purchase and delivery (Law 6563 Art. 6; Regulation Art. 6, read in a summary). Such a message must not promote goods or services.',
    },
    laws: {
      value: [
        'Law No. 6563 on the Regulation of Electronic Commerce (2014)',
        'Regulation on Commercial Communication and Commercial Electronic Messages (2015, amended 2020: Message Management System, İYS)',
      ],
      sources: [S_LAW_6563, S_REG_TEI],
    },
  },
  optOut: {
    keywords: {
      value: 'unknown',
      sources: [S_LAW_6563, S_NETMERA_RET, S_TOPLUSMS_RET],
      note: 'Law 6563 art. 8 demands that refusal be easy and free by electronic means and be honoured within three working days, but names no word. Turkish SMS providers let each sender pick the refusal keyword and short number for its messages, and the İYS system takes its own refusals by SMS to its short number in the form RET plus the brand\'s short name (Netmera developer guide, test format): a message to İYS, not a reply to the sender. So no fixed reply keyword can be recorded.',
    },
    marketingInstructions: { value: 'required', sources: [S_LAW_6563, S_MALIYE, S_BSG] },
    deadline: {
      value: 'Stop commercial messages to a recipient within three working days of receiving the refusal.',
      sources: [S_LAW_6563, S_VON, S_MALIYE],
    },
  },
  registrations: [
    {
      id: 'tr.sender-id',
      name: 'Sender ID pre-registration with Turkish operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a case-sensitive sender ID that contains the brand name; supply the company or brand registration certificate and letters of authorisation. Operators append the aggregator code (e.g. B204) to every message.',
      leadTime: { minDays: 14, maxDays: 42 },
      sources: [S_TW, S_VON, S_AWS_TR, S_CS],
    },
    {
      id: 'tr.iys',
      name: 'Message Management System (İYS) registration for commercial messages',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Anyone sending commercial electronic messages must register in İYS; consents are recorded there, and no commercial message may go to a recipient without consent in İYS. Give the İYS brand code to the provider.',
      sources: [S_REG_TEI, S_BENER, S_VON, S_CS],
    },
  ],
  content: {
    value: [
      { id: 'content.tr.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_TW, S_VON, S_CS] },
      { id: 'content.tr.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW, S_CS] },
      { id: 'content.tr.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW] },
      { id: 'content.tr.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
      {
        id: 'content.tr.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'No shortened links. From 1 April 2026 AWS warns that any link in an SMS to Turkey may be blocked or masked.',
        sources: [S_CS, S_AWS_TR],
      },
    ],
    sources: [S_TW, S_CS],
  },
  obligations: [
    {
      id: 'consent.tr.iys',
      category: 'consent',
      level: 'required',
      text: 'Register in İYS before sending commercial messages, record every consent there, and send commercial messages only to numbers whose consent İYS holds.',
      useCases: MARKETING_LIKE,
      sources: [S_REG_TEI, S_LAW_6563, S_BENER, S_VON],
    },
    {
      id: 'identification.tr.sender-identity',
      category: 'identification',
      level: 'required',
      text: 'Make the sender on whose behalf a commercial message is sent clearly identifiable in the message (trade name, registered brand or business name).',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_LAW_6563, S_REG_TEI],
    },
    {
      id: 'opt-out.tr.free-refusal',
      category: 'opt-out',
      level: 'required',
      text: 'Give in every commercial message a free and easy way to refuse further messages through the same channel, and stop within three working days of a refusal.',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [S_LAW_6563, S_REG_TEI, S_MALIYE, S_VON],
    },
    {
      id: 'identification.tr.promo-prefix',
      category: 'identification',
      level: 'required',
      text: 'Start marketing SMS with "REKLAM:" or "TANITIM:" and give a website or customer-care number for the offer (providers attribute this to the telecom regulator; it is not in Law 6563 or the Regulation read).',
      useCases: MARKETING_LIKE,
      sources: [S_OM, S_BSG],
    },
  ],
});
