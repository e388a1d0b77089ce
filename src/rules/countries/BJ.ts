import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Benin. ClickSend country page and Sent guide (sender facts only) read 2026-11-23.
// Not in the AWS Africa table (absent between Angola and Botswana); no Twilio page found.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Benin (+229)', url: 'https://help.clicksend.com/article/ae3xc6i26a-benin', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Benin SMS Guide', url: 'https://sent.dm/en/resources/sms-compliance/bj-sms-guidance', kind: 'secondary', reviewed: R } as const;

export const BJ: CountryRules = /* @__PURE__ */ region({
  country: 'BJ',
  name: 'Benin',
  reviewed: R,
  timeZones: ['Africa/Porto-Novo'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'unknown', note: 'Only Sent\'s guide says so; it requires pre-registration. Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SENT] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SENT], note: "Only Sent's guide says so." },
      registration: { value: 'required', sources: [S_SENT], note: "Only Sent's guide says so." },
      programme: 'bj.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': { twoWay: { value: false, sources: [S_CS], note: 'ClickSend: two-way messaging is not supported.' } },
  },
  registrations: [
    {
      id: 'bj.sender-id',
      name: 'Alphanumeric sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Have the sender name registered before sending; Sent gives no lead time.',
      sources: [S_SENT],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.bj.marketing',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '17:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Porto-Novo' },
        text: 'Send promotional SMS only from 08:00 to 17:00; fines for sending outside it fall on the sender.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
  content: {
    value: [
      { id: 'content.bj.hate', topic: 'hate', restriction: 'prohibited', text: 'No insults, personal attacks or defamation.', sources: [S_CS] },
      { id: 'content.bj.sex', topic: 'sex', restriction: 'prohibited', text: 'No obscene or pornographic content.', sources: [S_CS] },
      { id: 'content.bj.tobacco', topic: 'tobacco', restriction: 'prohibited', text: 'No tobacco content.', sources: [S_CS] },
      { id: 'content.bj.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_CS] },
      { id: 'content.bj.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_CS] },
      { id: 'content.bj.other', topic: 'other', restriction: 'prohibited', text: 'No false information, privacy violations or calls to disturb public order.', sources: [S_CS] },
      {
        id: 'content.bj.advertising',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['marketing', 'mixed'],
        text: 'ClickSend lists electronic advertising and direct prospecting as forbidden, yet allows promotional traffic in daytime; do not send unsolicited promotion.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
});
