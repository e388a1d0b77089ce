import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Pakistan. Re-audited 2026-12-06. Twilio, Bird and Infobip country pages read in
// stored copies (the Twilio, Bird and Infobip sender tables were read from a
// compiled copy of those pages in the code index, labelled with the page URLs).
// The AWS Asia row for Pakistan could not be read. Law: PECA 2016 section 25 as
// quoted by Digital Rights Monitor; the official text could not be reached.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Pakistan', url: 'https://www.twilio.com/en-us/guidelines/pk/sms', kind: 'provider', reviewed: R } as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guides (Asia: Pakistan), from "Choose the right sender: availability and restrictions by country"',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'provider', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Pakistan',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICKSEND = { title: 'ClickSend Help: Pakistan +92', url: 'https://help.clicksend.com/article/5ulnqlmh6h-pakistan', kind: 'provider', reviewed: R } as const;
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
  'Twilio marks the operators as not supporting this sender; Bird and Infobip show it accepted on some networks: Zong (and SCO) deliver names as sent, Jazz (Mobilink) needs a registered name or replaces it with a generic one, and Telenor and Ufone replace every sender with a short code.';

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
        text: 'Only Zong (and SCO) show an unregistered name; Jazz replaces it with a generic name and Telenor and Ufone with a short code, so most recipients do not see your name.',
        sources: [S_TW, S_BIRD, S_INFOBIP],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_BIRD] },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        sources: [S_BIRD, S_INFOBIP, S_TW],
        note: 'Registered names are shown on Jazz and Zong; Telenor and Ufone replace every sender, registered or not, with a short code (Bird, Infobip). Twilio marks pre-registration as not required by the operators.',
      },
      restriction: {
        networks: ['Telenor', 'Ufone'],
        text: 'Telenor and Ufone deliver the message but replace the registered name with a short code (Ufone: 56789).',
        sources: [S_BIRD, S_INFOBIP],
      },
      offers: [
        { provider: 'bird', offered: true, sources: [S_BIRD] },
        { provider: 'infobip', offered: true, sources: [S_INFOBIP] },
      ],
      registration: {
        value: 'required',
        sources: [S_BIRD, S_INFOBIP, S_TW],
        note: 'Bird and Infobip: Jazz (Mobilink) takes only registered names, and local traffic needs registration on every network; Zong needs none for international traffic. Twilio marks pre-registration as not required. Two of the three major-provider pages decide.',
      },
      programme: 'pk.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 5, maxDays: 15 },
        sources: [S_INFOBIP],
        note: 'Infobip: about 5 days for international traffic (Jazz), about 15 days for local traffic. ClickSend gives 14 business days for international and 120 for local businesses.',
      },
      senderIdPreserved: { value: false, sources: [S_BIRD, S_INFOBIP], note: 'Preserved on Jazz and Zong only.' },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_INFOBIP, S_BIRD, S_TW, S_CLICKSEND],
        note: 'Infobip sells Pakistani virtual long numbers for two-way traffic to local companies, and Bird lists Pakistani numbers as senders; Twilio marks domestic long codes as not supported by the operators. ClickSend: two-way long codes for domestic traffic only, no marketing.',
      },
      restriction: {
        text: 'Only for companies with a local presence sending domestic traffic; some networks replace the number, and marketing is not allowed on two-way long codes (ClickSend).',
        sources: [S_INFOBIP, S_BIRD, S_CLICKSEND],
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'infobip', offered: true, twoWay: true, sources: [S_INFOBIP] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      twoWay: { value: true, sources: [S_INFOBIP, S_CLICKSEND], note: 'Replies are received on local virtual numbers (local companies only).' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio marks foreign numbers as not supported by the operators but delivers them with the number replaced; Bird delivers international numbers, changed to a generic sender on some networks; Infobip: Telenor and Ufone replace all senders with short codes.',
      },
      restriction: {
        text: 'The foreign number is replaced with a short code or a generic name on the way, so recipients do not see it and cannot reply.',
        sources: [S_TW, S_BIRD, S_INFOBIP],
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
      twoWay: { value: false, sources: [S_TW], note: 'The number is replaced, so replies cannot reach it.' },
      senderIdPreserved: { value: false, sources: [S_TW, S_BIRD] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW, S_BIRD], note: 'Twilio marks short codes as supported by the operators; Bird lists Pakistani short codes.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'bird', offered: true, sources: [S_BIRD] },
      ],
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
      name: 'Sender ID registration with the operators (Jazz; all networks for local traffic)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name through your provider: Jazz (Mobilink) shows only registered names, and local traffic needs a registered sender on each network with proof of a local presence. Zong needs no registration for international traffic; Telenor and Ufone replace every sender with a short code.',
      leadTime: { minDays: 5, maxDays: 15 },
      sources: [S_BIRD, S_INFOBIP],
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
