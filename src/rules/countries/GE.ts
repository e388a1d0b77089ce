import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Georgia. AWS Asia table, ClickSend, SureSMS and Sent.dm read 2026-11-23.
// No Twilio page for Georgia was found. AWS row and ClickSend re-read for sender IDs.
const R = '2026-11-23' as const;
// Sender rows re-read 2026-12-06: Twilio's sender tables in a word-for-word copy of its page
// (GitHub nevetsagetro/OKR-warranted, data/raw/georgia_ge.md, which names the page's address);
// no stored twilio.com page for Georgia was found, so the copy stands for the page (policy
// section 5). Its "Twilio supported" row and AWS's table are offers. ClickSend and SureSMS are
// providers' own pages but not major providers (policy level 4).
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Georgia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ge/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Georgia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ge/sms',
  kind: 'provider', reviewed: T,
} as const;
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
      supported: { value: true, sources: [S_TW, S_CS, S_SURE], note: 'Twilio, the only major-provider page about the operators, marks dynamic names as supported, and decides; AWS sells sender IDs here (offer) and Sent.dm (secondary) agrees. On the other side, ClickSend (not a major provider) replaces custom names with a generic one and SureSMS says names can be overwritten.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: true, sources: [S_AWS_ASIA] },
      ],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_CS, S_SURE] },
    },
    'alphanumeric-preregistered': {
      supported: { value: 'unknown', sources: [S_CS, S_AWS_ASIA, S_TW], note: 'No major-provider page speaks about the operators: Twilio leaves the pre-registration column empty, and AWS sells sender IDs here (offer). ClickSend (not a major provider) replaces every name with a generic one; that does not establish that the operators refuse registered names.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_CS] },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks domestic numbers as not supported by the operators. AWS sells no local numbers here (its offer).' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported (AWS, ClickSend and Sent.dm offer no two-way SMS here).' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'short-code': { supported: { value: 'unknown', note: 'Twilio\'s page says nothing of what the operators accept for short codes. AWS\'s table lists none and Twilio sells none (offers); only a secondary source (sent.dm) says they are not available.', sources: [S_AWS_ASIA, S_TW_OFFER, S_SENT] },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
      ] },
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
