import { region } from '../brief';
import type { CountryRules } from '../types';

// Northern Mariana Islands. No source read establishes any SMS fact here (checked 2026-11-23).
// Checked: the AWS Oceania table (not listed there), the AWS US toll-free
// registration page (it names Guam and American Samoa, not this territory) and
// a search for Twilio's guidelines page (none found). US carrier rules may apply,
// but no source read says so.
const R = '2026-11-23' as const;

export const MP: CountryRules = /* @__PURE__ */ region({
  country: 'MP',
  name: 'Northern Mariana Islands',
  reviewed: R,
  timeZones: ['Pacific/Saipan'],
  languages: ['en', 'ch'],
  senders: {},
});
