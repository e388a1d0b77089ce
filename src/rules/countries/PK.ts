import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Pakistan. Re-audited 2026-12-06. The Twilio, Bird and Infobip sections were read in
// a compilation of provider country pages on GitHub (nevetsagetro/OKR-warranted,
// data/raw/pakistan_pk.md). The Twilio section names its page and is word for word;
// no stored twilio.com page for Pakistan exists to compare it with, so it stands for
// Twilio's page (policy section 5). The Bird and Infobip sections do not name their
// pages: they are secondary. The AWS Asia row for Pakistan could not be read. Law: PECA 2016 section 25 as
// quoted by Digital Rights Monitor; the official text could not be reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Pakistan (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/pk/sms', kind: 'provider', reviewed: R } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Pakistan, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pk/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Pakistan) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Pakistan (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_CLICKSEND = { title: 'ClickSend Help: Pakistan +92', url: 'https://help.clicksend.com/article/5ulnqlmh6h-pakistan', kind: 'provider', reviewed: R } as const;
const S_SALESFORCE = {
  title: 'Salesforce Help (Marketing Cloud): Guide for Sending SMS Messages to Pakistan',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_pakistan.htm&language=en_US&type=5',
  kind: 'provider', reviewed: R,
} as const;
const S_PECA = {
  title: 'Prevention of Electronic Crimes Act, 2016 (Pakistan), section 25 (spamming)',
  kind: 'law', reviewed: R,
} as const;
const S_DRM = {
  title: 'Digital Rights Monitor: PTA restricts promotional text messages from telemarketers (quotes PECA section 25; opt-out in promotional messages from 1 July 2022)',
  url: 'https://digitalrightsmonitor.pk/pta-restricts-telemarketers-with-promotional-text-messages/',
  kind: 'secondary', published: '2022-06-23', reviewed: R,
} as const;
const S_BRECORDER = {
  title: 'Business Recorder: PTA directs mobile operators to implement DNCR in letter and spirit',
  url: 'https://www.brecorder.com/news/40132077/pta-directs-mobile-operators-to-implement-dncr-in-letter-and-spirit',
  kind: 'secondary', published: '2021-11-09', reviewed: R,
} as const;

const PER_NETWORK =
  'Kept restricted (2026-12-06 reading of the operator row): Twilio (the only major-provider page) marks unregistered names as not supported in its operator row, but its own text about the operators says they are not supported by all Pakistani operators and may be replaced by a short code or a generic name, so some networks take them. Which networks do what is filled by lower sources, as Twilio does not say: Salesforce (another provider) says Telenor and Ufone deliver names under a local short code; the Bird and Infobip sections of a compiled copy (secondary) add that Zong delivers names as sent and Jazz replaces unregistered names with a generic one.';

