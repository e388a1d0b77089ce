import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sudan. s.dm guide and goUrban's Twilio note read 2026-11-23; not in the AWS Africa rows that could be reached.
// Twilio sender table read from a stored copy of the page.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Sudan', url: 'https://www.twilio.com/en-us/guidelines/sd/sms', kind: 'provider', reviewed: R } as const;
const S_SDM = { title: 'Sent: Sudan SMS Guide', url: 'https://www.s.dm/resources/sudan-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio (countries needing a registered sender ID)', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

export const SD: CountryRules = /* @__PURE__ */ region({
  country: 'SD',
  name: 'Sudan',
  reviewed: R,
  timeZones: ['Africa/Khartoum'],
  languages: ['ar', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_SDM, S_GOURBAN, S_TW], note: 'Twilio still sends dynamic IDs, but not preserved; MTN Sudan takes only registered ones.' },
      registration: { value: 'required', sources: [S_SDM, S_GOURBAN, S_TW] },
      programme: 'sd.sender-id',
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_SDM, S_TW] },
      registration: { value: 'required', sources: [S_SDM, S_GOURBAN, S_TW], note: 'Above all for the MTN Sudan network.' },
      programme: 'sd.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_SDM, S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Twilio: promotional sender IDs cannot be registered.' },
    },
    'local-long-code': { twoWay: { value: false, sources: [S_SDM, S_TW], note: 's.dm and Twilio offer no two-way SMS here.' } },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_SDM, S_TW],
        note: 's.dm lists international numbers; Twilio says operators do not accept them (MTN and Sudani fail numeric IDs). The conservative value is taken.',
      },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_SDM] } },
  },
  registrations: [
    {
      id: 'sd.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the exact sender ID you will use before sending; allow about three weeks.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_SDM, S_TW],
    },
  ],
});
