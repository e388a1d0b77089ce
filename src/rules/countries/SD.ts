import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sudan. Re-audited 2026-12-06. Twilio's sender tables and the Bird and Infobip Sudan entries could
// only be read in a verbatim markdown copy of those pages in a public GitHub compilation (repository
// not named by the index): cited as secondary. Not in the AWS Africa rows that could be reached; no
// Vonage, Sinch, Telnyx or Plivo page. s.dm and goUrban keep their 2026-11-23 review date.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Sudan, sender tables (read in a verbatim copy in a public GitHub compilation, not on twilio.com)',
  url: 'https://www.twilio.com/en-us/guidelines/sd/sms',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD_COPY = {
  title: 'Bird: SMS Country Information Guide, Africa, Sudan entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_IB_COPY = {
  title: 'Infobip: SMS coverage and connectivity, Sudan entry (read in a verbatim copy in a public GitHub compilation)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_SDM = { title: 'Sent: Sudan SMS Guide', url: 'https://www.s.dm/resources/sudan-sms-guide', kind: 'secondary', reviewed: OLD } as const;
const S_GOURBAN = { title: 'goUrban Support: Twilio (countries needing a registered sender ID)', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: OLD } as const;

const SENDERS: RegionBrief['senders'] = {
  'toll-free': {
    supported: TOLL_FREE_VOICE_ONLY,
  },
  'alphanumeric-dynamic': {
    supported: { value: 'restricted', sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_SDM, S_GOURBAN] },
    restriction: {
      networks: ['MTN Sudan'],
      text: 'Twilio still sends unregistered names but they are not preserved, and MTN Sudan takes registered names only; Twilio and Bird say the operators require registration, while Infobip says unregistered names work (all read in copies).',
      sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY],
    },
    offers: [
      { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      { provider: 'infobip', offered: true, sources: [S_IB_COPY] },
    ],
    registration: { value: 'required', sources: [S_TW_COPY, S_BIRD_COPY, S_SDM, S_GOURBAN], note: 'For the name to be kept, it must be registered; Infobip (read in a copy) needs no registration.' },
    programme: 'sd.sender-id',
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: false, sources: [S_TW_COPY] },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_COPY, S_BIRD_COPY, S_SDM] },
    offers: [
      { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      { provider: 'bird', offered: true, sources: [S_BIRD_COPY] },
    ],
    registration: {
      value: 'required',
      sources: [S_TW_COPY, S_BIRD_COPY, S_SDM, S_GOURBAN],
      note: 'Twilio and Bird require registration, for international and domestic traffic alike (Twilio); Infobip says none is needed. Above all for MTN Sudan.',
    },
    programme: 'sd.sender-id',
    twoWay: ALPHA_ONE_WAY,
    leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW_COPY, S_SDM], note: 'Only secondary sources speak: three weeks (Twilio, read in a copy; s.dm).' },
    senderIdPreserved: { value: true, sources: [S_TW_COPY] },
    restrictedUseCases: { value: ['marketing'], sources: [S_TW_COPY], note: 'Twilio (read in a copy): promotional sender names cannot be registered.' },
  },
  'local-long-code': {
    offers: [
      { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      { provider: 'bird', offered: false, sources: [S_BIRD_COPY] },
    ],
    twoWay: { value: 'unknown', sources: [S_TW_COPY, S_IB_COPY, S_SDM], note: 'Twilio, Infobip and s.dm offer no two-way SMS here; that says what they sell, not what the operators allow.' },
  },
  'international-long-code': {
    supported: { value: 'restricted', sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_SDM] },
    restriction: {
      networks: ['MTN Sudan', 'Sudani'],
      text: 'Messages from foreign numbers are not delivered on MTN and Sudani (Twilio, read in a copy); Bird does not offer them, while Infobip says numeric senders work. Use a registered name instead.',
      sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY],
    },
    offers: [
      { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      { provider: 'bird', offered: false, sources: [S_BIRD_COPY] },
    ],
    senderIdPreserved: { value: false, sources: [S_TW_COPY] },
  },
  'short-code': {
    supported: {
      value: 'unknown',
      sources: [S_SDM, S_BIRD_COPY, S_TW_COPY],
      note: 'Only s.dm (a digest) says short codes are not supported; Twilio and Bird (read in copies) do not offer them. No operator-level source.',
    },
    offers: [
      { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      { provider: 'bird', offered: false, sources: [S_BIRD_COPY] },
    ],
  },
};

export const SD: CountryRules = /* @__PURE__ */ region({
  country: 'SD',
  name: 'Sudan',
  reviewed: R,
  timeZones: ['Africa/Khartoum'],
  languages: ['ar', 'en'],
  senders: SENDERS,
  registrations: [
    {
      id: 'sd.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the exact sender ID you will use before sending (no generic names such as INFO, Verify or Notify; no promotional names); allow about three weeks.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_TW_COPY, S_SDM],
    },
  ],
  obligations: [
    {
      id: 'identification.sd.no-generic-sender',
      category: 'identification',
      level: 'required',
      text: 'Do not use generic sender names such as InfoSMS, INFO, Verify or Notify; operators block them.',
      senderTypes: ['alphanumeric'],
      sources: [S_TW_COPY, S_BIRD_COPY],
    },
  ],
});
