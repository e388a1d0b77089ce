import { APPLICATION_MEDIATED_P2P } from '../global';
import { S_TWILIO_MPS_ALPHA, S_TWILIO_RATE_LIMITS, S_VONAGE_TFN } from '../sources';
import type { CountryRules } from '../types';

// United Kingdom. Every fact carries its sources; facts the sources do not
// establish are written as { value: 'unknown', note }.
const REVIEWED = '2026-11-23' as const;
/** Re-audit of 2026-12-06: sources re-read that day carry this date. */
const R = '2026-12-06' as const;

// ---- Sources -------------------------------------------------------------
const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for United Kingdom',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-united-kingdom.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_GB = {
  title: 'Twilio SMS Guidelines: United Kingdom',
  url: 'https://www.twilio.com/en/guidelines/gb/sms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
// Re-read 2026-12-06: Twilio's UK SMS section read in a compilation held in a public
// GitHub repository (nevetsagetro/OKR-warranted, data/raw/united_kingdom_gb.md, which
// names the page's address and carries Twilio's own field descriptions). A further reading
// 2026-12-06 (research policy, section 5): the stored Twilio page (S_TWILIO_GB) shows a
// different version of the compliance text (the copy adds a CBD sentence, a paragraph on
// umlauts and a paragraph on BT protected brands), so the copy does not stand for the
// current page and is 'secondary'. Two-way "Yes" and the landline row agree.
const S_TWILIO_GB_COPY = {
  title: 'Twilio SMS Guidelines: United Kingdom (read in a compiled copy of another version of the page)',
  url: 'https://www.twilio.com/en-us/guidelines/gb/sms',
  kind: 'secondary', reviewed: R,
} as const;
const S_TWILIO_GB_SC = {
  title: 'Twilio Short Code Guidelines: United Kingdom',
  url: 'https://www.twilio.com/en-us/guidelines/gb/short-code',
  kind: 'provider', reviewed: R,
} as const;
const S_TEXTANYWHERE = {
  title: 'TextAnywhere FAQ: How do I keep track of people who opt out of my messages?',
  url: 'https://www.textanywhere.com/resources/faqs/my-account/how-do-i-keep-track-of-people-who-opt-out-of-my-messages/',
  kind: 'provider', reviewed: R,
} as const;
const S_MEDIABURST = {
  title: 'Mediaburst (Clockwork SMS) support: STOP processing / allowing customers to opt out',
  url: 'https://support.mediaburst.co.uk/hc/en-us/articles/201156928-STOP-processing-allowing-customers-to-opt-out-',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_MEF = {
  title: 'Twilio: Documents Required and Instructions to Register Your Alphanumeric Sender ID in United Kingdom',
  url: 'https://support.twilio.com/hc/en-us/articles/23737742623387-Documents-Required-and-Instructions-to-Register-Your-Alphanumeric-Sender-ID-in-United-Kingdom',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_PUZZEL = {
  title: 'Puzzel help: UK sender ID regulations (phases from 12 September and 31 October 2023)',
  url: 'https://help.puzzel.com/node/3163',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MESSAGEMEDIA = {
  title: 'MessageMedia: UK Sender ID requirements',
  url: 'https://support.messagemedia.com/hc/en-us/articles/7060182992271-UK-Sender-ID-requirements',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SINCH_GB = {
  title: 'Sinch: Exigences en matière d’identification de l’expéditeur au Royaume-Uni',
  url: 'https://support.app.sinch.com/hc/fr/articles/11464132571663-Exigences-en-mati%C3%A8re-d-identification-de-l-exp%C3%A9diteur-au-Royaume-Uni',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_WHISPIR = {
  title: 'Whispir: Sender ID Regulation in United Kingdom FAQs',
  url: 'https://help.whispir.com/hc/en-us/articles/33692483691161-Sender-ID-Regulation-in-United-Kingdom-FAQs',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_PLIVO_GB = {
  title: 'Plivo: UK SMS Regulations – Guidelines to Register Your Sender ID',
  url: 'https://support.plivo.com/hc/en-us/articles/29367458653721-UK-SMS-Regulations-Guidelines-to-Register-Your-Sender-ID',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SALESFORCE_GB = {
  title: 'Salesforce Unified Messaging: Guide for Sending SMS Messages to the United Kingdom (Spanish edition)',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_uk.htm&language=es&type=5',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_POLY = {
  title: 'PolyAI docs: SMS number availability (figures taken from Twilio guidelines)',
  url: 'https://docs.poly.ai/sms/number-availability',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TELNYX = {
  title: 'Telnyx: International SMS Compliance Guide',
  url: 'https://developers.telnyx.com/docs/messaging/messages/international-sms-compliance',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_DEDICATED = {
  title: 'AWS End User Messaging SMS: Dedicated number registration forms',
  url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-dedicated-number.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ICO = {
  title: 'ICO: How do we comply with the rules on sending marketing by electronic mail?',
  url: 'https://ico.org.uk/for-organisations/guide-to-pecr/guidance-on-direct-marketing-using-electronic-mail/how-do-we-comply-with-the-rules-on-sending-marketing-by-electronic-mail/',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_PECR = {
  title: 'The Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR), regulations 22 and 23',
  url: 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/22',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_PECR_23 = {
  title: 'PECR 2003, regulation 23: sender identity and a valid opt-out address in every direct-marketing electronic mail (SMS included)',
  url: 'https://www.legislation.gov.uk/uksi/2003/2426/regulation/23',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_GOVUK = {
  title: 'GOV.UK: Marketing and advertising: the law – Direct marketing',
  url: 'https://gov.uk/marketing-advertising-law/direct-marketing',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_GELDARDS = {
  title: 'Geldards: ICO updated guidance on electronic marketing, consent and the soft opt-in exemption',
  url: 'https://www.geldards.com/insights/ico-updated-guidance-on-electronic-marketing-consent-and-the-soft-opt-in-exemption/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_RPC = {
  title: 'RPC: ICO publishes new guidance on marketing by electronic mail (23 December 2022)',
  url: 'https://www.rpc.co.uk/snapshots/quarterly-roundups/snapshots-winter-2022/~/link.aspx?_id=E097AC26DAC24D6E9FFA3E92FB9E41EF&_z=z',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_UK_GDPR = { title: 'UK General Data Protection Regulation (UK GDPR)', kind: 'law', reviewed: REVIEWED } as const;
const S_DPA2018 = { title: 'Data Protection Act 2018', kind: 'law', reviewed: REVIEWED } as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const GB: CountryRules = {
  country: 'GB',
  name: 'United Kingdom',
  status: 'researched',
  reviewed: R,
  timeZones: ['Europe/London'],
  languages: ['en'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Sources describe sender-ID screening (international numerics, generic alphas) but not filtering of A2P on UK P2P long codes.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TWILIO_GB_SC, S_SALESFORCE_GB, S_PUZZEL, S_MESSAGEMEDIA, S_SINCH_GB, S_WHISPIR, S_PLIVO_GB],
        note: 'UK short codes are five digits. Puzzel, MessageMedia and Sinch say five-digit codes starting 6, 7 or 8 are allowed and other short codes blocked since 12 Sep 2023; Whispir mentions codes starting 6 or 8. Plivo instead says numeric IDs starting 6/7/8 are no longer allowed; carriers still provision short codes (Twilio files applications with them), so check the code range with your provider.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWILIO_GB_SC] }],
      registration: {
        value: 'required',
        sources: [S_TWILIO_GB_SC, S_SALESFORCE_GB],
        note: 'A short-code application is filed with UK carriers (Twilio); Salesforce marks short codes as needing pre-registration.',
      },
      twoWay: {
        value: true,
        sources: [S_WHISPIR],
        note: 'Whispir lists UK short codes (and UK long numbers) as the option for two-way traffic.',
      },
      throughput: [
        {
          value: { messagesPerSecond: 100, text: 'Twilio default for a UK short code.' },
          sources: [S_TWILIO_GB_SC, S_POLY],
          note: 'Twilio\u2019s short-code page gives 100 messages per second by default; PolyAI (secondary) quotes 300+ and does not override it.',
        },
      ],
      leadTime: {
        value: { minDays: 70, maxDays: 112 },
        sources: [S_TWILIO_GB_SC, S_SALESFORCE_GB, S_POLY],
        note: 'Twilio: 12–16 weeks after complete paperwork, with a carrier freeze from mid-December to early January; Salesforce: about 10 weeks; PolyAI: 10–16 weeks.',
      },
      senderIdPreserved: { value: 'unknown', note: 'No source consulted states it.' },
      restrictedUseCases: {
        value: 'unknown',
        sources: [S_TWILIO_GB_SC],
        note: 'Twilio says some campaign types are not supported but the list could not be read; age-restricted content (alcohol, gambling) is reviewed case by case.',
      },
    },
    'toll-free': {
      supported: {
        value: false,
        sources: [S_VONAGE_TFN, S_AZURE_TF, S_PLIVO_GB],
        note: 'Vonage: of its toll-free numbers worldwide only US and Canadian ones can send text. Azure lists its UK toll-free numbers for calls only; Plivo bars international toll-free numbers as senders.',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'local-long-code': {
      supported: {
        value: true,
        sources: [S_SALESFORCE_GB, S_WHISPIR, S_MESSAGEMEDIA, S_TELNYX],
        note: 'UK (+44) mobile numbers remain usable as senders after the 2023 screening changes.',
      },
      registration: {
        value: 'required',
        sources: [S_PLIVO_GB, S_AWS_DEDICATED],
        note: 'Plivo: local numeric sender IDs must start with 44 and be registered to the brand. AWS requires a dedicated-number registration for the UK before a number is issued.',
      },
      twoWay: { value: true, sources: [S_WHISPIR, S_TWILIO_GB], note: 'Twilio lists two-way SMS as supported in the UK.' },
      throughput: {
        value: 'unknown',
        sources: [S_POLY, S_TWILIO_GB_COPY, S_TWILIO_MPS_ALPHA, S_TWILIO_RATE_LIMITS],
        note: 'PolyAI (secondary) gives 10 per second, taken from Twilio. Twilio\u2019s UK page gives no long-code figure (neither the readable part of the stored page nor the copy, which is secondary); 10 per second is Twilio\u2019s default sending rate for any number or sender ID to countries outside the US and Canada (Twilio\u2019s alphanumeric-MPS article; the rate table of its rate-limit article was seen only in a copy), i.e. a Twilio product limit, not an operator limit. No operator throughput found.',
      },
      leadTime: {
        value: { minDays: 7, maxDays: 7 },
        sources: [S_SALESFORCE_GB],
        note: 'Salesforce (a provider page) gives about one week; PolyAI (secondary) says immediate with Twilio and does not override it.',
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_PUZZEL, S_MESSAGEMEDIA, S_SINCH_GB, S_WHISPIR, S_PLIVO_GB],
        note: 'UK networks block non-UK numeric senders since 12 Sep 2023 (Sinch and Plivo, major providers; Puzzel, MessageMedia, Whispir; the reseller page cakraflash.com gives 3 Jul 2023). Operators may grant exceptions after validation (Puzzel).',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_PUZZEL, S_TELNYX, S_PLIVO_GB],
        note: 'Puzzel: fully dynamic sender IDs accepted, but IDs protected in the MEF registry need validation and generic IDs are blocked. Puzzel warned registration may become mandatory; no source sets a date.',
      },
      registration: {
        value: 'none',
        sources: [S_TELNYX, S_PUZZEL],
        note: 'Registration is recommended, not required (see the pre-registered row).',
      },
      twoWay: { value: false, sources: [S_TELNYX_ALPHA, S_WHISPIR] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_PLIVO_GB, S_TWILIO_MEF, S_TELNYX] },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TWILIO_MEF] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO_GB] },
        { provider: 'telnyx', offered: true, twoWay: false, sources: [S_TELNYX, S_TELNYX_ALPHA] },
      ],
      registration: {
        value: 'recommended',
        sources: [S_PLIVO_GB, S_TELNYX],
        note: 'Plivo strongly recommends KYC registration to avoid partial or full blocking; Telnyx (guide reflecting early 2026, dated 2026-04-10) lists it as recommended. Required in practice for IDs already protected in the MEF registry (LOA needed).',
      },
      programme: 'gb.mef-sender-id-registry',
      twoWay: { value: false, sources: [S_TELNYX_ALPHA, S_WHISPIR] },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 7 },
        sources: [S_SALESFORCE_GB],
        note: 'Salesforce provisioning estimate for a UK alphanumeric code.',
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_PECR, S_ICO, S_GELDARDS],
      note: 'Marketing texts to individual subscribers need specific consent, or the soft opt-in: details collected from the person during a sale or negotiation, marketing only for your own similar products, and a free opt-out offered at collection and in every message. Corporate subscribers are outside this rule. A January 2025 dpnetwork article reported plans to extend the soft opt-in to charities; not verified as in force.',
    },
    transactional: {
      value: 'none',
      sources: [S_GELDARDS],
      note: 'PECR marketing rules do not cover administrative or customer-service texts; a UK GDPR lawful basis is still needed. UK short codes need express consent under carrier rules (see obligations).',
    },
    laws: {
      value: [
        'Privacy and Electronic Communications (EC Directive) Regulations 2003 (PECR)',
        'UK General Data Protection Regulation (UK GDPR)',
        'Data Protection Act 2018',
      ],
      sources: [S_PECR, S_RPC, S_GELDARDS],
      note: 'RPC summarises the ICO electronic-mail marketing guidance published in December 2022.',
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_GOVUK, S_TELNYX, S_TEXTANYWHERE, S_MEDIABURST],
      note: 'GOV.UK gives a STOP text to a short number as an example of an easy opt-out; Telnyx lists STOP or an unsubscribe link; UK providers TextAnywhere and Mediaburst opt out senders of STOP automatically. Re-checked 2026-12-06: no UK source read names opt-in or help keywords.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_PECR, S_PECR_23, S_GOVUK],
      note: 'Every marketing text must give a valid address to opt out (reg. 23); soft opt-in messages must each offer a simple free way to refuse (reg. 22(3)).',
    },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_GELDARDS],
      note: 'PECR opt-out rules apply to marketing only.',
    },
    wording: {
      value: 'Each marketing text says who is sending and gives a simple, free way to stop, e.g. reply STOP to a UK number or short code, or an unsubscribe link. With an alphanumeric sender the reply route must be another number or a link.',
      sources: [S_GOVUK, S_PECR, S_TELNYX],
    },
    deadline: {
      value: 'unknown',
      note: 'No source consulted (ICO, GOV.UK, PECR text, provider guides) gives a time limit for honouring an opt-out.',
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'No UK source consulted mentions a HELP keyword.' },
    required: { value: 'unknown', note: 'No UK source consulted demands a HELP reply.' },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.gb.marketing',
        level: 'best-practice',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'not-covered',
        timeBasis: 'recipient-local',
        text: 'There is no legal sending window for texts in the UK; industry practice is to send marketing between 08:00 and 21:00.',
        sources: [S_TELNYX],
      },
    ],
    sources: [S_TELNYX],
    note: 'Only one source (Telnyx, early 2026) speaks to UK time restrictions: none in law, 08:00–21:00 as best practice.',
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'gb.mef-sender-id-registry',
      name: 'MEF SMS SenderID Protection Registry',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Brands can register the sender names they use with the Mobile Ecosystem Forum registry so UK networks block look-alikes. Names already in the registry can only be used by the owner or an authorised party: send your provider a signed letter of authorisation.',
      sources: [S_TWILIO_MEF, S_PUZZEL, S_PLIVO_GB],
    },
    {
      id: 'gb.numeric-sender-registration',
      name: 'UK numeric sender / dedicated number registration',
      senderKinds: ['local-long-code'],
      level: 'required',
      text: 'Register UK (+44) numbers used as senders to your brand with your provider; providers such as AWS require a company registration before issuing a UK number.',
      sources: [S_PLIVO_GB, S_AWS_DEDICATED],
    },
    {
      id: 'gb.short-code-application',
      name: 'UK short code application',
      senderKinds: ['short-code'],
      level: 'required',
      text: 'File a short-code application with the carriers through your provider; expect about 10–16 weeks.',
      leadTime: { minDays: 70, maxDays: 112 },
      sources: [S_TWILIO_GB_SC, S_SALESFORCE_GB],
    },
  ],
  content: {
    value: [
      {
        id: 'content.gb.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'Do not send cannabis-related content.',
        sources: [S_TWILIO_GB],
      },
      {
        id: 'content.gb.age-restricted-short-code',
        topic: 'other',
        restriction: 'restricted',
        senderKinds: ['short-code'],
        text: 'Short-code campaigns with age-restricted content (alcohol, gambling and the like) are reviewed one by one by UK carriers; use age checks.',
        sources: [S_TWILIO_GB_SC, S_TELNYX],
      },
      {
        id: 'content.gb.financial-promotions',
        topic: 'high-risk-financial',
        restriction: 'restricted',
        text: 'Financial promotions must be approved by an FCA-authorised firm; financial-sector senders (lenders, mortgage firms, traders, banks) must give their provider a letter of authorisation before registering sender IDs.',
        sources: [S_TELNYX, S_PLIVO_GB],
      },
    ],
    sources: [S_TWILIO_GB, S_TWILIO_GB_SC, S_TELNYX, S_PLIVO_GB],
    note: 'Telnyx also notes charity texts fall under the Fundraising Regulator.',
  },
  dataProtection: {
    value: ['UK General Data Protection Regulation (UK GDPR)', 'Data Protection Act 2018'],
    sources: [S_UK_GDPR, S_DPA2018, S_RPC, S_GELDARDS],
  },
  obligations: [
    {
      id: 'identification.gb.brand-sender-id',
      category: 'identification',
      level: 'required',
      text: 'Use an alphanumeric sender ID that is clearly your brand (not INFO, ALERT, VERIFY, SMS or variants) and limit it to letters, digits, hyphen and underscore, 11 characters at most.',
      senderTypes: ['alphanumeric'],
      sources: [S_PUZZEL, S_MESSAGEMEDIA, S_WHISPIR],
    },
    {
      id: 'registration.gb.mef-protected-loa',
      category: 'registration',
      level: 'required',
      text: 'If your sender name is protected in the MEF SenderID registry, send your provider a signed letter of authorisation before using it, or traffic is blocked.',
      senderTypes: ['alphanumeric'],
      sources: [S_TWILIO_MEF, S_PUZZEL],
    },
    {
      id: 'identification.gb.marketing-sender-identity',
      category: 'identification',
      level: 'required',
      text: 'In marketing texts, do not hide who you are; say who is sending, that it is a promotion and any conditions.',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_PECR_23, S_GOVUK],
    },
    {
      id: 'opt-out.gb.marketing-opt-out',
      category: 'opt-out',
      level: 'required',
      text: 'Give in every marketing text a valid address where the recipient can ask you to stop (reply STOP to a UK number or short code, or a link); with the soft opt-in the refusal must be simple and free apart from the cost of sending it.',
      useCases: MARKETING_LIKE,
      check: { kind: 'opt-out' },
      sources: [S_PECR_23, S_PECR, S_GOVUK],
    },
    {
      id: 'consent.gb.specific-sms-consent',
      category: 'consent',
      level: 'required',
      text: 'Ask for marketing consent specifically for text messages, separately from terms and conditions, without pre-ticked boxes and not as a condition of purchase.',
      useCases: MARKETING_LIKE,
      sources: [S_ICO],
    },
    {
      id: 'consent.gb.short-code-express',
      category: 'consent',
      level: 'required',
      text: 'Get express consent from every recipient before sending from a UK short code.',
      senderTypes: ['short-code'],
      sources: [S_TWILIO_GB_SC],
    },
    {
      id: 'record-keeping.gb.consent-records',
      category: 'record-keeping',
      level: 'recommended',
      text: 'Keep clear records of when and how each marketing consent was given.',
      useCases: MARKETING_LIKE,
      sources: [S_ICO],
    },
  ],
};
