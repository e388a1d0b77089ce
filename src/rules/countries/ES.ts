import { APPLICATION_MEDIATED_P2P } from '../global';
import { S_VONAGE_TFN } from '../sources';
import type { CountryRules } from '../types';

// Spain. Researched 2026-11-23.
// Key change: CNMC Alias Registry (Orden TDF/149/2025 + CNMC Circular 1/2026).
// Operator blocking of unregistered alphanumeric aliases was first set for
// 2026-06-07 and moved to 2026-09-15 by Orden TDF/558/2026.
const REVIEWED = '2026-11-23' as const;
/** Re-audit of 2026-12-06: sources re-read that day carry this date. */
const R = '2026-12-06' as const;

// --- Sources -----------------------------------------------------------------
const S_AZURE_TF = {
  title: 'Azure Communication Services: Phone number management for Spain',
  url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-spain.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_ES = {
  title: 'AWS End User Messaging: Spain registration (sender ID registration)',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-country-reg-es.md',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_ES_LONGCODE = {
  title: 'AWS End User Messaging: Spain long code registration',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-dednum-spain.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_ES = {
  title: 'Telnyx: Spain SMS Guidelines',
  url: 'https://support.telnyx.com/en/articles/6545140-spain-sms-guidelines',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_GUIDE = {
  title: 'Telnyx: International SMS Compliance Guide (states it reflects early 2026)',
  url: 'https://developers.telnyx.com/docs/messaging/messages/international-sms-compliance',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_INSTASENT = {
  title: 'Instasent: SMS sender registration in Spain 2026 (CNMC Alias Registry)',
  url: 'https://www.instasent.com/blog/sms-sender-registration-spain-2026-cnmc',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CAMBIOS = {
  title: 'CambiosLegales: SMS with unregistered aliases: blocking delayed until September 2026 (10 Jun 2026)',
  url: 'https://cambioslegales.es/en/blog/sms-blocking-unregistered-aliases-september-2026',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CNMC = {
  title: 'CNMC: Consulta pública previa sobre el Registro de Alias previsto en la Orden TDF/149/2025',
  url: 'https://www.cnmc.es/index.php/ca/node/415715',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_SIDROUTE = {
  title: 'SIDRoute: CNMC Alias Registry reference document',
  url: 'https://sidroute.com/alias-registry.html',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_LAWWWING = {
  title: 'Lawwwing: 2026, tu SMS puede no llegar: nace el registro obligatorio de alias',
  url: 'https://lawwwing.com/blog-en-2026-tu-sms-puede-no-llegar-nace-el-registro-obligatorio-de-alias',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
// Re-read 2026-12-06: Twilio's and Bird's Spain sections read in a compilation held
// in a public GitHub repository (nevetsagetro/OKR-warranted, data/raw/spain_es.md).
// Re-read 2026-12-06 under section 5 of the research policy: the Twilio section names its page
// and carries Twilio's own field descriptions (the same descriptions appear on Twilio's
// stored Spain short-code page). No stored copy of Twilio's Spain SMS page exists in the
// store, so nothing could be compared and the copy stands for the page ('provider').
// The copy predates the CNMC alias registry, so it is used only for the long-code rows.
// The Bird section does not name its page: 'secondary' ("read in a compiled copy").
const S_TWILIO_ES = {
  title: 'Twilio SMS Guidelines: Spain (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/es/sms',
  kind: 'provider', reviewed: R,
} as const;
/** The same page's "Twilio supported" row: what Twilio sells, not what operators accept. */
const S_TWILIO_ES_OFFER = {
  title: 'Twilio SMS Guidelines: Spain ("Twilio supported" row; read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/es/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_ES = {
  title: 'Bird Docs: SMS country information guide, Europe (Spain) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_TWILIO_ES_SC = {
  title: 'Twilio Short Code Guidelines: Spain',
  url: 'https://www.twilio.com/en-us/guidelines/es/short-code',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_LSSI = {
  title: 'Ley 34/2002 (LSSI), consolidated text, arts. 20-22 and 38 (BOE-A-2002-13758; read in the legalize-es mirror of the BOE text)',
  url: 'https://www.boe.es/buscar/act.php?id=BOE-A-2002-13758',
  kind: 'law', reviewed: R,
} as const;
const S_GDPR = { title: 'Regulation (EU) 2016/679 (GDPR)', kind: 'law', reviewed: REVIEWED } as const;
const S_LOPDGDD = {
  title: 'Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_PERIODICO_BAJA = {
  title: 'El Periódico Extremadura: Entra en vigor la norma de los SMS para sorteos y descargas (premium SMS code of conduct)',
  url: 'https://www.elperiodicoextremadura.com/noticias/economia/vigor-norma-sms-sorteos-descargas_478630.html',
  kind: 'secondary', reviewed: R,
} as const;
const S_SENTDM_ES = {
  title: 'Sent: Spain SMS guide (third-party summary)',
  url: 'https://www.sent.dm/resources/spain-sms-guide',
  kind: 'secondary', reviewed: REVIEWED,
} as const;

export const ES: CountryRules = {
  country: 'ES',
  name: 'Spain',
  status: 'researched',
  reviewed: R,
  timeZones: ['Europe/Madrid', 'Atlantic/Canary', 'Africa/Ceuta'],
  languages: ['es', 'ca', 'gl', 'eu'],
  traffic: {
    regime: APPLICATION_MEDIATED_P2P,
    a2pOnP2pRoutesFiltered: {
      value: 'unknown',
      note: 'Not stated by the sources read. One legal blog reports that Orden TDF/149/2025 already has operators filter SMS arriving from abroad that misuse Spanish numbering (roaming excepted).',
      sources: [S_LAWWWING],
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_TWILIO_ES_SC],
        note: 'Twilio provisions Spanish short codes (CNMC is the regulator named). AWS says it has put new Spain short code provisioning on hold; that is an AWS limit, not a carrier one.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_ES_SC] },
        { provider: 'aws', offered: false, sources: [S_AWS_ES_LONGCODE] },
      ],
      registration: {
        value: 'none',
        sources: [S_AWS_ES],
        note: 'The CNMC alias registry does not apply to numbers. Short codes are still provisioned through a carrier application (see leadTime).',
      },
      twoWay: { value: 'unknown', note: 'The Spain short code page read does not say whether replies are supported.' },
      throughput: { value: 'unknown' },
      leadTime: {
        value: 'unknown',
        note: 'Twilio gives no figure; it warns of carrier provisioning freezes in August and December.',
        sources: [S_TWILIO_ES_SC],
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Twilio/carriers refuse short code campaigns without express consent (friend-to-friend invites, lead-generation opt-ins) and adult content; these are not use-case values, see content rules.',
        sources: [S_TWILIO_ES_SC],
      },
    },
    'toll-free': {
      supported: {
        value: false,
        sources: [S_VONAGE_TFN, S_AZURE_TF],
        note: 'Vonage: of its toll-free numbers worldwide only US and Canadian ones can send text. Azure lists its Spanish toll-free numbers for calls only.',
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
        sources: [S_AWS_ES_LONGCODE],
        note: 'AWS offers Spanish long codes and recommends them while its short code provisioning is on hold.',
      },
      offers: [{ provider: 'aws', offered: true, sources: [S_AWS_ES_LONGCODE] }],
      registration: {
        value: 'required',
        sources: [S_AWS_ES_LONGCODE, S_AWS_ES],
        note: 'AWS requires a company registration form (legal name, tax/VAT ID, address, website) before issuing a Spanish long code. The CNMC alias registry itself does not cover numbers.',
      },
      twoWay: {
        value: 'unknown',
        note: 'Only a third-party summary (sent.dm) claims two-way support; not confirmed by a provider page read.',
        sources: [S_SENTDM_ES],
      },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'international-long-code': {
      supported: {
        value: true,
        note: 'Decided by the only major-provider page that speaks: Twilio\u2019s operator row marks foreign long codes as supported, with the number preserved (read through a verbatim copy that names the page). Bird\u2019s section of a compiled copy (secondary) agrees and decides nothing. A legal blog reports filtering of foreign-originated SMS that misuse Spanish numbering, which does not concern foreign numbers.',
        sources: [S_TWILIO_ES, S_BIRD_ES, S_LAWWWING],
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_ES_OFFER] },
      ],
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: true, sources: [S_TWILIO_ES] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: [
        {
          value: true,
          sources: [S_TELNYX_GUIDE],
          effectiveUntil: '2026-09-15',
          note: 'Before the alias registry was enforced, unregistered IDs were accepted (Telnyx early-2026 guide lists no pre-registration for Spain). The legal duty to register started earlier (blocking first set for 2026-06-07), so treat this window as risky.',
        },
        {
          value: false,
          sources: [S_AWS_ES, S_CNMC, S_CAMBIOS],
          effectiveFrom: '2026-09-15',
          note: 'From this date operators block unregistered aliases (Orden TDF/558/2026 moved the date from 2026-06-07).',
        },
      ],
      registration: [
        { value: 'none', sources: [S_TELNYX_GUIDE], effectiveUntil: '2026-06-07' },
        {
          value: 'required',
          sources: [S_AWS_ES, S_CAMBIOS],
          effectiveFrom: '2026-06-07',
          note: 'The duty to register an alias starts when the CNMC registry opens (2026-06-07); operators block unregistered aliases from 2026-09-15, after which dynamic use is no longer possible (see alphanumeric-preregistered).',
        },
      ],
      twoWay: { value: false, sources: [S_TELNYX_ALPHA, S_SIDROUTE], note: 'Alphanumeric senders are one-way; the registry does not make aliases able to receive replies.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_AWS_ES, S_TELNYX_ES] },
      offers: [
        { provider: 'aws', offered: true, sources: [S_AWS_ES] },
        { provider: 'telnyx', offered: true, twoWay: false, sources: [S_TELNYX_ES, S_TELNYX_ALPHA] },
      ],
      registration: [
        {
          value: 'none',
          sources: [S_TELNYX_GUIDE],
          effectiveUntil: '2026-06-07',
          note: 'No registry existed before Circular 1/2026.',
        },
        {
          value: 'required',
          sources: [S_AWS_ES, S_TELNYX_ES, S_INSTASENT, S_CAMBIOS],
          effectiveFrom: '2026-06-07',
          note: 'Two different dates, not a conflict: the duty to register runs from the day the registry went live (Telnyx, Instasent: 2026-06-07); operators block unregistered aliases from 2026-09-15 (AWS; Orden TDF/558/2026 moved the blocking date).',
        },
      ],
      programme: 'es.cnmc-alias-registry',
      twoWay: { value: false, sources: [S_TELNYX_ALPHA, S_SIDROUTE] },
      throughput: { value: 'unknown' },
      leadTime: {
        value: 'unknown',
        note: 'No source read gives a processing time for CNMC alias registration.',
      },
      senderIdPreserved: {
        value: 'unknown',
        note: 'AWS: registrations are case-sensitive at carrier level; the exact casing registered with CNMC must be used when sending.',
        sources: [S_AWS_ES],
      },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Registry covers OTP, notifications and marketing alike; no use-case restriction found. Generic aliases that do not identify the business cannot be registered.',
        sources: [S_AWS_ES],
      },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_LSSI],
      note: 'LSSI art. 21: promotional messages by electronic means need prior request or express authorisation. Exception: existing customer whose contact data was lawfully obtained, for the sender\'s own products/services similar to those contracted, with a free opt-out offered at collection and in every message.',
    },
    transactional: {
      value: 'none',
      sources: [S_LSSI],
      note: 'LSSI art. 21 covers only promotional communications. A GDPR lawful basis (e.g. contract) is still needed, and providers may require opt-in for all traffic.',
    },
    laws: {
      value: [
        'Ley 34/2002, de 11 de julio, de servicios de la sociedad de la información y de comercio electrónico (LSSI)',
        'Regulation (EU) 2016/679 (GDPR)',
        'Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)',
      ],
      sources: [S_LSSI, S_GDPR, S_LOPDGDD],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['BAJA'],
      sources: [S_PERIODICO_BAJA, S_SENTDM_ES],
      note: 'Only secondary sources, and only for paid (premium, "tarificación adicional") SMS subscription services: a news report on the premium SMS code of conduct says sending BAJA is enough to cancel a subscription. The code itself (published in the BOE in 2009, consulted) could only be read as an index. For ordinary business SMS no law, regulator or carrier source read names a reply word: the LSSI only demands a simple, free way to object; Telnyx\'s compliance guide gives no keyword for Spain, Twilio\'s Spanish page only advises HELP/STOP handling in the local language as a general best practice, and BulkSMS\'s Spain page repeats its generic line that STOP is the usual opt-out word. sent.dm (generic guide) lists STOP, ALTO and BAJA; STOP and ALTO rest on secondary or generic sources alone and are left out.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_LSSI],
      note: 'The law decides. LSSI art. 21.2: under the existing-customer exception, every commercial message must offer a simple, free way to object. Art. 22.1: for consent-based sending the sender must provide simple, free procedures to revoke consent at any time and accessible information on them; failing to do so is an infraction (art. 38).',
    },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_LSSI],
      note: 'LSSI opt-out duties apply to commercial communications only; the GDPR right to object still applies.',
    },
    wording: {
      value: 'Each commercial SMS must give a simple, free way to object to further promotional messages (for example a free reply keyword or a link); the law prescribes no fixed wording.',
      sources: [S_LSSI],
    },
    deadline: {
      value: 'unknown',
      note: 'LSSI art. 22.1 lets the recipient revoke consent at any time by simple notice; no deadline for honouring it was found.',
      sources: [S_LSSI],
    },
  },
  help: {
    keywords: { value: 'unknown', note: 'No Spanish source read requires HELP/AYUDA handling (the AYUDA/ALTO guidance found is for US Spanish-language short codes).' },
    required: { value: 'unknown' },
  },
  quietHours: {
    value: 'unknown',
    note: 'No law or carrier rule read sets sending hours for SMS. A third-party summary (sent.dm) suggests 08:00-21:00 and avoiding Sundays/holidays; unverified. Remember the Canary Islands are one hour behind mainland time.',
    sources: [S_SENTDM_ES],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'es.cnmc-alias-registry',
      name: 'CNMC Registro de Alias (National Alias Registry)',
      senderKinds: ['alphanumeric-preregistered', 'alphanumeric-dynamic'],
      level: 'required',
      text:
        'Register every alphanumeric alias used towards +34 numbers in the CNMC Alias Registry through the CNMC electronic office, signing with a qualifying digital certificate (Spanish or eIDAS). Prove the legitimate link to the alias (trademark, trade name, company name or domain), register the exact casing you send, and designate the enabled origin provider(s) allowed to send it. Operators block unregistered aliases, and registered aliases sent through a provider not authorised for them, from 2026-09-15 (first set for 2026-06-07; moved by Orden TDF/558/2026). Generic aliases cannot be registered. Telnyx reports registrations last at most 24 months and asks non-Spanish companies for an EU VAT number.',
      sources: [S_AWS_ES, S_TELNYX_ES, S_INSTASENT, S_CAMBIOS, S_CNMC, S_SIDROUTE],
      effectiveFrom: '2026-06-07',
    },
  ],
  content: {
    value: [
      {
        id: 'content.es.promotional-offers',
        topic: 'other',
        restriction: 'restricted',
        useCases: ['marketing', 'mixed'],
        text: 'Promotional offers (discounts, prizes, gifts) and promotional contests or games must be clearly identified as such, and their conditions of access and participation must be easy to reach and stated clearly.',
        sources: [S_LSSI],
      },
      {
        id: 'content.es.short-code-lead-generation',
        topic: 'lead-generation',
        restriction: 'prohibited',
        senderKinds: ['short-code'],
        text: 'Short code campaigns whose opt-ins come from lead generation, or friend-to-friend invitations, are not accepted.',
        sources: [S_TWILIO_ES_SC],
      },
      {
        id: 'content.es.short-code-adult',
        topic: 'sex',
        restriction: 'prohibited',
        senderKinds: ['short-code'],
        text: 'Sexual or adult content is not accepted on short codes.',
        sources: [S_TWILIO_ES_SC],
      },
    ],
    sources: [S_LSSI, S_TWILIO_ES_SC],
    note: 'Partial list: only the restrictions found in the sources read. No Spain-specific gambling, loan or URL-shortener rule was found.',
  },
  dataProtection: {
    value: [
      'Regulation (EU) 2016/679 (GDPR)',
      'Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD)',
    ],
    sources: [S_GDPR, S_LOPDGDD],
  },
  obligations: [
    {
      id: 'identification.es.commercial-identity',
      category: 'identification',
      level: 'required',
      text: 'Make every commercial SMS clearly recognisable as advertising and clearly name the person or company on whose behalf it is sent; never hide or disguise the sender (LSSI art. 20.1 and 20.4).',
      useCases: ['marketing', 'mixed'],
      check: { kind: 'sender-name' },
      sources: [S_LSSI],
    },
    {
      id: 'registration.es.alias-provider-chain',
      category: 'registration',
      level: 'required',
      text: 'Send a registered alias only through an origin provider that is enabled in the CNMC Alias Registry and designated for that alias, using exactly the registered casing; otherwise operators block the message.',
      senderTypes: ['alphanumeric'],
      sources: [S_AWS_ES, S_SIDROUTE, S_INSTASENT],
      effectiveFrom: '2026-09-15',
    },
    {
      id: 'identification.es.no-generic-alias',
      category: 'identification',
      level: 'required',
      text: 'Choose an alias that clearly identifies your business; generic aliases cannot be registered with the CNMC.',
      senderTypes: ['alphanumeric'],
      sources: [S_AWS_ES],
    },
    {
      id: 'optout.es.objection-at-collection',
      category: 'opt-out',
      level: 'required',
      text: 'When relying on the existing-customer exception, offer a free and simple way to refuse promotional messages when collecting the number, and again in every promotional message.',
      useCases: ['marketing', 'mixed'],
      sources: [S_LSSI],
    },
    {
      id: 'opt-out.es.revocation-procedure',
      category: 'opt-out',
      level: 'required',
      text: 'Provide a simple, free way for recipients to withdraw consent to commercial SMS at any time, and make information on it available electronically (LSSI art. 22.1); the law does not require it in every consent-based message.',
      useCases: ['marketing', 'mixed'],
      sources: [S_LSSI],
    },
  ],
};
