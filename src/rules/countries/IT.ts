import { APPLICATION_MEDIATED_P2P } from '../global';
import { S_VONAGE_TFN } from '../sources';
import type { CountryRules } from '../types';

// Italy. Researched 2026-11-23.
// Alphanumeric senders ("Alias") are governed by AGCOM: trial regime of
// Delibera 42/13/CIR (2013), replaced by the permanent rules of Delibera
// 12/23/CIR (May 2023). TAR Lazio (Jan 2024, confirmed by Consiglio di Stato
// Jul 2025) annulled the parts that blocked alias traffic from abroad.
const REVIEWED = '2026-11-23' as const;
/** Re-audit of 2026-12-06: sources re-read that day carry this date. */
const R = '2026-12-06' as const;

// --- Sources -----------------------------------------------------------------
const S_SOLE_ANNULLA = {
  title: 'Il Sole 24 Ore: Un sms per respingere gli abbonamenti indesiderati (AGCOM rules on premium SMS subscriptions)',
  url: 'https://www.ilsole24ore.com/art/un-sms-respingere-abbonamenti-indesiderati-ACXcUnGB',
  kind: 'secondary', reviewed: R,
} as const;
const S_FIDELITY_CASP = {
  title: 'FidelityHouse: Servizi a tariffazione maggiorata, da oggi si disattivano via SMS (AGCOM delibera 108/19/CONS, CASP 4.0)',
  url: 'https://news.fidelityhouse.eu/mobile/servizi-a-tariffazione-maggiorata-da-oggi-si-disattivano-via-sms-456104.html',
  kind: 'secondary', reviewed: R,
} as const;
const S_TOMSHW_CASP = {
  title: "Tom's Hardware Italia: Ecco il Codice di Condotta per gli SMS (operators' code for premium subscription services)",
  url: 'https://www.tomshw.it/smartphone/ecco-il-codice-di-condotta-per-gli-sms/',
  kind: 'secondary', reviewed: R,
} as const;
const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for Italy',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-italy.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_IT = {
  title: 'Twilio SMS Guidelines: Italy',
  url: 'https://www.twilio.com/en/guidelines/it/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
