import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// South Korea. Twilio guidelines (sender tables from a stored copy of the
// Twilio page) and Mapp read 2026-11-23. The AWS Asia rows for Korea could not
// be read.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for South Korea', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-south-korea.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: South Korea', url: 'https://www.twilio.com/en-us/guidelines/kr/sms', kind: 'provider', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: South Korea', url: 'https://docs.mapp.com/docs/south-korea.md', kind: 'provider', reviewed: R } as const;

export const KR: CountryRules = /* @__PURE__ */ region({
  country: 'KR',
  name: 'South Korea',
  reviewed: R,
  timeZones: ['Asia/Seoul'],
  languages: ['ko'],
  senders: {
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_MAPP], note: 'Twilio says operators refuse sender names; Mapp says they are replaced by a number.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_MAPP] },
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_TW, S_MAPP], note: 'Operators accept local numbers, but Twilio does not offer them.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW] },
      senderIdPreserved: { value: false, sources: [S_TW], note: 'Operators prefix the number with 009 or 006.' },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Mapp lists short codes on all networks; Twilio says operators do not support them.' },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_MAPP], note: 'Mapp says opt-in and opt-out are required, without limiting this to marketing.' },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_MAPP] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.kr.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '09:00', end: '21:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Seoul' },
        text: 'Send between 09:00 and 21:00 only; Mapp gives this as the allowed sending time without naming message types.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
  content: {
    value: [
      { id: 'content.kr.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW] },
      { id: 'content.kr.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW] },
      {
        id: 'content.kr.charset',
        topic: 'language',
        restriction: 'restricted',
        text: 'Use only characters in the EUC-KR set; operators label messages as A2P or foreign ([Web 발신] / [국제발신]).',
        sources: [S_TW],
      },
    ],
    sources: [S_TW],
  },
});