export const PK: CountryRules = /* @__PURE__ */ region({
  country: 'PK',
  name: 'Pakistan',
  reviewed: R,
  timeZones: ['Asia/Karachi'],
  languages: ['ur', 'en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: 'restricted', sources: [S_TW, S_BIRD, S_INFOBIP], note: PER_NETWORK },
      restriction: {
        networks: ['Jazz', 'Telenor', 'Ufone'],
        text: 'Not every network shows an unregistered name: Telenor and Ufone replace it with a short code and Jazz with a generic name (Salesforce; compiled copies), so most recipients do not see your name.',
        sources: [S_TW, S_SALESFORCE, S_BIRD, S_INFOBIP],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_BIRD] },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TW, S_SALESFORCE, S_BIRD, S_INFOBIP],
        note: 'Twilio, the only major-provider page, marks names as accepted by the operators without pre-registration; Salesforce (another provider) also accepts registered names. Salesforce and the Bird and Infobip sections of a compiled copy (secondary) say Telenor and Ufone replace every name with a short code; that lower-level detail does not override Twilio and is kept under senderIdPreserved.',
      },
      registration: {
        value: 'none',
        sources: [S_TW, S_SALESFORCE, S_CLICKSEND, S_BIRD, S_INFOBIP],
        note: 'Twilio (the only major-provider page) marks pre-registration as not required by the operators, and decides. Salesforce and ClickSend (other providers) register names before sending, and the Bird and Infobip sections of a compiled copy (secondary) say Jazz shows only registered names and local traffic needs registration on every network.',
      },
      programme: 'pk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: 'unknown',
        note: 'Twilio gives none (registration not required). Other providers disagree: Salesforce about 1 week, ClickSend 14 to 120 business days; Infobip (compiled copy, secondary) about 5 days international, 15 days local.',
      },
      senderIdPreserved: {
        value: false,
        sources: [S_SALESFORCE, S_BIRD, S_INFOBIP],
        note: 'Twilio does not say. Salesforce (another provider) and the compiled copies (secondary) say Telenor and Ufone show a short code instead of the name; shown on Jazz and Zong.',
      },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW, S_SALESFORCE, S_CLICKSEND, S_INFOBIP, S_BIRD],
        note: 'Twilio, the only major-provider page, marks domestic long codes as not supported by the operators, and decides. On the other side: ClickSend (another provider) offered two-way long codes for domestic traffic only, and the Infobip and Bird sections of a compiled copy (secondary) list Pakistani virtual numbers for local companies; lower levels do not override. Salesforce does not sell local long codes here.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Kept restricted (2026-12-06 reading of the operator row): Twilio\'s operator row marks foreign numbers as not supported, but its text about the operators says numeric senders are not supported by all Pakistani operators and may be replaced by a random short code or a generic name, so some networks take them. Which networks is filled by lower sources: the Bird section of a compiled copy (secondary) says Zong takes every sender type while Telenor and Ufone change every sender to a short code; the Infobip section (secondary) agrees on Telenor and Ufone.',
      },
      restriction: {
        networks: ['Telenor', 'Ufone'],
        text: 'Not every network shows a foreign number: Twilio says some operators do not take numeric senders and the number may be replaced with a short code or a generic name; compiled copies of Bird and Infobip say Telenor and Ufone always replace it with a short code. Recipients there do not see the number and cannot reply.',
        sources: [S_TW, S_BIRD, S_INFOBIP],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW] }],
      twoWay: { value: false, sources: [S_TW], note: 'The number is replaced, so replies cannot reach it.' },
      senderIdPreserved: { value: false, sources: [S_TW, S_BIRD] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW, S_BIRD], note: 'Twilio marks short codes as supported by the operators; the Bird section of a compiled copy (secondary) lists Pakistani short codes.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW] }],
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_PECA, S_DRM, S_TW],
      note: 'PECA section 25 makes it an offence to send unsolicited information without the recipient\'s permission; PTA states that promotional messages without consent breach its rules (as reported by Digital Rights Monitor). The statute was read only as quoted there.',
    },
    laws: {
      value: [
        'Prevention of Electronic Crimes Act, 2016 (section 25)',
        'Protection from Spam, Unsolicited, Fraudulent and Obnoxious Communication Regulations, 2009 (PTA)',
      ],
      sources: [S_PECA, S_DRM, S_BRECORDER],
    },
  },
  optOut: {
    marketingInstructions: {
      value: 'required',
      sources: [S_PECA, S_DRM, S_CLICKSEND],
      note: 'PECA section 25(2): anyone doing direct marketing must give recipients a way to unsubscribe; PTA required an opt-out in every promotional message from 1 July 2022.',
    },
  },
  registrations: [
    {
      id: 'pk.sender-id',
      name: 'Sender ID registration with the operators (through your provider)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Twilio marks registration as not required by the operators; other providers (Salesforce, ClickSend) register names before sending, and compiled copies of the Bird and Infobip pages say Jazz (Mobilink) shows only registered names and local traffic needs a registered sender on each network with proof of a local presence. Telenor and Ufone replace every sender with a short code.',
      sources: [S_TW, S_SALESFORCE, S_CLICKSEND, S_BIRD, S_INFOBIP],
    },
  ],
  content: {
    value: [{ id: 'content.pk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_TW, S_CLICKSEND] }],
    sources: [S_TW],
  },
  obligations: [
    {
      id: 'consent.pk.marketing-permission',
      category: 'consent',
      level: 'required',
      text: 'Send promotional messages only to recipients who gave you permission to receive them.',
      useCases: ['marketing', 'mixed'],
      sources: [S_PECA, S_DRM, S_BRECORDER],
    },
    {
      id: 'opt-out.pk.unsubscribe',
      category: 'opt-out',
      level: 'required',
      text: 'Include in every promotional message a way to unsubscribe from further marketing.',
      useCases: ['marketing', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [S_PECA, S_DRM],
    },
  ],
});
