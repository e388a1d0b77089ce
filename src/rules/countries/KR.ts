import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// South Korea. Re-audited 2026-12-06: the Twilio page (its compliance text read
// on the page; its sender tables, and the Bird and Infobip country sections,
// read only in a stored compiled copy, so cited as secondary), Mapp, and the
// law: Network Act Article 50 and its Enforcement Decree Articles 61 to 62-3
// (read in the legalize-kr reproduction of the law.go.kr text, version in
// force from 2026-10-02). Annex 6 of the Decree (the format of advertising
// messages) was not read itself; its rules are taken from Infobip, which names
// them. The AWS Asia row for Korea could not be read. Re-read the same day:
// the compiled copy of the Twilio page does not match the stored page where
// both can be read (the concatenation and message-length rows differ), so it
// cannot stand for the page and stays secondary; caller-number
// pre-registration for local numbers was read on two Korean SMS providers'
// pages (Hankuk Munja, Solapi), which cite the ministry notice and the KISA
// guideline under the Telecommunications Business Act.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: South Korea', url: 'https://www.twilio.com/en-us/guidelines/kr/sms', kind: 'provider', reviewed: R } as const;
const S_TW_TABLE = { title: 'Twilio SMS Guidelines: South Korea, sender tables (operator and Twilio rows), read in a stored compiled copy', url: 'https://www.twilio.com/en-us/guidelines/kr/sms', kind: 'secondary', reviewed: R } as const;
const S_INFOBIP = { title: 'Infobip: International SMS coverage and connectivity, South Korea section, read in a stored compiled copy', url: 'https://www.infobip.com/docs/sms/international-sms-coverage-and-connectivity', kind: 'secondary', reviewed: R } as const;
const S_BIRD = { title: 'Bird: SMS country information, South Korea section, read in a stored compiled copy', url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choosing-the-right-senders', kind: 'secondary', reviewed: R } as const;
const S_HANKUK = { title: 'Hankuk Munja (한국문자): notice on sending only from pre-registered caller numbers (MSIT notice under the Telecommunications Business Act)', url: 'https://hankukmunja.com/content/board/notice.php?id=335', kind: 'provider', reviewed: R } as const;
const S_SOLAPI = { title: 'Solapi Help: what a sender number is (registration rules following the KISA guideline on falsely displayed numbers)', url: 'https://solapi.zendesk.com/hc/ko/articles/360021357793-%EB%B0%9C%EC%8B%A0%EB%B2%88%ED%98%B8%EB%9E%80', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: South Korea', url: 'https://docs.mapp.com/docs/south-korea.md', kind: 'provider', published: '2026-01-14', updated: '2026-01-14', reviewed: R } as const;
const S_ACT = {
  title: 'Act on Promotion of Information and Communications Network Utilization and Information Protection (Network Act), Article 50',
  url: 'https://www.law.go.kr/법령/정보통신망이용촉진및정보보호등에관한법률',
  kind: 'law', updated: '2026-09-29', reviewed: R,
} as const;
const S_DECREE = {
  title: 'Enforcement Decree of the Network Act, Articles 61 to 62-3 and Annex 6',
  url: 'https://www.law.go.kr/법령/정보통신망이용촉진및정보보호등에관한법률시행령',
  kind: 'law', updated: '2026-09-29', reviewed: R,
} as const;

const ADS = ['marketing', 'mixed'] as const;

export const KR: CountryRules = /* @__PURE__ */ region({
  country: 'KR',
  name: 'South Korea',
  reviewed: R,
  timeZones: ['Asia/Seoul'],
  languages: ['ko'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_TW_TABLE, S_INFOBIP],
        note: 'Twilio (operators accept only numeric senders) and Infobip (only numeric senders allowed) say names are refused. Bird and Mapp say a name is delivered but replaced by a random number.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_MAPP, S_BIRD], note: 'Where a name is carried at all, operators replace it with a number.' },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TW, S_TW_TABLE, S_INFOBIP],
        note: 'Twilio marks registered names as not supported by operators; Infobip allows only numeric senders; Bird says no operator registration exists for names.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW_TABLE, S_INFOBIP, S_BIRD, S_MAPP] },
      registration: {
        value: 'required',
        sources: [S_HANKUK, S_SOLAPI, S_INFOBIP],
        note: 'Korean SMS providers (Hankuk Munja, Solapi) send only from caller numbers registered and verified in advance, as the ministry notice and KISA guideline under the Telecommunications Business Act require; Infobip (copy only) says the local route needs sender registration.',
      },
      twoWay: {
        value: true,
        sources: [S_INFOBIP],
        note: 'Infobip offers replies on local virtual numbers to clients with a Korean entity (about 2 weeks to set up). Only a copy of its page was read and no primary page was found on a second reading either; the secondary source fills the fact because nothing better speaks. Twilio sells no two-way here.',
      },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_MAPP, S_TW_TABLE, S_BIRD],
        note: 'Twilio\'s page (compliance text, read on the stored page) says only numeric senders are accepted and that they get a 009 or 006 prefix; Mapp marks numeric senders as accepted on all three networks; Twilio\'s operator table and Bird agree (copies only).',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW, S_TW_TABLE] },
      ],
      senderIdPreserved: {
        value: false,
        sources: [S_TW, S_TW_TABLE, S_BIRD],
        note: 'Twilio: operators prefix the number with 009 or 006; Bird: the sender becomes a random number.',
      },
    },
    'short-code': {
      supported: {
        value: true,
        note: 'Mapp (provider page, 2026-01-14) marks short codes as accepted on all three networks, and Bird lists a Korean short code among its senders (shown as a random number). Twilio\'s operator table marks short codes as not supported, but it was read only in a compiled copy that does not match the stored Twilio page, so it is secondary and cannot outweigh Mapp.',
        sources: [S_MAPP, S_BIRD, S_TW_TABLE],
      },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_ACT, S_DECREE],
      note: 'Article 50(1): explicit prior consent, except where the sender collected the number directly in a transaction and advertises the same kind of goods or services within 6 months after the transaction ended (Decree Art. 61(1)).',
    },
    transactional: {
      value: 'unknown',
      note: 'Article 50 governs only commercial advertising. The basis for other messages falls under the Personal Information Protection Act, which was not read.',
      sources: [S_ACT],
    },
    laws: {
      value: [
        'Act on Promotion of Information and Communications Network Utilization and Information Protection, Article 50',
        'Enforcement Decree of the Act on Promotion of Information and Communications Network Utilization and Information Protection, Articles 61 to 62-3 and Annex 6',
      ],
      sources: [S_ACT, S_DECREE],
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_ACT, S_DECREE], note: 'Article 50(4) and (6): each advertisement states how to refuse, free of charge.' },
    transactionalInstructions: { value: 'not-required', sources: [S_ACT], note: 'The Article 50 duties apply to commercial advertising only.' },
    wording: {
      value: 'A free refusal method in the message, customarily "무료거부" or "무료수신거부" followed by a toll-free 080 number the recipient can call.',
      sources: [S_DECREE, S_INFOBIP],
    },
    deadline: {
      value: 'Stop advertising once the recipient refuses or withdraws consent, and within 14 days tell them your name, what they chose and when, and the result.',
      sources: [S_ACT, S_DECREE],
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.kr.marketing',
        level: 'required',
        useCases: ['marketing', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'not-covered',
        timeBasis: { zone: 'Asia/Seoul' },
        text: 'Advertising between 21:00 and 08:00 needs a separate prior consent for night-time sending (Network Act Art. 50(3)); without it, send advertising only from 08:00 to 21:00.',
        sources: [S_ACT, S_INFOBIP],
      },
    ],
    sources: [S_ACT, S_INFOBIP, S_MAPP, S_BIRD],
    note: 'The law sets 21:00 to 08:00. Mapp (09:00 to 21:00) and Bird (20:00 to 09:00) give narrower provider windows.',
  },
  content: {
    value: [
      { id: 'content.kr.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.kr.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or unlicensed games of chance.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.kr.loans', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No illegal loan advertising.', sources: [S_INFOBIP] },
      { id: 'content.kr.medical', topic: 'other', restriction: 'restricted', text: 'Medical advertising only with the approval it needs.', sources: [S_INFOBIP] },
      {
        id: 'content.kr.illegal-goods',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No advertising for goods or services whose sale or use a law forbids (Network Act Art. 50-8).',
        sources: [S_ACT],
      },
      {
        id: 'content.kr.charset',
        topic: 'language',
        restriction: 'restricted',
        text: 'Use only characters in the EUC-KR set; operators label messages as A2P or foreign ([Web 발신] / [국제발신]).',
        sources: [S_TW],
      },
    ],
    sources: [S_TW, S_INFOBIP, S_ACT],
  },
  obligations: [
    {
      id: 'identification.kr.advertising-prefix',
      category: 'identification',
      level: 'required',
      text: 'Start every advertising message with "(광고)", written exactly so (no spaces, slashes or other brackets).',
      useCases: [...ADS],
      check: { kind: 'starts-with', text: '(광고)' },
      sources: [S_DECREE, S_ACT, S_INFOBIP],
    },
    {
      id: 'identification.kr.sender-name',
      category: 'identification',
      level: 'required',
      text: 'Name the sender (company or service name) in every advertising message.',
      useCases: [...ADS],
      check: { kind: 'sender-name' },
      sources: [S_ACT, S_DECREE, S_INFOBIP],
    },
    {
      id: 'identification.kr.contact',
      category: 'identification',
      level: 'required',
      text: 'Give a contact number in every advertising message; Infobip says it may be left out when it is the number the message comes from.',
      useCases: [...ADS],
      check: { kind: 'contact' },
      sources: [S_ACT, S_DECREE, S_INFOBIP],
    },
    {
      id: 'opt-out.kr.free-080',
      category: 'opt-out',
      level: 'required',
      text: 'Give a free way to refuse further advertising in the message, customarily "무료거부" or "무료수신거부" with a toll-free 080 number.',
      useCases: [...ADS],
      check: { kind: 'opt-out', numberPrefix: '080' },
      sources: [S_ACT, S_DECREE, S_INFOBIP],
    },
    {
      id: 'consent.kr.night-time',
      category: 'consent',
      level: 'required',
      text: 'To send advertising between 21:00 and 08:00, obtain a separate prior consent for night-time advertising, on top of the advertising consent.',
      useCases: [...ADS],
      sources: [S_ACT],
    },
    {
      id: 'opt-out.kr.result-notice',
      category: 'opt-out',
      level: 'required',
      text: 'Within 14 days of a consent, refusal or withdrawal, tell the recipient your name, what they chose and on which date, and the result.',
      useCases: [...ADS],
      sources: [S_ACT, S_DECREE],
    },
    {
      id: 'consent.kr.reconfirm-2-years',
      category: 'consent',
      level: 'required',
      text: 'Every 2 years from the day consent was given, remind each consenting recipient of the consent and its date and tell them how to keep or withdraw it.',
      useCases: [...ADS],
      sources: [S_ACT, S_DECREE],
    },
  ],
});
