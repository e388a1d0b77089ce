import { region } from '../brief';
import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Western Sahara. Checked 2026-11-23: the AWS Africa rows that could be reached, Twilio guidelines and
// the stored provider pages (sent.dm, ClickSend, SureSMS, D7) say nothing about this region. No facts are known.
const R = '2026-11-23' as const;

export const EH: CountryRules = /* @__PURE__ */ region({
  country: 'EH',
  name: 'Western Sahara',
  reviewed: R,
  timeZones: ['Africa/El_Aaiun'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
});
