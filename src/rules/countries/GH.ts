import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Ghana. Telerivet, 4notify, Arkesel and sent.dm pages read 2026-11-23; not in the AWS Africa rows that could be reached.
// Twilio sender table read from a stored copy of the page.
// Re-checked 2026-12-06 against the research policy: eSMS Africa added; the Twilio table
// and the other pages were not re-read (they keep 2026-11-23).
const R = '2026-11-23' as const;
const R1 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Ghana', url: 'https://www.twilio.com/en-us/guidelines/gh/sms', kind: 'provider', reviewed: R } as const;
const S_ESMS = { title: 'eSMS Africa Docs: Sender IDs overview (country requirements table)', url: 'https://esmsafrica.io/docs/sender-ids/overview/', kind: 'provider', reviewed: R1 } as const;
const S_TELERIVET = {
  title: 'Telerivet blog: Ghana SMS Compliance, NCA Sender ID Registration and Act 843 (2026-01-20)',
  url: 'https://www.telerivet.com/blog/ghana-sms-compliance-nca-sender-id-registration-and-act-843?hs_amp=true',
  kind: 'provider', reviewed: R,
} as const;
const S_4NOTIFY = { title: '4notify: NCA, alphanumeric Sender ID and the Do-Not-Originate register for A2P SMS into Ghana', url: 'https://4notify.net/gh/en/nca-sender-id-sms-ghana', kind: 'provider', reviewed: R } as const;
const S_ARKESEL = { title: 'Arkesel: How to Send Bulk SMS in Ghana, NCA-compliant workflow', url: 'https://arkesel.com/how-to-send-bulk-sms-in-ghana/', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Ghana SMS Guide', url: 'https://sent.dm/resources/gh_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const GH: CountryRules = /* @__PURE__ */ region({
  country: 'GH',
  name: 'Ghana',
  reviewed: R1,
  timeZones: ['Africa/Accra'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW],
        note: 'Twilio\'s operator-capability row marks dynamic names as not supported by the operators (MTN named as refusing them). Twilio still sends them, but only with the name replaced: that is its delivery workaround, not operator acceptance (Twilio sells it: offer). Telerivet, 4notify and eSMS Africa say names are registered with each operator (NCA oversight) before use; no page says an operator accepts unregistered names.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'unknown', note: 'Not applicable: the operators do not accept unregistered names; see alphanumeric-preregistered.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TELERIVET, S_4NOTIFY, S_ESMS, S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'required', sources: [S_TELERIVET, S_4NOTIFY, S_ARKESEL, S_ESMS, S_TW] },
      programme: 'gh.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 7, maxDays: 21 },
        sources: [S_4NOTIFY, S_TW],
        note: '4notify: 5 to 10 business days; Twilio: 2 weeks domestic, 3 weeks international. The range spans both.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW], note: 'Twilio: promotional sender IDs cannot be registered for international traffic; a sender abroad cannot register a name for marketing.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW] },
      twoWay: { value: false, sources: [S_SENT, S_TW], note: 'sent.dm and Twilio offer no two-way SMS here.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio: Airtel, MTN and Glo reject numeric IDs, though Twilio still sends them.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: false,
        sources: [S_TW, S_4NOTIFY, S_ARKESEL],
        note: 'Twilio\'s operator row says the operators do not support short codes; 4notify and Arkesel, smaller vendors, describe local short codes with brand attestation at each operator. The major provider\'s statement about the operators outranks them; no NCA page was found.',
      },
      registration: { value: 'unknown', sources: [S_4NOTIFY, S_ARKESEL], note: 'Moot while short codes are not supported; 4notify and Arkesel describe brand attestation with each operator.' },
      twoWay: { value: 'unknown', sources: [S_SENT, S_4NOTIFY], note: 'Moot while short codes are not supported; 4notify calls them two-way, sent.dm says two-way SMS is not supported.' },
    },
  },
  registrations: [
    {
      id: 'gh.sender-id',
      name: 'Sender ID registration with MTN, Telecel and AirtelTigo (NCA oversight)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with each operator through your provider; show trademark ownership, a sample message and an attestation of use.',
      leadTime: { minDays: 7, maxDays: 21 },
      sources: [S_4NOTIFY, S_TELERIVET, S_TW],
    },
  ],
  consent: {
    marketing: { value: 'express-written', sources: [S_ARKESEL, S_TELERIVET], note: 'Arkesel: prior written consent for direct marketing under Act 843; Telerivet: consent needed for many commercial uses.' },
    laws: {
      value: ['Data Protection Act, 2012 (Act 843)', 'Electronic Communications Act, 2008 (Act 775)', 'NCA Unsolicited Electronic Communications Code of Conduct'],
      sources: [S_TELERIVET, S_4NOTIFY, S_ARKESEL],
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.gh.marketing',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:00', end: '19:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Accra' },
        text: 'Send promotional SMS only from 08:00 to 19:00, Monday to Saturday; never on Sunday.',
        sources: [S_TELERIVET],
      },
    ],
    sources: [S_TELERIVET, S_ARKESEL],
  },
  dataProtection: { value: ['Data Protection Act, 2012 (Act 843)'], sources: [S_TELERIVET, S_ARKESEL] },
  obligations: [
    {
      id: 'data-protection.gh.right-to-object',
      category: 'data-protection',
      level: 'required',
      text: 'Stop direct marketing to a person who objects to it (Act 843).',
      useCases: ['marketing', 'mixed'],
      sources: [S_TELERIVET],
    },
    {
      id: 'identification.gh.do-not-originate',
      category: 'identification',
      level: 'required',
      text: 'Do not use sender IDs of banks, government bodies or emergency services; the NCA Do-Not-Originate list blocks them.',
      senderTypes: ['alphanumeric'],
      sources: [S_4NOTIFY],
    },
  ],
});
