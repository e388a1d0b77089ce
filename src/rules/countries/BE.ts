import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Belgium. The AWS Europe table and the Twilio Belgium SMS page could not be
// reached in the search index. Salesforce, Mailpro, GDPR Belgium and sent.dm
// pages read 2026-11-23. Twilio sender table read from a stored copy of the page;
// re-read 2026-12-06 in a word-for-word copy on GitHub (nevetsagetro/OKR-warranted,
// data/raw/belgium_be.md) that names the page's address and matches what was read
// earlier, so it stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Belgium (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/be/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Belgium, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/be/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_SF = {
  title: 'Salesforce Help: Messaging Regulations by Country (Belgium)',
  url: 'https://help.salesforce.com/s/articleView?id=000380716&language=fi&type=1',
  kind: 'provider', reviewed: R,
} as const;
const S_MAILPRO = { title: 'Mailpro FAQ: SMS-Regulierungen Belgien', url: 'https://de.mailpro.com/faq/sms-regulierungen-belgien', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Belgium SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/be-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_SENT_FR = { title: 'Sent: Belgium SMS Guide', url: 'https://sent.dm/fr/resources/sms-compliance/be-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_TELETHICOM = {
  title: 'Ethische Commissie voor de telecommunicatie (Telethicom): Een SMS-dienst stopzetten (FAQ)',
  url: 'https://telethicom.be/nl/veelgestelde-vragen/een-sms-dienst-stopzetten',
  kind: 'regulator', reviewed: R4,
} as const;
const S_BASE_3P = {
  title: 'BASE: Third-party services (activation and deactivation of premium SMS services)',
  url: 'https://www.prd.base.be/en/support/your-smartphone-settings/third-party-services',
  kind: 'carrier', reviewed: R4,
} as const;
const S_CM_GOF = {
  title: 'CM.com Help: What are the guidelines for SMS in Belgium? (GOF guidelines)',
  url: 'https://help.cmtelecom.com/en/text/belgium/what-are-the-guidelines-for-sms-in-belgium',
  kind: 'provider', updated: '2017-11-27', reviewed: R4,
} as const;
const S_RINGRING = {
  title: 'Ringring Support: Publication of subscription shortcodes (legal mentions)',
  url: 'https://support.ringring.be/hc/en-us/articles/115004964903-Publication-of-subscription-shortcodes',
  kind: 'provider', reviewed: R4,
} as const;
const S_GDPRBE = { title: 'GDPR Belgium: Consent for electronic direct marketing', url: 'https://www.gdprbelgium.be/en/news/consent-electronic-direct-marketing', kind: 'secondary', reviewed: R } as const;

export const BE: CountryRules = /* @__PURE__ */ region({
  country: 'BE',
  name: 'Belgium',
  reviewed: R,
  timeZones: ['Europe/Brussels'],
  languages: ['nl', 'fr', 'de'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_SF, S_MAILPRO, S_SENT],
        note: 'Twilio, the only major-provider page about the operators, marks unregistered names as not supported by them, and decides; Salesforce says Proximus (Belgacom) does not take them and Mailpro says all IDs become short codes. sent.dm (secondary) says they work unregistered but are often overwritten; it does not override.',
      },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_MAILPRO, S_SENT] },
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_TW, S_SF, S_MAILPRO],
        note: 'Twilio marks pre-registration as not required and unregistered names as unsupported, so it names no way to send from a name; Salesforce (Proximus refuses names) and Mailpro (every name becomes a short code), not major providers, decide. A compiled copy of Bird\'s guide (secondary) lists names with operator registration; it does not override.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      registration: {
        value: 'unknown',
        sources: [S_SF],
        note: 'Salesforce\'s number supplier asks for a brand, use-case and MO/MT ratio description before provisioning: a condition of its supplier, not shown to be the operators\'. Twilio names no registration.',
      },
      twoWay: { value: true, sources: [S_TW, S_SENT_FR], note: 'Twilio sells two-way SMS on Belgian numbers.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_SF],
        note: 'Twilio, the only major-provider page about the operators, marks international long codes as supported by them, but says the number is replaced by a random short code or number; Salesforce (not a major provider) says many carriers filter foreign numeric IDs. A compiled copy of Bird\'s guide (secondary) lists international numbers as not available.',
      },
      restriction: {
        text: 'A foreign number is replaced by a random short code or number before delivery, so recipients cannot reply to it; some carriers filter foreign numeric senders.',
        sources: [S_TW, S_SF],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as supported by the operators but does not sell them.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      leadTime: { value: { minDays: 56, maxDays: 84 }, sources: [S_SENT] },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_GDPRBE, S_SENT, S_SF],
      note: 'Consent is required, with an exception for existing customers (GDPR Belgium); sent.dm and Salesforce only mention opt-in.',
    },
    laws: {
      value: [
        'Code of Economic Law, Book XII (Law of the electronic economy)',
        'Royal Decree of 4 April 2003 regulating the sending of advertising by electronic mail',
      ],
      sources: [S_GDPRBE],
    },
  },
  optOut: {
    keywords: {
      value: ['STOP'],
      sources: [S_TELETHICOM, S_BASE_3P, S_CM_GOF, S_RINGRING],
      note: 'Rule for SMS services on Belgian short codes, above all paid (premium) subscription services: the Ethical Commission for Telecommunications and the operator BASE say a reply of STOP to the short code must end the service at once. CM.com says the operators\' GOF guidelines make the same demand and that misspellings of STOP must also count; Ringring says publications of subscription short codes must state the STOP instruction. No source read names a Dutch, French or German opt-out word, or a keyword for ordinary business SMS from names or long numbers. Twilio\'s Belgian page only advises HELP/STOP handling in the local language as a general best practice.',
    },
  },
  quietHours: {
    value: [],
    sources: [S_MAILPRO, S_SENT],
    note: 'Mailpro reports no time restrictions; sent.dm only recommends 08:00 to 20:00.',
  },
  content: {
    value: [
      {
        id: 'content.be.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Links must be whitelisted and lead straight to a visible page; no redirects.',
        sources: [S_MAILPRO],
      },
      {
        id: 'content.be.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'Shortened links cannot be whitelisted.',
        sources: [S_MAILPRO],
      },
      {
        id: 'content.be.gambling',
        topic: 'gambling',
        restriction: 'restricted',
        text: 'Gambling, betting and casino messages may only come from licensed companies.',
        sources: [S_TW],
      },
    ],
    sources: [S_MAILPRO, S_SENT, S_TW],
  },
  dataProtection: { value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)'], sources: [S_GDPRBE, S_SENT_FR] },
  obligations: [
    {
      id: 'identification.be.sender-matches-brand',
      category: 'identification',
      level: 'required',
      text: 'For credit and financial services, use a sender ID that matches the website or company name; operators treat mismatches as spam.',
      sources: [S_MAILPRO],
    },
    {
      id: 'registration.be.no-one-way-long-code',
      category: 'registration',
      level: 'required',
      text: 'Do not run send-only campaigns from A2P long codes; Salesforce says this can get the service suspended.',
      senderTypes: ['local-long-code'],
      sources: [S_SF],
    },
  ],
});
