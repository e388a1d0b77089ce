import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Russia. Re-audited 2026-12-06: Twilio locale summary, Salesforce MobileConnect
// guide, Miatel, AWS registration forms list; Federal Law 38-FZ "On Advertising"
// art. 18 (read in a reproduction of the text); press and law-firm pages on the
// 2025 anti-fraud law. The AWS Europe table could not be reached. Time zones are
// the Russian entries of the IANA zone table, Moscow first. Twilio's Russia sender
// tables were read 2026-12-06 in a word-for-word copy that names the page (GitHub
// nevetsagetro/OKR-warranted, data/raw/russia_ru.md); its locale part matches the
// stored page, so it stands for the page (section 5 of the research policy).
const R = '2026-12-06' as const;
const S_TW_COPY = { title: 'Twilio SMS Guidelines: Russia, sender tables (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ru/sms', kind: 'provider', reviewed: '2026-12-06' } as const;
const S_TW_COPY_OFFER = { title: 'Twilio SMS Guidelines: Russia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ru/sms', kind: 'provider', reviewed: '2026-12-06' } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Russia', url: 'https://www.twilio.com/en/guidelines/ru/sms', kind: 'provider', reviewed: R } as const;
const S_SF = {
  title: 'Salesforce Help: MobileConnect guide for sending SMS to Russia',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.mc_moc_sending_guide_russia.htm&language=zh_CN&type=5',
  kind: 'provider', reviewed: R,
} as const;
const S_MIA = { title: 'Miatel Docs: Russia country features and restrictions', url: 'https://docs.miatel.com/docs/country-specific-features-and-restrictions/europe/russia', kind: 'provider', reviewed: R } as const;
const S_AWS_REG = {
  title: 'AWS End User Messaging SMS: Registration forms (includes Russia sender ID registration)',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html',
  kind: 'provider', reviewed: R,
} as const;
const S_38FZ = {
  title: 'Federal Law No. 38-FZ of 13 March 2006 "On Advertising", art. 18 (reproduction of the text)',
  url: 'https://xn--80aafg4awbfege9o.xn--p1ai/zakon/zoreklame/18/index.htm',
  kind: 'law', reviewed: R,
} as const;
const S_MEDUZA = {
  title: 'Meduza: Under new anti-spam law, Russian mobile carriers also blocking bank alerts and verification codes',
  url: 'https://meduza.io/en/news/2025/08/05/under-new-anti-spam-law-russian-mobile-carriers-also-blocking-bank-alerts-and-verification-codes',
  kind: 'secondary', published: '2025-08-05', reviewed: R,
} as const;
const S_PGP = {
  title: 'Pepeliaev Group: The law on countering cyber fraud has entered into force',
  url: 'https://www.pgplaw.com/analytics-and-brochures/alerts/vstupil-v-silu-zakon-o-protivodeystvii-kibermoshennichestvu/',
  kind: 'secondary', reviewed: R,
} as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const RU: CountryRules = /* @__PURE__ */ region({
  country: 'RU',
  name: 'Russia',
  reviewed: R,
  timeZones: ['Europe/Moscow', 'Europe/Kaliningrad', 'Europe/Kirov', 'Europe/Volgograd', 'Europe/Astrakhan', 'Europe/Saratov', 'Europe/Ulyanovsk', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Barnaul', 'Asia/Tomsk', 'Asia/Novokuznetsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Chita', 'Asia/Yakutsk', 'Asia/Khandyga', 'Asia/Vladivostok', 'Asia/Ust-Nera', 'Asia/Magadan', 'Asia/Sakhalin', 'Asia/Srednekolymsk', 'Asia/Kamchatka', 'Asia/Anadyr'],
  languages: ['ru'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_SF, S_MIA],
        note: 'Twilio says operators actively block generic sender names; Salesforce and Miatel say every name must be registered with each operator, and unregistered names are replaced or blocked.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SF, S_MIA] },
      offers: [{ provider: 'aws', offered: true, sources: [S_AWS_REG] }],
      registration: {
        value: 'required',
        sources: [S_SF, S_MIA, S_TW],
        note: 'Salesforce and Miatel: registration with each operator is required. Twilio recommends registered names because operators block generic ones.',
      },
      programme: 'ru.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 7, maxDays: 7 }, sources: [S_SF], note: 'Salesforce: about one week.' },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_SF],
        note: 'Twilio says operators actively block routes that use long codes; Salesforce says Russian operators accept no numeric senders.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_SF],
        note: 'Twilio says operators actively block routes that use long codes; Salesforce says Russian operators accept no numeric senders.',
      },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW_COPY, S_SF],
        note: 'Twilio\'s operator-capability row (read 2026-12-06 in a verbatim copy that names the page) marks short codes, like domestic and international long codes, as not supported by Russian operators; Salesforce (a smaller provider) and Sent (a guide) say the same for foreign senders.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_COPY_OFFER] }],
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_38FZ, S_MIA],
      note: 'Advertising over telecom networks, SMS included, needs the subscriber\'s prior consent; the advertiser must be able to prove it and must stop at once when asked (38-FZ art. 18). Fines apply (Miatel).',
    },
    laws: {
      value: ['Federal Law No. 38-FZ "On Advertising" (art. 18)'],
      sources: [S_38FZ],
    },
  },
  optOut: {
    deadline: {
      value: 'At once: the sender must stop advertising to anyone who asks it to (38-FZ art. 18 part 1).',
      sources: [S_38FZ],
    },
    keywords: {
      value: 'unknown',
      note: 'Law 38-FZ obliges the advertiser to stop sending on the recipient\'s request but names no reply word, and no operator or provider source read names one for Russia; Twilio\'s Russian page only advises HELP/STOP handling in the local language as a general best practice.',
    },
  },
  registrations: [
    {
      id: 'ru.sender-id',
      name: 'Sender ID pre-registration with each Russian operator',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with every operator (MTS, MegaFon and others); banks must register all their traffic with MTS.',
      leadTime: { minDays: 7, maxDays: 7 },
      sources: [S_SF, S_MIA],
    },
  ],
  obligations: [
    {
      id: 'consent.ru.advertising',
      category: 'consent',
      level: 'required',
      text: 'Get the subscriber\'s prior consent before sending any advertising SMS and keep proof of it: without proof the advertising counts as sent without consent (38-FZ art. 18 part 1).',
      useCases: MKT,
      sources: [S_38FZ],
    },
    {
      id: 'opt-out.ru.stop-on-request',
      category: 'opt-out',
      level: 'required',
      text: 'Stop sending advertising to a person as soon as they ask you to (38-FZ art. 18 part 1).',
      useCases: MKT,
      sources: [S_38FZ],
    },
    {
      id: 'consent.ru.operator-mailing-refusal',
      category: 'consent',
      level: 'recommended',
      text: 'Since 1 August 2025 subscribers can refuse mass mailings through their operator, and operators then block them; reports say this has also blocked bank alerts and verification codes. Plan another channel for critical messages.',
      sources: [S_MEDUZA, S_PGP],
      effectiveFrom: '2025-08-01',
    },
  ],
});
