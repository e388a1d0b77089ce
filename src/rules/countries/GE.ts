import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Georgia. AWS Asia table, ClickSend, SureSMS and Sent.dm read 2026-11-23.
// No Twilio page for Georgia was found. AWS row and ClickSend re-read for sender IDs.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Georgia +995', url: 'https://help.clicksend.com/article/uneiw84gvb-georgia', kind: 'provider', reviewed: R } as const;
const S_SURE = { title: 'SureSMS: SMS rules for Georgia', url: 'https://suresms.com/en/landing-control/georgia/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Georgia SMS guide', url: 'https://www.sent.dm/resources/ge-sms-guidance', kind: 'secondary', reviewed: R } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const GE: CountryRules = /* @__PURE__ */ region({
  country: 'GE',
  name: 'Georgia',
  reviewed: R,
  timeZones: ['Asia/Tbilisi'],
  languages: ['ka'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_CS, S_SURE], note: 'AWS and Sent.dm list sender IDs as supported; ClickSend replaces custom IDs with a generic one and SureSMS says they can be overwritten.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_CS, S_SURE] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_CS], note: 'AWS lists sender IDs as supported; ClickSend replaces every name with a generic one.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_CS] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only AWS checked; it offers no local numbers. Under the research policy this does not establish what the operators accept: AWS\'s country table lists no local long numbers here, which says what AWS sells.', sources: [S_AWS_ASIA] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }],
      twoWay: { value: false, sources: [S_AWS_ASIA, S_CS, S_SENT], note: 'AWS, ClickSend and Sent.dm offer no two-way SMS here.' },
    },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: AWS\'s country table lists no short codes here, which says what AWS sells; only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_ASIA, S_SENT] },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_ASIA] }] },
  },
  consent: { marketing: { value: 'express', sources: [S_CS, S_SURE] } },
  optOut: { marketingInstructions: { value: 'required', sources: [S_CS], note: 'Every marketing SMS needs an easy, immediate way to opt out.' } },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ge.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '22:00' },
          { days: ['sat', 'sun'], start: '09:00', end: '20:00' },
        ],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Asia/Tbilisi' },
        text: 'Send marketing SMS 08:00-22:00 on working days and 09:00-20:00 on weekends and public holidays.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
  content: {
    value: [
      { id: 'content.ge.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content, including events promoting it.', sources: [S_CS, S_SURE] },
      { id: 'content.ge.tobacco', topic: 'tobacco', restriction: 'prohibited', text: 'No tobacco or smoking accessories.', sources: [S_CS] },
      { id: 'content.ge.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No drinks stronger than 25% alcohol.', sources: [S_CS] },
      { id: 'content.ge.medical', topic: 'drugs', restriction: 'prohibited', text: 'No prescription drugs, abortion services or medical treatments.', sources: [S_CS] },
      { id: 'content.ge.unlicensed', topic: 'other', restriction: 'prohibited', text: 'No goods or services lacking the registration, certification or licence they require.', sources: [S_CS] },
      { id: 'content.ge.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_SURE] },
      { id: 'content.ge.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_SURE] },
    ],
    sources: [S_CS, S_SURE],
  },
});
