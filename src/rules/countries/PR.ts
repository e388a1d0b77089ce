import { region } from '../brief';
import { ALPHA_ONE_WAY } from '../sources';
import type { CountryRules } from '../types';

// Puerto Rico (US territory). ClickSend's two country pages, Sent's country guide,
// Telnyx's sender-ID page and AWS's US toll-free registration page read 2026-11-23.
// Puerto Rico's row in the AWS North America table was not reachable in the stored
// copy, and no Twilio page for Puerto Rico was found.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for Puerto Rico, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address. No stored twilio.com page for Puerto Rico was found to compare it with,
// so the copy stands for the page. Its operator row decides `supported`; its "Twilio
// supported" row is recorded as offers (separate source object).
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Puerto Rico (+1787)', url: 'https://help.clicksend.com/en/articles/44048-puerto-rico-1787', kind: 'provider', reviewed: R } as const;
const S_CS_OLD = { title: 'ClickSend Help: Puerto Rico, sending two-way SMS and MMS', url: 'https://help.clicksend.com/article/4gzqbam8y4-puerto-rico', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Puerto Rico SMS guide', url: 'https://www.sent.dm/resources/pr-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TELNYX = { title: 'Telnyx Docs: Alphanumeric Sender ID', url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id', kind: 'provider', reviewed: R } as const;
const S_AWS_TFN = {
  title: 'AWS End User Messaging SMS: United States toll-free number registration process',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-tfn.html',
  kind: 'provider', reviewed: R,
} as const;

const NOTE_ALPHA = "Telnyx (a major provider) says sender names cannot reach Puerto Rico; ClickSend's older page (not a major provider) says they work for SMS and does not override it. Twilio's operator row is blank for registered names.";

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Puerto Rico (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pr/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: Puerto Rico, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pr/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const PR: CountryRules = /* @__PURE__ */ region({
  country: 'PR',
  name: 'Puerto Rico',
  reviewed: R,
  timeZones: ['America/Puerto_Rico'],
  languages: ['es', 'en'],
  senders: {
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_TELNYX], note: 'Twilio marks sender names as not supported by the operators; Telnyx says names cannot reach Puerto Rico. ClickSend\'s older page (not a major provider) says they work for SMS; it does not override the major-provider pages.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TELNYX], note: NOTE_ALPHA }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC, S_CS, S_SENT], note: 'Twilio: supported by the operators and kept unchanged; US operators with local service follow the US rules, 10DLC included.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC, S_CS, S_SENT] },
      programme: 'pr.10dlc',
      twoWay: { value: true, sources: [S_CS, S_SENT] },
      leadTime: { value: { minDays: 1, maxDays: 5 }, sources: [S_CS, S_SENT], note: 'Both give 1 to 3 business days.' },
    },
    'toll-free': {
      supported: { value: true, sources: [S_TWC, S_CS, S_AWS_TFN], note: 'Twilio: toll-free numbers supported by the operators after verification. US toll-free numbers; ClickSend says Puerto Rican ones are not offered.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC, S_CS, S_AWS_TFN] },
      programme: 'pr.toll-free-verification',
      twoWay: { value: true, sources: [S_CS] },
      leadTime: { value: { minDays: 1, maxDays: 21 }, sources: [S_CS, S_AWS_TFN], note: 'ClickSend: 1 to 7 business days; AWS: up to 15 business days.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC, S_CS, S_CS_OLD], note: 'US short codes; Twilio says US operators with local service take them, and local operators mostly keep the code and allow replies.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
  },
  registrations: [
    {
      id: 'pr.10dlc',
      name: 'US A2P 10DLC brand and campaign registration',
      senderKinds: ['local-long-code'],
      level: 'required',
      text: 'Register the brand and each campaign before sending from a US 10-digit number: use case, sample messages with opt-out wording, opt-in proof, privacy policy and terms, expected volume.',
      leadTime: { minDays: 1, maxDays: 5 },
      sources: [S_CS, S_SENT],
    },
    {
      id: 'pr.toll-free-verification',
      name: 'US toll-free number verification',
      senderKinds: ['toll-free'],
      level: 'required',
      text: 'Register each toll-free number for one stated use case before sending; using it for anything else can get it revoked.',
      leadTime: { minDays: 1, maxDays: 21 },
      sources: [S_AWS_TFN, S_CS],
    },
  ],
});
