import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Benin. ClickSend country page and Sent guide (sender facts only) read 2026-11-23.
// Not in the AWS Africa table (absent between Angola and Botswana); no Twilio page found.
// Sender rows re-read 2026-12-06 from Twilio's guideline page through a word-for-word copy
// on GitHub (nevetsagetro/OKR-warranted, data/raw/benin_bj.md) that names the page's
// address; with no stored twilio.com page to compare it with, the copy stands for the page
// (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Benin (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bj/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Benin, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/bj/sms',
  kind: 'provider', reviewed: R4,
} as const;
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
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio, the only major-provider page about the operators, marks unregistered names as not supported by them (registration required; MTN takes only registered names); sent.dm (secondary) agrees. Twilio still sells them.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_SENT], note: 'Twilio: the operators require registration, with no split between domestic and international traffic (about 3 weeks); promotional content cannot be registered.' },
      programme: 'bj.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported (ClickSend: two-way messaging is not supported).' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio\'s operator row marks international long codes as not supported, but the same page does not deliver them only by replacing the sender: its sender-preserved row says the number is kept, and it names MTN as the one network where a numeric sender fails. Read as accepted outside MTN. The Infobip section of a compiled copy (secondary) also allows numeric senders.' },
      restriction: {
        networks: ['MTN'],
        text: 'MTN Benin refuses numeric senders: messages from a number fail there; on the other networks the number is shown. Use a registered sender name for MTN subscribers.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio, the only major-provider page about the operators, marks short codes as not supported by them.' },
    },
  },
  registrations: [
    {
      id: 'bj.sender-id',
      name: 'Alphanumeric sender ID pre-registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Have the sender name registered before sending; Twilio gives about 3 weeks and says promotional content cannot be registered.',
      sources: [S_TW, S_SENT],
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
