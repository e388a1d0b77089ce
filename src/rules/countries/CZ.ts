import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Czechia. ClickSend and Sent.dm read 2026-11-23. The Twilio page and the AWS
// Europe table could not be reached, so they are not cited.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Czech Republic +420', url: 'https://help.clicksend.com/article/6ls63lr8mf-czech-republic-420', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Czech Republic SMS guide', url: 'https://www.sent.dm/resources/cz-sms-guidance', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/czech_republic_cz.md); no stored
// twilio.com SMS page for Czechia was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Czechia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cz/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Czechia, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cz/sms', kind: 'provider', reviewed: R4 } as const;

export const CZ: CountryRules = /* @__PURE__ */ region({
  country: 'CZ',
  name: 'Czechia',
  reviewed: R,
  timeZones: ['Europe/Prague'],
  languages: ['cs'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TWC, S_CS, S_SENT], note: 'Twilio: unregistered names are not supported on T-Mobile and O2 but are on the other Czech networks. ClickSend says unregistered IDs may fail on T-Mobile.' },
      restriction: { networks: ['T-Mobile', 'O2 Czech Republic'], text: 'T-Mobile and O2 accept only registered names, so an unregistered name does not reach their subscribers; register a name for full coverage.', sources: [S_TWC] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_CS, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC, S_CS, S_SENT], note: 'Twilio: required for T-Mobile and O2 (one registration for international and domestic traffic).' },
      programme: 'cz.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 14, maxDays: 63 }, sources: [S_CS], note: 'ClickSend: 10 business days for local brands, 45 for foreign ones; Sent.dm says about 3 weeks.' },
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC, S_CS] },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWO] }],
      twoWay: { value: true, sources: [S_CS, S_SENT] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support international numbers; Twilio says it does not sell them for T-Mobile and O2.' },
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators (Twilio does not sell them).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TWO] }],
    },
  },
  consent: { laws: { value: ['Act No. 480/2004 Coll. on Certain Information Society Services'], sources: [S_CS, S_SENT] } },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_CS], note: 'Commercial messages must give a working address for opting out.' },
  },
  registrations: [
    {
      id: 'cz.sender-id',
      name: 'Sender ID pre-registration with Czech operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register each sender ID before sending; foreign brands take much longer than local ones.',
      leadTime: { minDays: 14, maxDays: 63 },
      sources: [S_CS],
    },
  ],
  content: {
    value: [
      { id: 'content.cz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_CS] },
      { id: 'content.cz.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
    ],
    sources: [S_CS],
  },
  obligations: [
    {
      id: 'identification.cz.commercial-label',
      category: 'identification',
      level: 'required',
      text: 'Mark marketing SMS as commercial communication and do not hide the brand; ClickSend advises starting them with "OS:".',
      useCases: ['marketing', 'mixed'],
      sources: [S_CS],
    },
  ],
});
