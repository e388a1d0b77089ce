import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Morocco. Re-audited 2026-12-06: Twilio's page (top part) and its Morocco registration article
// re-read in the search tool's stored copies. Twilio's sender tables could only be read in a
// word-for-word markdown copy in a public GitHub compilation; the copy names the page's address,
// repeats Twilio's own field descriptions, and its top part matches the stored twilio.com page, so
// under policy section 5 it stands for the page (cited as provider, "read in a verbatim copy" in the
// title; re-read 2026-12-06). The Bird and Infobip Morocco entries in the same compilation name
// no address and their primary pages could not be read: they stay secondary. The AWS Africa rows
// after Equatorial Guinea could not be reached; no Vonage, Sinch, Telnyx, Plivo or Mapp page.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Morocco (locale summary)', url: 'https://static0.twilio.com/en-us/guidelines/ma/sms', kind: 'provider', reviewed: R } as const;
const S_TW_REG = {
  title: 'Twilio Support: Documents Required and Instructions to Register Your Alphanumeric Sender ID in Morocco',
  url: 'https://support.twilio.com/hc/en-us/articles/4508275593243-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-Morocco',
  kind: 'provider', reviewed: R,
} as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Morocco, sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ma/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird: SMS Country Information Guide, Africa, Morocco entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Morocco entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Morocco SMS Guide', url: 'https://www.sent.dm/resources/morocco-sms-guide', kind: 'secondary', reviewed: OLD } as const;
const S_SDM = { title: 'Sent: Send SMS to Morocco, ANRT compliance and sender ID registration', url: 'https://www.s.dm/en/resources/sms-compliance/morocco-sms-guide', kind: 'secondary', reviewed: OLD } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio (countries needing a registered sender ID)', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: OLD } as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_IB_COPY, S_BIRD_COPY, S_SENT, S_GOURBAN],
      note: "Twilio's operator row (read in a verbatim copy, a provider page; the only major-provider page that speaks) marks unregistered names as not supported by the operators, for all networks, and says registration is required for domestic and international traffic. Twilio still sells dynamic names, but they are not preserved (Wana overwrites them with a generic name): the provider's workaround, not operator acceptance (see offers). No law, regulator, carrier or other major-provider page says any network accepts them. The Infobip and Bird copies, sent.dm and goUrban (secondary) also say registration is required. Use the pre-registered row.",
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: false, sources: [S_TW_COPY], note: "Twilio's table (read in a verbatim copy) marks dynamic names as not preserved; Wana overwrites them." },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_REG, S_TW_COPY, S_IB_COPY, S_SENT] },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_REG, S_TW_COPY] },
      ],
    registration: {
      value: 'required',
      sources: [S_TW_REG, S_TW_COPY, S_IB_COPY, S_SENT],
      note: 'Required for domestic and international traffic alike (Twilio); only Moroccan companies supply documents (a commercial registration).',
    },
    programme: 'ma.sender-id',
    twoWay: ALPHA_ONE_WAY,
    leadTime: {
      value: { minDays: 21, maxDays: 21 },
      sources: [S_TW_COPY, S_IB_COPY, S_SENT],
      note: "Twilio's table (read in a verbatim copy, a provider page): three weeks for international and domestic registration; sent.dm agrees. The Infobip copy (secondary) says up to two weeks; it does not override Twilio.",
    },
    senderIdPreserved: {
      value: true,
      sources: [S_TW_COPY, S_SENT, S_SDM],
      note: "Twilio's table (read in a verbatim copy, a provider page) marks registered names as preserved; sent.dm (a digest) says they are not kept on Inwi, which does not override Twilio.",
    },
  },
  'local-long-code': {
    supported: {
      value: 'unknown',
      sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_SENT],
      note: "No law, regulator, carrier or primary provider page settles it: Twilio's table (read in a verbatim copy) gives no operator value for domestic numbers and Twilio does not sell them; no AWS row was reachable. The secondary sources disagree: the Bird copy lists Moroccan numbers, while the Infobip copy and sent.dm say numeric senders are refused.",
    },
    offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      ],
    twoWay: {
      value: 'unknown',
      sources: [S_TW, S_IB_COPY, S_SENT],
      note: 'Twilio offers no two-way SMS here; Infobip offers two-way only for local traffic through premium short codes.',
    },
  },
  'international-long-code': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_SENT],
      note: "Twilio's operator row (read in a verbatim copy, a provider page; the only major-provider page that speaks) marks foreign numbers as not supported by the operators, for all networks. Twilio still sells them, best-effort only and with the number not preserved (Maroc Telecom and Wana overwrite it with a generic name): the provider's workaround, not operator acceptance (see offers). No law, regulator, carrier or other major-provider page says any network accepts them. The Infobip copy and sent.dm (secondary) say numeric senders are refused; the Bird copy (secondary) lists international numbers.",
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    senderIdPreserved: { value: false, sources: [S_TW_COPY], note: "Twilio's table (read in a verbatim copy) marks foreign numbers as not preserved: Maroc Telecom and Wana overwrite them." },
  },
  'short-code': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_SENT, S_IB_COPY, S_BIRD_COPY],
      note: "Decided by the hierarchy: Twilio's table (read in a verbatim copy that stands for the page) is the only major-provider page that speaks, and it says the operators do not support short codes; sent.dm agrees. Against it, only copies (secondary): Infobip offers premium short codes for local two-way traffic on request (four to six months to provision), and Bird lists Moroccan short codes.",
    },
    twoWay: { value: 'unknown', sources: [S_IB_COPY], note: 'Moot while the operators do not accept short codes; only the Infobip copy (secondary) mentions two-way SMS, through premium short codes for local traffic.' },
  },
};

export const MA: CountryRules = /* @__PURE__ */ region({
  country: 'MA',
  name: 'Morocco',
  reviewed: R,
  timeZones: ['Africa/Casablanca'],
  languages: ['ar', 'zgh'],
  senders: SENDERS,
  registrations: [
    {
      id: 'ma.sender-id',
      name: 'Sender ID pre-registration with the Moroccan operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID (up to 11 characters, no spaces, no special characters, not generic) before sending, for local and international traffic; Moroccan companies add their commercial registration, foreign senders need no documents.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW_REG, S_TW_COPY, S_IB_COPY, S_SENT],
    },
  ],
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ma.marketing',
        level: 'required',
        useCases: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '10:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Casablanca' },
        text: 'Send marketing SMS only from 10:00 to 20:00 local time, every day (an operator sending window). Only Infobip, read in a copy, states it; Bird lists no quiet hours.',
        sources: [S_IB_COPY],
      },
    ],
    sources: [S_IB_COPY, S_BIRD_COPY],
    note: 'Only a secondary copy of the Infobip page speaks; no regulator (ANRT) text was found.',
  },
  obligations: [
    {
      id: 'identification.ma.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Register a sender name that identifies your brand; generic names, numbers-only names and spaces are refused.',
      senderTypes: ['alphanumeric'],
      sources: [S_IB_COPY, S_TW_COPY, S_TW_REG],
    },
  ],
});