// Re-read 2026-12-06: Twilio's and Bird's Italy sections read in a compilation held
// in a public GitHub repository (nevetsagetro/OKR-warranted, data/raw/italy_it.md).
// Re-read 2026-12-06 under section 5 of the research policy: the Twilio section names its page
// and carries Twilio's field descriptions; its first part (locale summary, two-way "Yes",
// landline row, compliance text up to where the stored page's text breaks off in the
// AGCOM code-of-conduct paragraph) matches the stored page S_TWILIO_IT word for word, so
// the copy stands for the page. The stored page could not be read further (the sender
// tables and the remark on international numbers were read only in the copy). The Bird
// section does not name its page: 'secondary' ("read in a compiled copy").
const S_TWILIO_IT_COPY = {
  title: 'Twilio SMS Guidelines: Italy (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/it/sms',
  kind: 'provider', reviewed: R,
} as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TWILIO_IT_OFFER = {
  title: 'Twilio SMS Guidelines: Italy ("Twilio supported" row; read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/it/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_IT = {
  title: 'Bird Docs: SMS country information guide, Europe (Italy) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_TWILIO_IT_SC = {
  title: 'Twilio: Italy Short Code Best Practises',
  url: 'https://support.twilio.com/hc/en-us/articles/4409339027739-Italy-Short-Code-Best-Practises',
  kind: 'provider', reviewed: R,
} as const;
const S_SF_IT = {
  title: 'Salesforce Unified Messaging: Guide for Sending SMS Messages to Italy',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_italy.htm&language=es_MX&type=5',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SF_IT_SETUP = {
  title: 'Salesforce Unified Messaging: Set Up SMS for Italy',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_setup_italy.htm&language=es_MX&type=5',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AGCOM_ALIAS = {
  title: 'AGCOM: Alias, identificatori alfanumerici del soggetto originante SMS/MMS',
  url: 'https://www.agcom.it/node/1149/printable/print',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_AGCOM_1223 = {
  title: 'AGCOM Delibera n. 12/23/CIR, Regolamento SMS ALIAS (3 May 2023, published 15 May 2023)',
  url: 'https://www.agcom.it/documentazione/documento?p_p_auth=fLw7zRht&p_p_id=101_INSTANCE_FnOw5lVOIXoE&p_p_lifecycle=0&p_p_col_id=column-1&p_p_col_count=1&_101_INSTANCE_FnOw5lVOIXoE_struts_action=%2Fasset_publisher%2Fview_content&_101_INSTANCE_FnOw5lVOIXoE_assetEntryId=30489269&_101_INSTANCE_FnOw5lVOIXoE_type=document',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_CORCOM = {
  title: 'CorCom: Messaggistica aziendale, il Tar del Lazio ripristina gli sms alias (23 Feb 2024)',
  url: 'https://corrierecomunicazioni.it/telco/messaggistica-aziendale-il-tar-del-lazio-ripristina-gli-sms-alias',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CDS = {
  title: 'Agile Telecom ottiene conferma sull\'annullamento del blocco SMS Alias dall\'estero (Consiglio di Stato n. 5763/2025, 17 Jul 2025)',
  url: 'https://mf.pbvdirectory.com/news.asp?id=38142314',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MAGNEWS = {
  title: 'magnews: L\'alias mittente di un SMS',
  url: 'https://help.magnews.it/hc/it/articles/18171068930706-L-alias-mittente-di-un-SMS',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ARUBA = {
  title: 'Aruba: Registrazione alias alfanumerico',
  url: 'https://guide.hosting.aruba.it/web-marketing/sms-aruba/gestione-utilizzo-pannello-admin-sms/registrazione-alias.aspx',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SURESMS_IT = {
  title: 'SureSMS: SMS rules for Italy',
  url: 'https://suresms.com/en/resources/country-specific-rules-and-restrictions/italy/',
  kind: 'provider', reviewed: R,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_IT_MKT = {
  title: 'legal-skills-open: Direct marketing under art. 130 Codice Privacy (notes stated as verified at 2026-08-05)',
  url: 'https://github.com/ThomasMoreAI/legal-skills-open/blob/main/eu/data-protection/skills/legal-it/references/marketing-diretto.md',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CODICE = {
  title: 'Decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), art. 130',
  url: 'https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2003-06-30;196~art130',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_MAILUP_ALIAS = {
  title: 'MailUp help: custom SMS sender (alias) requests forwarded to AGCOM for approval',
  url: 'https://help.mailup.com/wiki/pages/diffpages.action?originalId=36877800&pageId=36877802',
  kind: 'provider', reviewed: R,
} as const;
const S_GDPR = { title: 'Regulation (EU) 2016/679 (GDPR)', kind: 'law', reviewed: REVIEWED } as const;

const MARKETING_TYPE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const IT: CountryRules = {
  country: 'IT',
  name: 'Italy',
  status: 'researched',
  reviewed: R,
  timeZones: ['Europe/Rome'],
  languages: ['it'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'SureSMS marks P2P traffic as prohibited on its routes, but no source read describes filtering of A2P on P2P long codes.',
      sources: [S_SURESMS_IT],
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TWILIO_IT_SC],
        note: 'Twilio provisions Italian short codes. Salesforce lists short codes as not supported, which is a statement about its own product, not about the carriers.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWILIO_IT_SC] }],
      registration: {
        value: 'unknown',
        note: 'Short codes are applied for through the provider; no registry requirement found.',
      },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: ['political'],
        sources: [S_TWILIO_IT_SC],
        note: 'Political causes/politicians are not allowed on Italian short codes; marketing, alerts, notifications and OTP are allowed. Messages are limited to 5 concatenated segments.',
      },
    },
    'toll-free': {
      supported: {
        value: false,
        sources: [S_VONAGE_TFN, S_AZURE_TF],
        note: 'Vonage: of its toll-free numbers worldwide only US and Canadian ones can send text. Azure lists its Italian toll-free numbers for calls only.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_SF_IT, S_SURESMS_IT] },
      registration: {
        value: 'required',
        sources: [S_SF_IT],
        note: 'Salesforce marks Italian local long codes as requiring pre-registration (provider-level; no national number registry found).',
      },
      twoWay: { value: true, sources: [S_SF_IT, S_TWILIO_IT] },
      throughput: { value: 'unknown' },
      leadTime: { value: { minDays: 14, maxDays: 14 }, sources: [S_SF_IT], note: 'Salesforce gives 2 weeks.' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Salesforce says local long codes can carry both marketing and transactional two-way traffic; no complete list of restrictions found.',
        sources: [S_SF_IT],
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TWILIO_IT_COPY, S_SF_IT, S_SURESMS_IT, S_BIRD_IT],
        note: 'Twilio (the only major-provider page that speaks to operators, read through a verbatim copy) marks foreign long codes as not supported by the operators; it says messages from international mobile numbers to Italy may still arrive, but with the number replaced by an alphanumeric or a local numeric sender, which is delivery by replacement, not operator acceptance. SureSMS (a smaller provider, below the major-provider level) lists foreign numeric IDs as supported; it does not outweigh Twilio. Salesforce lists them as not supported for its product; Bird\u2019s section of a compiled copy (secondary) lists international numbers as not usable.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWILIO_IT_OFFER] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_TWILIO_IT_COPY] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_AGCOM_ALIAS, S_AGCOM_1223, S_SF_IT, S_MAGNEWS],
        note: 'The regulator decides: under AGCOM Delibera 12/23/CIR an alias must be registered in the AGCOM register through an enabled provider before use. SureSMS says alpha senders are "currently dynamically supported" after a 2023 rule on foreign brands was postponed, and AWS lists no Italy registration form; provider pages do not override the regulator.',
      },
      registration: {
        value: 'required',
        sources: [S_AGCOM_ALIAS, S_AGCOM_1223, S_MAGNEWS],
        note: 'Unregistered aliases may not be used; see alphanumeric-preregistered.',
      },
      twoWay: { value: false, sources: [S_SF_IT, S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_AGCOM_ALIAS, S_SF_IT, S_TWILIO_IT] },
      registration: {
        value: 'required',
        sources: [S_AGCOM_ALIAS, S_AGCOM_1223, S_SF_IT, S_MAGNEWS, S_MAILUP_ALIAS],
        note: 'The regulator decides (AGCOM register). SureSMS and the absence of Italy from the AWS registration-form list suggest looser practice by some providers.',
      },
      programme: 'it.agcom-alias',
      twoWay: { value: false, sources: [S_SF_IT, S_TELNYX_ALPHA] },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 9 },
        sources: [S_SF_IT, S_SF_IT_SETUP],
        note: 'Salesforce: about 1 week; AGCOM approval can take up to 7 business days (about 9 calendar days).',
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'Aliases are case-sensitive (magnews, Aruba); send exactly the registered string.',
        sources: [S_MAGNEWS, S_ARUBA],
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Salesforce says Italian alphanumeric senders carry both marketing and transactional one-way traffic; no complete list of restrictions found.',
        sources: [S_SF_IT],
      },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_CODICE, S_IT_MKT],
      note: 'The law decides: art. 130 commi 1-2 require the recipient\'s prior consent for promotional SMS, and the soft opt-in of comma 4 covers e-mail addresses only, not SMS. Twilio\'s Italy short-code page mentions an existing-customer exception; a provider page does not override the statute.',
    },
    transactional: {
      value: 'none',
      sources: [S_CODICE],
      note: 'Art. 130 covers promotional, direct-sales, market-research and commercial communication only. A GDPR lawful basis is still needed, and carriers may ask for evidence of opt-in at any time.',
    },
    laws: {
      value: [
        'Decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), art. 130',
        'Regulation (EU) 2016/679 (GDPR)',
        'Decreto legislativo 9 aprile 2003, n. 70 (commercio elettronico), art. 8',
      ],
      sources: [S_CODICE, S_GDPR, S_IT_MKT],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP', 'ANNULLA'],
      sources: [S_TOMSHW_CASP, S_SOLE_ANNULLA, S_FIDELITY_CASP],
      note: 'Only secondary sources, and only for paid (premium, value-added) SMS subscription services, not for ordinary business SMS: the operators\' code of conduct for premium services (CASP) lets a subscriber end the service by texting STOP to its short number, and under the AGCOM-approved CASP 4.0 (delibera 108/19/CONS) a reply of ANNULLA to the activation SMS within 6 hours cancels an unwanted subscription. The code and the AGCOM decision were not read in their own text. No source read names opt-out keywords for promotional SMS under the privacy code; Twilio\'s Italian page only advises HELP/STOP handling in the local language as a general best practice.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_CODICE, S_IT_MKT],
      note: 'Art. 130 comma 5: promotional messages must not hide the sender and must give a valid address where the recipient can exercise GDPR rights (including objection).',
    },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_CODICE],
      note: 'Art. 130 applies to promotional purposes only; the GDPR right to object still applies.',
    },
    wording: {
      value: 'Name the sender and give a working, free contact (reply keyword, link or address) through which the recipient can object to further promotional messages; no fixed wording is prescribed.',
      sources: [S_CODICE, S_IT_MKT],
    },
    deadline: { value: 'unknown', note: 'No deadline for honouring opt-outs was found in the sources read.' },
  },
  help: {
    keywords: { value: 'unknown' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.it.marketing',
        level: 'required',
        useCases: MARKETING_TYPE,
        senderTypes: ['alphanumeric', 'local-long-code', 'international-long-code', 'toll-free'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:00', end: '22:00' }],
        publicHolidays: 'unknown',
        timeBasis: 'recipient-local',
        text: 'Marketing and promotional SMS may not be sent between 22:00 and 08:00, nor at any time on Sunday (not applied to short codes, see the note).',
        sources: [S_TWILIO_IT],
      },
    ],
    sources: [S_TWILIO_IT, S_TWILIO_IT_SC],
    note: 'No legal window found. Twilio\'s Italy SMS guidelines bar marketing 22:00\u201308:00 and on Sundays; Twilio\'s more specific Italy short-code page lists no time restriction for short codes, so the rule covers the other sender types.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'it.agcom-alias',
      name: 'AGCOM Registro Alias (SMS alias register)',
      senderKinds: ['alphanumeric-preregistered', 'alphanumeric-dynamic'],
      level: 'required',
      text:
        'Have each alias registered and approved in the AGCOM Alias register through a business-messaging provider enabled by AGCOM. The alias must identify the sender (company or brand), may not be numeric-only or look like a phone number, may not evoke a public body unless sent by it, is at most 11 characters and is case-sensitive. An Italian tax code or VAT number is needed (Salesforce: an international VAT number for foreign companies). Rules: Delibera 12/23/CIR, which replaced the 42/13/CIR trial; its provisions blocking alias traffic from abroad were annulled by TAR Lazio (Jan 2024), confirmed by the Consiglio di Stato (Jul 2025).',
      leadTime: { minDays: 7, maxDays: 9 },
      sources: [S_AGCOM_ALIAS, S_AGCOM_1223, S_MAGNEWS, S_ARUBA, S_SF_IT_SETUP, S_CORCOM, S_CDS],
    },
  ],
  content: {
    value: [
      {
        id: 'content.it.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'Cannabis-related content may not be sent.',
        sources: [S_TWILIO_IT],
      },
      {
        id: 'content.it.gambling',
        topic: 'gambling',
        restriction: 'prohibited',
        text: 'Gambling content (casino, betting) is not accepted.',
        sources: [S_TWILIO_IT_SC, S_SURESMS_IT],
      },
      {
        id: 'content.it.political',
        topic: 'political',
        restriction: 'prohibited',
        text: 'Political causes and content about politicians are not accepted.',
        sources: [S_TWILIO_IT_SC, S_SURESMS_IT],
      },
      {
        id: 'content.it.religious',
        topic: 'religious',
        restriction: 'prohibited',
        text: 'Religious content is not accepted.',
        sources: [S_TWILIO_IT_SC, S_SURESMS_IT],
      },
      {
        id: 'content.it.adult',
        topic: 'sex',
        restriction: 'prohibited',
        senderKinds: ['short-code'],
        text: 'Adult or sexually explicit content is not accepted.',
        sources: [S_TWILIO_IT_SC],
      },
      {
        id: 'content.it.multilevel',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        senderKinds: ['short-code'],
        text: 'Multilevel (pyramid-style) trading offers are not accepted.',
        sources: [S_TWILIO_IT_SC],
      },
    ],
    sources: [S_TWILIO_IT, S_TWILIO_IT_SC, S_SURESMS_IT],
    note: 'Twilio lists gambling, political, religious, adult and multilevel content as not allowed on Italian short codes; SureSMS reports gambling, political and religious content as prohibited generally, which no major-provider page contradicts. Adult and multilevel content are therefore recorded for short codes only. Partial list.',
  },
  dataProtection: {
    value: [
      'Regulation (EU) 2016/679 (GDPR)',
      'Decreto legislativo 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), as amended by Decreto legislativo 10 agosto 2018, n. 101',
    ],
    sources: [S_GDPR, S_CODICE, S_IT_MKT],
  },
  obligations: [
    {
      id: 'identification.it.sender-identity',
      category: 'identification',
      level: 'required',
      text: 'Never conceal or disguise who is sending a promotional SMS.',
      useCases: ['marketing', 'mixed'],
      check: { kind: 'sender-name' },
      sources: [S_CODICE, S_IT_MKT],
    },
    {
      id: 'opt-out.it.valid-address',
      category: 'opt-out',
      level: 'required',
      text: 'Give in every promotional SMS a valid contact (reply keyword, link or address) where the recipient can exercise data-protection rights, including objecting to further marketing.',
      useCases: ['marketing', 'mixed'],
      check: { kind: 'opt-out' },
      sources: [S_CODICE, S_IT_MKT],
    },
    {
      id: 'identification.it.alias-rules',
      category: 'identification',
      level: 'required',
      text: 'Use an alias that identifies your company or brand: not numeric-only, not imitating a phone number, not the name of a public body unless you are that body, at most 11 characters, sent with the exact registered casing.',
      senderTypes: ['alphanumeric'],
      sources: [S_ARUBA, S_MAGNEWS, S_AGCOM_1223],
    },
    {
      id: 'consent.it.separate-consents',
      category: 'consent',
      level: 'required',
      text: 'Collect marketing consent as a separate, specific consent (not pre-ticked, not bundled with the contract), with separate consents for profiling and for passing data to third parties.',
      useCases: ['marketing', 'mixed'],
      sources: [S_IT_MKT, S_TWILIO_IT_SC],
    },
    {
      id: 'record-keeping.it.consent-proof',
      category: 'record-keeping',
      level: 'recommended',
      text: 'Keep verifiable proof of each consent (when, where, the consent text shown, ideally a double opt-in confirmation); the Garante has found bare log files insufficient, and carriers may ask for opt-in evidence at any time.',
      useCases: ['marketing', 'mixed'],
      sources: [S_IT_MKT, S_TWILIO_IT_SC],
    },
  ],
};
