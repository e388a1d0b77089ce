import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Russia. Twilio locale summary, Salesforce MobileConnect guide and Miatel read
// 2026-11-23. The AWS Europe table could not be reached. Time zones are the
// Russian entries of the IANA zone table, Moscow first.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Russia', url: 'https://www.twilio.com/en/guidelines/ru/sms', kind: 'provider', reviewed: R } as const;
const S_SF = {
  title: 'Salesforce Help: MobileConnect guide for sending SMS to Russia',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.mc_moc_sending_guide_russia.htm&language=zh_CN&type=5',
  kind: 'provider', reviewed: R,
} as const;
const S_MIA = { title: 'Miatel Docs: Russia country features and restrictions', url: 'https://docs.miatel.com/docs/country-specific-features-and-restrictions/europe/russia', kind: 'provider', reviewed: R } as const;

export const RU: CountryRules = /* @__PURE__ */ region({
  country: 'RU',
  name: 'Russia',
  reviewed: R,
  timeZones: ['Europe/Moscow', 'Europe/Kaliningrad', 'Europe/Kirov', 'Europe/Volgograd', 'Europe/Astrakhan', 'Europe/Saratov', 'Europe/Ulyanovsk', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Omsk', 'Asia/Novosibirsk', 'Asia/Barnaul', 'Asia/Tomsk', 'Asia/Novokuznetsk', 'Asia/Krasnoyarsk', 'Asia/Irkutsk', 'Asia/Chita', 'Asia/Yakutsk', 'Asia/Khandyga', 'Asia/Vladivostok', 'Asia/Ust-Nera', 'Asia/Magadan', 'Asia/Sakhalin', 'Asia/Srednekolymsk', 'Asia/Kamchatka', 'Asia/Anadyr'],
  languages: ['ru'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_SF, S_MIA], note: 'Generic and unregistered IDs are blocked or replaced.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SF, S_MIA] },
      registration: { value: 'required', sources: [S_SF, S_MIA], note: 'Twilio only recommends it; Salesforce and Miatel require it.' },
      programme: 'ru.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_SF, S_TW] },
      twoWay: { value: false, sources: [S_TW, S_SF], note: 'Twilio and Salesforce offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: false, sources: [S_SF, S_TW], note: 'Operators block long-code routes.' } },
    'short-code': { supported: { value: false, sources: [S_SF] } },
  },
  consent: { marketing: { value: 'express', sources: [S_MIA], note: 'Marketing without subscriber consent is banned and fined.' } },
  registrations: [
    {
      id: 'ru.sender-id',
      name: 'Sender ID pre-registration with each Russian operator',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with every operator (MTS, MegaFon and others); banks must register all their traffic with MTS.',
      sources: [S_SF, S_MIA],
    },
  ],
});
