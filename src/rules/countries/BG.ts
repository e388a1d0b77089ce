import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bulgaria. Only the ClickSend page was found. Twilio and AWS Europe pages
// could not be reached.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Bulgaria', url: 'https://help.clicksend.com/article/xhb947t2ni-bulgaria', kind: 'provider', reviewed: R } as const;

export const BG: CountryRules = /* @__PURE__ */ region({
  country: 'BG',
  name: 'Bulgaria',
  reviewed: R,
  timeZones: ['Europe/Sofia'],
  languages: ['bg'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_CS], note: 'Unregistered IDs are replaced by a generic one.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_CS] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CS] },
      registration: { value: 'required', sources: [S_CS] },
      programme: 'bg.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_CS], note: 'Numeric senders are rejected; only domestic brands may use a dedicated long code for two-way SMS.' },
      twoWay: { value: false, sources: [S_CS], note: 'Two-way is open to domestic brands only.' },
    },
    'short-code': { supported: { value: false, sources: [S_CS] } },
  },
  registrations: [
    {
      id: 'bg.sender-id',
      name: 'Sender ID pre-registration in Bulgaria',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending, for transactional and promotional traffic alike.',
      sources: [S_CS],
    },
  ],
});
