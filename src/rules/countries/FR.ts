import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// France. Every fact carries its sources; facts the sources do not
// establish are written as { value: 'unknown', note }.
const REVIEWED = '2026-11-23' as const;
/** Re-audit of 2026-12-06: sources re-read that day carry this date. */
const R = '2026-12-06' as const;

// ---- Sources -------------------------------------------------------------
const S_CT_L3133_1 = {
  title: 'Code du travail, article L3133-1 (public holidays), Légifrance, version in force on 2024-09-17',
  url: 'https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_CYCLO_RH = {
  title: 'Cyclo-RH: the public holidays in the Code du travail (articles L3133-1, L3134-13, L3422-2)',
  url: 'https://cyclo-rh.fr/?p=1223',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TWILIO_FR_SC = {
  title: 'Twilio: France Short Code Best Practices',
  url: 'https://support.twilio.com/hc/en-us/articles/1260803521969-France-Short-Code-Best-Practices',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CALLR = {
  title: 'Callr: SMS traffic types and legal framework (France)',
  url: 'https://support.callr.com/hc/en-us/articles/115000858183-SMS-traffic-types-and-legal-framework-France',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_ACOUSTIC = {
  title: 'Acoustic: Send promotional SMS messages to France',
  url: 'https://help.goacoustic.com/hc/en-us/articles/360043722874-Send-promotional-SMS-messages-to-France',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE_FR = {
  title: 'Vonage API Support: France SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017483-France-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_NEXMO_FR = {
  title: 'Nexmo (Vonage) help, older edition: France Features & Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/204017483-France-Features-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_SURESMS_FR = {
  title: 'SureSMS: Opportunities and limitations – France',
  url: 'https://suresms.com/dk/en/country-specific-rules-and-restrictions/landespecifikke-regler-og-begraensninger-land/?country=FR',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_FR = {
  title: 'Bird: Country restrictions and regulations – France',
  url: 'https://docs.bird.com/connectivity-platform/country-restrictions-and-regulations/france',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_BREVO = {
  title: 'Brevo API reference: Send SMS message to a mobile number',
  url: 'https://developers.brevo.com/reference/sendtransacsms',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_WAVECELL = {
  title: 'Wavecell: France SMS Products and Compliance',
  url: 'https://support.wavecell.com/hc/en-us/articles/900003328606-FRANCE-SMS-Products-and-Compliance-',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX = {
  title: 'Telnyx: International SMS Compliance Guide',
  url: 'https://developers.telnyx.com/docs/messaging/messages/international-sms-compliance',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TELNYX_ALPHA = {
  title: 'Telnyx: Alphanumeric Sender ID',
  url: 'https://developers.telnyx.com/docs/messaging/messages/alphanumeric-sender-id',
  kind: 'provider', reviewed: R,
} as const;
const S_SALESFORCE_FR = {
  title: 'Salesforce: Digital Engagement SMS Messaging Reference – Messaging Regulations by Country (France)',
  url: 'https://help.salesforce.com/s/articleView?id=000380719&language=de&type=1',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CNIL = {
  title: 'CNIL: La prospection commerciale par SMS-MMS',
  url: 'https://www.cnil.fr/fr/la-prospection-commerciale-par-sms-mms',
  kind: 'regulator', published: '2015-12-01', reviewed: R,
} as const;
const S_L345 = {
  title: 'Code des postes et des communications électroniques (CPCE), article L34-5 (Légifrance; text read in the doctrine.fr copy of the Légifrance version)',
  url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006465785',
  kind: 'law', reviewed: R,
} as const;
const S_MATHIAS = {
  title: 'Avocats Mathias: prospection commerciale et consentement préalable (CPCE L34-5)',
  url: 'https://www.avocats-mathias.com/donnees-personnelles/prospection-commerciale-consentement',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_DYNAMIQUE = {
  title: 'Dynamique Mag: Démarchage par SMS, oui mais…',
  url: 'https://dynamique-mag.com/article/demarchage-par-sms-oui-mais.518/amp',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ARCEP = {
  title: 'Arcep press release: Arcep adopts a decision amending the national numbering plan (5 September 2022)',
  url: 'https://en.arcep.fr/news/press-releases/view/n/numbering-plan-050922.html',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_LMI = {
  title: 'Le Monde Informatique: les préfixes mobiles 06 et 07 réservés au grand public',
  url: 'https://www.lemondeinformatique.fr/actualites/lire-pour-eviter-les-abus-les-prefixes-mobiles-06-et-07-reserves-au-grand-public-87916.html',
  kind: 'secondary', reviewed: R,
} as const;
const S_ALLO = {
  title: 'Allo help: Send SMS (France)',
  url: 'https://help.withallo.com/en/api-reference/sms/send-sms-france',
  kind: 'provider', reviewed: R,
} as const;
const S_LINK = {
  title: 'LINK Mobility: France updates SMS Sender ID requirements from March 2026',
  url: 'https://www.linkmobility.com/en-gb/news/france-updates-sms-sender-id-requirements-from-march-2026',
  kind: 'provider', reviewed: R,
} as const;
const S_EFIDEM = {
  title: 'Efidem: SMS marketing – French Sender ID rules and practices to be adopted from early 2025',
  url: 'https://www.efidem.com/en/marketing-sms-sender-id-security',
  kind: 'provider', published: '2025-05-15', updated: '2026-01-13', reviewed: R,
} as const;
const S_SMSMODE = {
  title: 'smsmode: Modifica delle regole sugli emittenti (Sender ID / OADC) in Francia',
  url: 'https://www.smsmode.com/it/modification-regles-senderid-france/',
  kind: 'provider', reviewed: R,
} as const;
const S_MEF_AF2M = {
  title: 'MEF: France’s AF2M issues a new Business Messaging Charter (4 March 2026)',
  url: 'https://mef-dev.on-tribes.com/2026/03/04/frances-af2m-issues-a-new-business-messaging-charter-what-it-means-for-a-fragmenting-global-landscape/',
  kind: 'secondary', published: '2026-03-04', reviewed: R,
} as const;
const S_POLY = {
  title: 'PolyAI docs: SMS number availability (figures taken from Twilio guidelines)',
  url: 'https://docs.poly.ai/sms/number-availability',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_AF2M_BM = {
  title: 'AF2M (French operators\u2019 multimedia services association): the Business Messaging code of conduct applies from 1 September 2024',
  url: 'https://af2m.org/la-charte-de-deontologie-applicable-aux-services-de-business-messaging-est-effective-depuis-le-1er-septembre-2024',
  kind: 'carrier', reviewed: R,
} as const;
const S_ARCEP_2022_1583 = {
  title: 'Arcep decision no. 2022-1583 of 1 September 2022 amending the national numbering plan (Journal officiel text, read in the legal.tricoteuses.fr copy)',
  url: 'https://legal.tricoteuses.fr/articles/JORFARTI000046830295',
  kind: 'secondary', published: '2022-09-01', reviewed: R,
} as const;
const S_TWILIO_FR_MOBILE = {
  title: 'Twilio Support: Limitations on sending SMS to French mobile numbers',
  url: 'https://support.twilio.com/hc/en-us/articles/223133827-Limitations-on-sending-SMS-to-French-mobile-numbers',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_FR_TERMS = {
  title: 'Twilio service country-specific terms: France Phone Numbers',
  url: 'https://twilio.com/en-us/legal/service-country-specific-terms/france-phone-numbers',
  kind: 'provider', updated: '2024-10-01', reviewed: R,
} as const;
const S_SALESFORCE_FR_SETUP = {
  title: 'Salesforce Help: Set up SMS for France (dynamic alpha sender ID for one-way, short code for two-way)',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_setup_france.htm&type=5',
  kind: 'provider', reviewed: R,
} as const;
const S_GDPR = { title: 'Regulation (EU) 2016/679 (GDPR)', kind: 'law', reviewed: REVIEWED } as const;
const S_LIL = {
  title: 'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés',
  kind: 'law', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const FR: CountryRules = {
  country: 'FR',
  name: 'France',
  status: 'researched',
  reviewed: R,
  timeZones: ['Europe/Paris'],
  languages: ['fr'],
  traffic: {
    regime: {
      value: 'platform-a2p',
      sources: [S_ARCEP, S_LMI],
      effectiveFrom: '2023-01-01',
      note: 'Arcep decision announced 5 Sep 2022; the 1 Jan 2023 start date is from Le Monde Informatique. Arcep reserves 06/07 mobile numbers for interpersonal services from 1 Jan 2023 and moves conversations between a customer and a technical platform (brand–customer chats, masked numbers for couriers or ride-hailing drivers) to a new 09 range. Read here as: platform-relayed conversations are not P2P.',
    },
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_ALLO, S_SURESMS_FR, S_VONAGE_FR, S_BIRD_FR],
      note: 'Operators block business SMS sent via API from +33 6/7 numbers and suspend numbers over volume thresholds (Allo); SureSMS cites roughly 500 SMS per number per day and 1 SMS every 2 seconds.',
    },
  },
  senders: {
    'short-code': {
      supported: {
        value: true,
        sources: [S_CALLR, S_EFIDEM, S_TWILIO_FR_SC, S_VONAGE_FR],
        note: 'Five-digit codes: 36xxx for promotional and 38xxx for alert/transactional traffic.',
      },
      registration: {
        value: 'required',
        sources: [S_TWILIO_FR_SC, S_CALLR],
        note: 'A short code is opened for a declared message type (marketing or OTP/alerts/notifications).',
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO_FR_SC] }],
      programme: 'fr.short-code-declaration',
      twoWay: {
        value: true,
        sources: [S_TWILIO_FR_SC, S_CALLR],
        note: 'Short codes must take STOP and CONTACT keyword replies.',
      },
      throughput: { value: 'unknown' },
      leadTime: {
        value: 'unknown',
        sources: [S_POLY],
        note: 'PolyAI lists French short codes as a private offering with no lead time.',
      },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: 'unknown',
        sources: [S_TWILIO_FR_SC],
        note: 'Twilio has a content table for French short codes whose allowed/not-allowed marks could not be read.',
      },
    },
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_ARCEP, S_ARCEP_2022_1583, S_TWILIO_FR_MOBILE, S_VONAGE_FR, S_SALESFORCE_FR],
        note: 'The regulator decides: Arcep reserves 06/07 mobile numbers for person-to-person use from 1 Jan 2023 and opens 09 numbers for conversations between a technical platform (a brand) and its customers. Twilio, Vonage, Bird, SureSMS and Allo all say A2P from 06/07 numbers is blocked; the AF2M code has rules for conversational SMS on 09 numbers (MEF) and Salesforce sells A2P long codes for conversations only.',
      },
      restriction: {
        text: 'Only 09 "technical platform" numbers may carry application traffic, and only for conversations with customers (no campaigns); operators block A2P from 06/07 mobile numbers and suspend numbers that exceed P2P volumes.',
        sources: [S_ARCEP, S_TWILIO_FR_MOBILE, S_ALLO, S_SALESFORCE_FR, S_BIRD_FR],
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TWILIO_FR_MOBILE, S_TWILIO_FR_TERMS] },
        { provider: 'vonage', offered: false, sources: [S_VONAGE_FR] },
      ],
      registration: {
        value: 'required',
        sources: [S_SALESFORCE_FR],
        note: 'Salesforce (page published 2024-06-18, which also says French numbers were temporarily not being processed after numbering-plan changes) requires company, address, use case and sample content before ordering an A2P long code.',
      },
      twoWay: { value: true, sources: [S_SURESMS_FR], note: 'Two-way is the purpose of French virtual numbers.' },
      throughput: {
        value: 'unknown',
        sources: [S_SURESMS_FR],
        note: 'SureSMS limits its French long virtual numbers (P2P only) to one SMS every 2 seconds and about 500 a day; no source gives a figure for 09 platform numbers.',
      },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: {
        value: ['marketing', 'polling', 'charity', 'political', 'mixed'],
        sources: [S_BIRD_FR, S_SALESFORCE_FR],
        note: 'Bird: marketing strictly not allowed on virtual mobile numbers; Salesforce: no campaigns on A2P long codes.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_VONAGE_FR, S_BIRD_FR, S_EFIDEM, S_NEXMO_FR],
        note: 'Numeric senders other than French short codes or the provider’s French virtual numbers are replaced or blocked; all-digit sender IDs outside official short numbers are banned since 10 Mar 2025 (Efidem post, last modified 2026-01-13; smsmode).',
      },
      registration: { value: 'unknown' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: {
        value: false,
        sources: [S_VONAGE_FR, S_NEXMO_FR],
        note: 'Numeric sender IDs may be overwritten with a short code or French number.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_VONAGE_FR, S_WAVECELL, S_SALESFORCE_FR_SETUP, S_TELNYX, S_LINK],
        note: 'Vonage says French operators recommend alphanumeric IDs for A2P and whitelisting is optional; Wavecell says IDs not on the operators\u2019 brand lists can be sent dynamically; Salesforce sells a dynamic alpha ID for France. Telnyx (early 2026) says IDs must be registered with French carriers and unregistered ones may be silently filtered. Accepted, but filtered: restricted.',
      },
      restriction: {
        text: 'Operators validate every sender ID: brand names on their protected list need the owner\u2019s written authorisation, banned, generic, numeric-only or non-Latin IDs are blocked or replaced (stricter from 1 March 2026), and Telnyx warns unregistered IDs may be filtered without notice. Register the ID when you can.',
        sources: [S_LINK, S_EFIDEM, S_TELNYX, S_WAVECELL],
      },
      registration: {
        value: 'unknown',
        sources: [S_TELNYX, S_VONAGE_FR, S_WAVECELL],
        note: 'Telnyx: registration with French carriers required; Vonage and Wavecell: only protected brand names need authorisation, whitelisting otherwise optional. The major-provider pages are split.',
      },
      twoWay: { value: false, sources: [S_TELNYX_ALPHA, S_CALLR] },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: 'unknown' },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TELNYX, S_VONAGE_FR, S_CALLR, S_EFIDEM] },
      registration: {
        value: 'required',
        sources: [S_TELNYX, S_LINK, S_WAVECELL],
        note: 'Telnyx (guide reflecting early 2026, dated 2026-04-10): register with French carriers (business documents, SIRET for French firms). IDs on the operators’ “prohibited unless authorised” list need written authorisation; IDs on the “strictly prohibited” list are blocked (LINK, Wavecell).',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TWILIO_FR_MOBILE] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE_FR] },
        { provider: 'telnyx', offered: true, twoWay: false, sources: [S_TELNYX, S_TELNYX_ALPHA] },
      ],
      programme: 'fr.sender-id-validation',
      twoWay: {
        value: false,
        sources: [S_TELNYX_ALPHA, S_CALLR],
        note: 'Callr: with an alphanumeric sender a 36xxx number must be named so recipients can send STOP.',
      },
      throughput: { value: 'unknown' },
      leadTime: {
        value: { minDays: 7, maxDays: 14 },
        sources: [S_TELNYX],
        note: 'Telnyx: 5–10 business days, converted to calendar days.',
      },
      senderIdPreserved: {
        value: false,
        sources: [S_VONAGE_FR, S_BIRD_FR, S_NEXMO_FR],
        note: 'Some networks (NRJ, Truephone, Transatel; older Nexmo text also Free) overwrite alphanumeric senders with a short code; Bird says marketing sent with a name is overwritten to a short code.',
      },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_CNIL, S_L345, S_MATHIAS],
      note: 'CNIL page (one stored copy dated 2015-12-01; a newer copy adds the sanction remark). Prior, free, specific, informed consent (unticked box; accepting T&Cs is not enough). Exceptions: existing customers for similar products of the same company (CNIL: only after an actual sale, not mere account creation) and non-commercial (e.g. charity) messages; both need information and a free, simple objection at collection.',
    },
    transactional: {
      value: 'unknown',
      sources: [S_CALLR, S_CNIL],
      note: 'Callr states all SMS in France are opt-in only, but the legal sources read (CNIL, L34-5) only cover prospection. Not settled.',
    },
    laws: {
      value: [
        'Code des postes et des communications électroniques (CPCE), article L34-5',
        'Regulation (EU) 2016/679 (GDPR)',
        'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés',
      ],
      sources: [S_L345, S_MATHIAS, S_CNIL, S_DYNAMIQUE],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown' },
    revocation: { value: 'unknown' },
    keywords: {
      value: ['STOP'],
      sources: [S_CALLR, S_TWILIO_FR_SC, S_SURESMS_FR, S_BIRD_FR],
      note: 'Telnyx suggests ARRÊT for France, but every French carrier and aggregator source read uses STOP. Re-checked 2026-12-06: Twilio lists STOP (and CONTACT for help) as the mandatory keywords on French short codes; no source read names an opt-in keyword for France.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_CNIL, S_CALLR, S_SURESMS_FR, S_ACOUSTIC],
      note: 'CNIL: every prospection message must name the advertiser and give a simple, non-premium way to object. Carriers reject marketing without the STOP mention (SureSMS).',
    },
    transactionalInstructions: {
      value: 'not-required',
      sources: [S_CALLR, S_BREVO],
      note: 'Callr: STOP is not required on alert traffic. Brevo treats any message carrying a STOP code as marketing (time limits then apply).',
    },
    wording: {
      value: 'End each marketing SMS with STOP and the short code to send it to (e.g. “STOP au 36xxx”, sample providers use 36111, 36179, 36180). With a 36xxx numeric sender, “reply STOP” is enough; with an alphanumeric sender the 36xxx number must be written out. Replying must cost nothing beyond a normal SMS.',
      sources: [S_CALLR, S_SURESMS_FR, S_BIRD_FR, S_ACOUSTIC, S_CNIL],
    },
    deadline: {
      value: 'unknown',
      note: 'No source consulted gives a deadline; Twilio says the STOP reply must confirm the request is taken into account.',
    },
  },
  help: {
    keywords: {
      value: ['CONTACT', 'HELP'],
      sources: [S_TWILIO_FR_SC, S_SALESFORCE_FR],
      note: 'CONTACT (similar to INFO) is mandatory on French short codes (Twilio); Salesforce recommends HELP in the local language as best practice.',
    },
    required: {
      value: 'best-practice',
      sources: [S_SALESFORCE_FR],
      note: 'Required on short codes (CONTACT keyword): see obligation help.fr.short-code-contact.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.fr.marketing',
        level: 'required',
        useCases: MARKETING_LIKE,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], start: '08:00', end: '22:00' },
        ],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Promotional SMS may go out Monday to Saturday from 08:00 to 22:00; never on Sundays or French public holidays. Outside these times carriers reject the traffic.',
        sources: [S_AF2M_BM, S_VONAGE_FR, S_CALLR, S_BIRD_FR, S_BREVO, S_WAVECELL],
      },
    ],
    sources: [S_AF2M_BM, S_VONAGE_FR, S_BIRD_FR, S_BREVO, S_WAVECELL, S_CALLR],
    note: 'The operators\u2019 body decides: the AF2M Business Messaging code (from 1 Sep 2024) lets messages through only on working days (Monday to Saturday, not public holidays) from 08:00 to 22:00, except functional messages (deliveries, conversations the user started). Current Vonage (08\u201322 Monday\u2013Saturday), Bird, Brevo and Wavecell (blocked 22:00\u201308:00) and Callr agree. Narrower windows elsewhere (Acoustic: weekdays 08\u201320 and Saturday 10\u201318; SureSMS, older Nexmo text, Telnyx: 08\u201320) are provider practice. Transactional traffic routed as such has no time limit (Callr, Brevo).',
  },
  holidays: {
    value: [
      { name: "New Year's Day", month: 1, day: 1 },
      { name: 'Good Friday', easterOffset: -2, regional: 'Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)' },
      { name: 'Easter Monday', easterOffset: 1 },
      { name: 'Labour Day', month: 5, day: 1 },
      { name: 'Victory in Europe Day', month: 5, day: 8 },
      { name: 'Ascension Day', easterOffset: 39 },
      { name: 'Whit Monday', easterOffset: 50 },
      { name: 'Bastille Day', month: 7, day: 14 },
      { name: 'Assumption', month: 8, day: 15 },
      { name: "All Saints' Day", month: 11, day: 1 },
      { name: 'Armistice Day', month: 11, day: 11 },
      { name: 'Christmas Day', month: 12, day: 25 },
      { name: "St Stephen's Day", month: 12, day: 26, regional: 'Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)' },
    ],
    sources: [S_CT_L3133_1, S_CYCLO_RH],
    note: 'The eleven national holidays of article L3133-1, plus the two extra days of Alsace-Moselle (article L3134-13). A mobile number does not show the region, so the Alsace-Moselle days are closed everywhere (the safe side). Overseas departments have their own region codes and are not covered by this row.',
  },

  registrations: [
    {
      id: 'fr.sender-id-validation',
      name: 'French operator sender ID (OADC) validation under the AF2M Business Messaging Charter',
      senderKinds: ['alphanumeric-preregistered', 'alphanumeric-dynamic'],
      level: 'required',
      text: 'Have your alphanumeric sender ID validated with French carriers through your provider, with company documents (SIRET for French firms). Brand names on the operators’ protected list need written authorisation from the brand owner; names on the banned list are blocked.',
      leadTime: { minDays: 7, maxDays: 14 },
      sources: [S_TELNYX, S_LINK, S_WAVECELL, S_VONAGE_FR, S_MEF_AF2M],
    },
    {
      id: 'fr.short-code-declaration',
      name: 'French short code opening by traffic type',
      senderKinds: ['short-code'],
      level: 'required',
      text: 'When opening a French short code, declare what it will carry: marketing (36xxx range) or alerts, OTP and notifications (38xxx range).',
      sources: [S_TWILIO_FR_SC, S_CALLR],
    },
  ],
  content: {
    value: [
      {
        id: 'content.fr.adult',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'Do not send adult content.',
        sources: [S_BIRD_FR, S_WAVECELL],
      },
      {
        id: 'content.fr.gambling',
        topic: 'gambling',
        restriction: 'restricted',
        text: 'Gambling, betting and casino content is accepted only after registration with the provider and under heavy restrictions; some providers refuse it.',
        sources: [S_BIRD_FR, S_WAVECELL],
      },
      {
        id: 'content.fr.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'Do not send content about drugs.',
        sources: [S_BIRD_FR],
      },
      {
        id: 'content.fr.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'Do not send cannabis content.',
        sources: [S_BIRD_FR],
      },
      {
        id: 'content.fr.political',
        topic: 'political',
        restriction: 'restricted',
        text: 'Political campaigns are accepted only under restrictions set by the provider and carriers; clear them before sending.',
        sources: [S_BIRD_FR],
      },
      {
        id: 'content.fr.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'restricted',
        text: 'Links are allowed, but avoid public URL shorteners; use full or branded links.',
        sources: [S_BIRD_FR],
      },
    ],
    sources: [S_BIRD_FR, S_WAVECELL],
    note: 'Gambling: Bird (a major provider) allows it only with registration and heavy restrictions; Wavecell (not a major provider) bans it. The major-provider page decides.',
  },
  dataProtection: {
    value: [
      'Regulation (EU) 2016/679 (GDPR)',
      'Loi n° 78-17 du 6 janvier 1978 relative à l’informatique, aux fichiers et aux libertés',
    ],
    sources: [S_GDPR, S_LIL, S_DYNAMIQUE, S_CNIL],
  },
  obligations: [
    {
      id: 'optout.fr.stop-short-code',
      category: 'opt-out',
      level: 'required',
      text: 'End every marketing SMS with a free STOP instruction that names the 36xxx short code to reply to (for example “STOP au 36xxx”); carriers reject marketing without it. CPCE L34-5 requires a valid address to object free of charge in every prospection message.',
      useCases: MARKETING_LIKE,
      check: { kind: 'contains', text: 'STOP' },
      sources: [S_L345, S_AF2M_BM, S_CNIL, S_CALLR, S_SURESMS_FR, S_BIRD_FR, S_ACOUSTIC],
    },
    {
      id: 'identification.fr.advertiser-identity',
      category: 'identification',
      level: 'required',
      text: 'Name the advertiser in every marketing SMS; hiding the identity of the person on whose behalf it is sent is forbidden.',
      useCases: MARKETING_LIKE,
      check: { kind: 'sender-name' },
      sources: [S_L345, S_CNIL],
    },
    {
      id: 'identification.fr.sender-id-format',
      category: 'identification',
      level: 'required',
      text: 'Use an alphanumeric sender ID of at most 11 Latin letters and digits (no spaces, accents or special characters, not digits only) that clearly names your brand; generic words such as alert, rdv, payment, bank or parcel are blocked.',
      senderTypes: ['alphanumeric'],
      effectiveFrom: '2025-03-10',
      sources: [S_EFIDEM, S_SMSMODE, S_LINK],
    },
    {
      id: 'consent.fr.unticked-checkbox',
      category: 'consent',
      level: 'required',
      text: 'Collect marketing consent with a dedicated box that is not pre-ticked, at the time the mobile number is collected; acceptance of terms and conditions is not consent.',
      useCases: MARKETING_LIKE,
      sources: [S_L345, S_CNIL, S_TWILIO_FR_SC],
    },
    {
      id: 'registration.fr.transactional-route',
      category: 'registration',
      level: 'required',
      text: 'Have transactional traffic (OTP, alerts, notifications) flagged as such with your provider so it goes over the transactional route (38xxx or dedicated alphanumeric binds); anything not flagged is treated as marketing and time-restricted. Do not put a STOP code in transactional messages.',
      useCases: ['otp', 'transactional', 'notification', 'reminder', 'alert'],
      sources: [S_VONAGE_FR, S_SURESMS_FR, S_BIRD_FR, S_BREVO],
    },
    {
      id: 'help.fr.short-code-contact',
      category: 'help',
      level: 'required',
      text: 'On a French short code, answer the CONTACT keyword with your contact details and confirm STOP requests.',
      senderTypes: ['short-code'],
      sources: [S_TWILIO_FR_SC],
    },
    {
      id: 'content.fr.french-language',
      category: 'content',
      level: 'recommended',
      text: 'Write commercial messages in French.',
      useCases: MARKETING_LIKE,
      sources: [S_TELNYX],
    },
  ],
};
