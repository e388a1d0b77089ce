import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Libya. Twilio locale summary, ClickSend country page and sent.dm guide read 2026-11-23.
// Not in the AWS Africa rows that could be reached.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Libya', url: 'https://twilio.com/guidelines/ly/sms', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Libya +218', url: 'https://help.clicksend.com/article/wjstjyxnct-libya', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Libya SMS Guide', url: 'https://www.sent.dm/resources/libya-sms-guide', kind: 'secondary', reviewed: R } as const;

export const LY: CountryRules = /* @__PURE__ */ region({
  country: 'LY',
  name: 'Libya',
  reviewed: R,
  timeZones: ['Africa/Tripoli'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_CS], note: 'Sender IDs need pre-registration; generic ones are blocked.' },
      registration: { value: 'required', sources: [S_CS] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS] },
      registration: { value: 'required', sources: [S_CS] },
      programme: 'ly.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only sent.dm speaks to it. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: { value: false, sources: [S_TW, S_CS], note: 'Twilio and ClickSend offer no two-way SMS here.' },
    },
    'international-long-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
    'short-code': { supported: { value: 'unknown', note: 'Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] } },
  },
  registrations: [
    {
      id: 'ly.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a sender ID that is the brand\'s own name before sending; generic IDs are blocked.',
      sources: [S_CS],
    },
  ],
  optOut: { marketingInstructions: { value: 'not-required', sources: [S_CS] } },
  quietHours: { value: [], sources: [S_CS], note: 'ClickSend: no curfew or time restriction.' },
  content: {
    value: [
      { id: 'content.ly.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
      { id: 'content.ly.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_CS] },
      { id: 'content.ly.tobacco', topic: 'tobacco', restriction: 'prohibited', text: 'No tobacco content.', sources: [S_CS] },
      { id: 'content.ly.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_CS] },
      { id: 'content.ly.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No medicines or drugs.', sources: [S_CS] },
      { id: 'content.ly.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_CS] },
      { id: 'content.ly.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_CS] },
    ],
    sources: [S_CS],
  },
  obligations: [
    {
      id: 'content.ly.whitelisting',
      category: 'content',
      level: 'required',
      text: 'Have the message content whitelisted before sending (an Al Madar rule); allow up to 72 hours.',
      sources: [S_CS],
    },
  ],
});
