import { region, type RegionBrief } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sudan. Re-audited 2026-12-06. Twilio's page was read in a verbatim markdown copy in a public GitHub
// compilation (repository not named by the index); the copy names the page's address and keeps
// Twilio's own field descriptions word for word, so under policy section 5 it stands for the page
// (kind 'provider', re-read 2026-12-06). No stored twilio.com copy of the Sudan page was found to
// compare its top part with. The Bird and Infobip Sudan entries in the same compilation do not name
// their pages' addresses: they stay secondary. Not in the AWS Africa rows that could be reached; no
// Vonage, Sinch, Telnyx, Plivo or regulator (TPRA) page. s.dm and goUrban keep their 2026-11-23 date.
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const S_TW_COPY = {
  title: 'Twilio SMS Guidelines: Sudan, sender tables (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sd/sms',
  kind: 'provider', reviewed: R,
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
    supported: {
      value: false,
      sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_SDM, S_GOURBAN],
      note: "Twilio's operator row (page read in a verbatim copy; the only major-provider page) marks unregistered names as not supported by the operators and not preserved: Twilio still sells them but delivers them only with the name changed, which is its workaround, not operator acceptance, and MTN Sudan takes registered names only. No source at that level or above says any network shows an unregistered name. Bird (secondary copy) requires registration; Infobip (secondary copy) says dynamic names work, which does not override the provider page. Use a registered name (alphanumeric-preregistered).",
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    twoWay: ALPHA_ONE_WAY,
    senderIdPreserved: { value: false, sources: [S_TW_COPY], note: "Twilio's page (read in a verbatim copy) marks unregistered names as not preserved." },
  },
  'alphanumeric-preregistered': {
    supported: { value: true, sources: [S_TW_COPY, S_BIRD_COPY, S_SDM], note: "Twilio's page (read in a verbatim copy) marks registered names as required by the operators, for international and domestic traffic alike." },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    registration: {
      value: 'required',
      sources: [S_TW_COPY, S_BIRD_COPY, S_SDM, S_GOURBAN],
      note: "Twilio's page (read in a verbatim copy) requires registration for international and domestic traffic alike, above all for MTN Sudan; Bird's copy agrees. Infobip's copy (secondary) says none is needed; it does not override the provider page.",
    },
    programme: 'sd.sender-id',
    twoWay: ALPHA_ONE_WAY,
    leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW_COPY, S_SDM], note: "Three weeks (Twilio's page, read in a verbatim copy; s.dm agrees)." },
    senderIdPreserved: { value: true, sources: [S_TW_COPY], note: "Twilio's page (read in a verbatim copy) marks registered names as preserved." },
    restrictedUseCases: { value: ['marketing'], sources: [S_TW_COPY], note: "Twilio's page (read in a verbatim copy): promotional sender names cannot be registered." },
  },
  'local-long-code': {
    supported: {
      value: 'unknown',
      sources: [S_TW_COPY, S_BIRD_COPY],
      note: "No source says whether the operators accept Sudanese numbers: Twilio's page (read in a verbatim copy) leaves the operator row blank and does not sell them; Bird (secondary copy) does not offer them. A provider not selling a sender is not evidence that operators refuse it.",
    },
    offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
      ],
    twoWay: { value: 'unknown', sources: [S_TW_COPY, S_IB_COPY, S_SDM], note: 'Twilio, Infobip and s.dm offer no two-way SMS here; that says what they sell, not what the operators allow.' },
  },
  'international-long-code': {
    supported: {
      value: false,
      sources: [S_TW_COPY, S_BIRD_COPY, S_IB_COPY, S_SDM],
      note: "Twilio's operator row (page read in a verbatim copy; the only major-provider page) marks foreign numbers as not supported by the operators and not preserved: Twilio still sells them, but MTN Sudan and Sudani One do not deliver them at all and elsewhere the number is replaced, which is Twilio's workaround, not operator acceptance. No source at that level or above says any network shows the number. Bird (secondary copy) does not offer them; Infobip (secondary copy) says numeric senders work, which does not override the provider page.",
    },
    offers: [
        { provider: 'twilio', offered: true, sources: [S_TW_COPY] },
      ],
    senderIdPreserved: { value: false, sources: [S_TW_COPY], note: "Twilio's page (read in a verbatim copy) marks foreign numbers as not preserved." },
  },
  'short-code': {
    supported: {
      value: 'unknown',
      sources: [S_SDM, S_BIRD_COPY, S_TW_COPY],
      note: "Only s.dm (a digest) says short codes are not available, and a secondary source cannot establish false. Twilio's page (read in a verbatim copy) leaves the operator row blank and does not sell them; Bird (secondary copy) does not offer them. No operator, regulator or first-hand provider statement about the operators.",
    },
    offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_COPY] },
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
      senderKinds: ['alphanumeric-preregistered'],
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
