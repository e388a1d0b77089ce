import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Senegal. s.dm guide and Clickatell country page read 2026-11-23.
// No Twilio sender table found; not in the AWS Africa rows reached.
const R = '2026-11-23' as const;
const S_SDM = { title: 'Sent: Senegal SMS Guide', url: 'https://www.s.dm/resources/senegal-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_CLICKATELL = {
  title: 'Clickatell: Senegal SMS messaging regulations and restrictions',
  url: 'https://www.clickatell.com/faqs/answer/senegal-sms-messaging-regulations-and-restrictions/',
  kind: 'provider', reviewed: R,
} as const;

export const SN: CountryRules = /* @__PURE__ */ region({
  country: 'SN',
  name: 'Senegal',
  reviewed: R,
  timeZones: ['Africa/Dakar'],
  languages: ['fr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_SDM] },
      registration: { value: 'unknown', sources: [S_SDM, S_CLICKATELL], note: 's.dm says no pre-registration is needed; Clickatell says it may be required.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SDM] },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Only international long codes are available (s.dm). Under the research policy this does not establish what the operators accept: only a secondary source (sent.dm) says they are not available.', sources: [S_SDM] },
      twoWay: { value: false, sources: [S_SDM], note: 's.dm says the operators do not support two-way SMS.' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_SDM] },
      senderIdPreserved: { value: false, sources: [S_SDM], note: 'Carriers may change it.' },
    },
  },
  consent: { marketing: { value: 'express', sources: [S_CLICKATELL, S_SDM] } },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.sn.political',
        level: 'required',
        useCases: ['political'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '18:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Dakar' },
        text: 'Send political messages only between 08:00 and 18:00 (Clickatell).',
        sources: [S_CLICKATELL],
      },
    ],
    sources: [S_CLICKATELL, S_SDM],
  },
  content: {
    value: [
      { id: 'content.sn.political', topic: 'political', restriction: 'restricted', text: 'No unsolicited political messages; political messages only from 08:00 to 18:00.', sources: [S_CLICKATELL] },
      { id: 'content.sn.sex', topic: 'sex', restriction: 'prohibited', text: 'No pornographic content.', sources: [S_CLICKATELL] },
      { id: 'content.sn.hate', topic: 'hate', restriction: 'prohibited', text: 'No defamatory, insulting or racist content, nothing against human dignity or minors.', sources: [S_CLICKATELL] },
      { id: 'content.sn.drugs', topic: 'drugs', restriction: 'prohibited', text: 'Nothing inciting violence or the use of banned substances.', sources: [S_CLICKATELL] },
      { id: 'content.sn.illegal', topic: 'other', restriction: 'prohibited', text: 'No promotion of illegal products or services.', sources: [S_CLICKATELL] },
    ],
    sources: [S_CLICKATELL],
  },
});
