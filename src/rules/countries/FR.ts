import { TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// France. Every fact carries its sources; facts the sources do not
// establish are written as { value: 'unknown', note }.
const REVIEWED = '2026-11-23' as const;

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
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_NEXMO_FR = {
  title: 'Nexmo (Vonage) help, older edition: France Features & Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/204017483-France-Features-Restrictions',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SURESMS_FR = {
  title: 'SureSMS: Opportunities and limitations – France',
  url: 'https://suresms.com/dk/en/country-specific-rules-and-restrictions/landespecifikke-regler-og-begraensninger-land/?country=FR',
  kind: 'provider', reviewed: REVIEWED,
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
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SALESFORCE_FR = {
  title: 'Salesforce: Digital Engagement SMS Messaging Reference – Messaging Regulations by Country (France)',
  url: 'https://help.salesforce.com/s/articleView?id=000380719&language=de&type=1',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CNIL = {
  title: 'CNIL: La prospection commerciale par SMS-MMS',
  url: 'https://www.cnil.fr/fr/la-prospection-commerciale-par-sms-mms',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_L345 = {
  title: 'Code des postes et des communications électroniques (CPCE), article L34-5',
  kind: 'law', reviewed: REVIEWED,
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
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_ALLO = {
  title: 'Allo help: Send SMS (France)',
  url: 'https://help.withallo.com/en/api-reference/sms/send-sms-france',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_LINK = {
  title: 'LINK Mobility: France updates SMS Sender ID requirements from March 2026',
  url: 'https://www.linkmobility.com/en-gb/news/france-updates-sms-sender-id-requirements-from-march-2026',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_EFIDEM = {
  title: 'Efidem: SMS marketing – French Sender ID rules and practices to be adopted from early 2025',
  url: 'https://www.efidem.com/en/marketing-sms-sender-id-security',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SMSMODE = {
  title: 'smsmode: Modifica delle regole sugli emittenti (Sender ID / OADC) in Francia',
  url: 'https://www.smsmode.com/it/modification-regles-senderid-france/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_MEF_AF2M = {
  title: 'MEF: France’s AF2M issues a new Business Messaging Charter (4 March 2026)',
  url: 'https://mef-dev.on-tribes.com/2026/03/04/frances-af2m-issues-a-new-business-messaging-charter-what-it-means-for-a-fragmenting-global-landscape/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_POLY = {
  title: 'PolyAI docs: SMS number availability (figures taken from Twilio guidelines)',
  url: 'https://docs.poly.ai/sms/number-availability',
  kind: 'secondary', reviewed: REVIEWED,
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
  reviewed: REVIEWED,
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
        value: false,
        sources: [S_VONAGE_FR, S_BIRD_FR, S_SURESMS_FR, S_ALLO, S_ARCEP],
        note: 'Disagreement: Vonage, Bird and SureSMS say French virtual mobile numbers are for P2P only and cannot carry A2P; Allo says operators block API business SMS from 06/07. Arcep created a 09 range for brand–customer conversations, the AF2M charter (from 1 Mar 2026) has rules for two-way SMS on 09 numbers (MEF), and Salesforce lists A2P long codes for conversations (no campaigns, replies expected). Conservative value kept: not supported for A2P; ask your provider about 09 conversational numbers.',
      },
      registration: {
        value: 'required',
        sources: [S_SALESFORCE_FR],
        note: 'Salesforce (page published 2024-06-18, which also says French numbers were temporarily not being processed after numbering-plan changes) requires company, address, use case and sample content before ordering an A2P long code.',
      },
      twoWay: { value: true, sources: [S_SURESMS_FR], note: 'Two-way is the purpose of French virtual numbers.' },
      throughput: {
        value: { messagesPerSecond: 0.5, text: 'SureSMS: outgoing SMS from French long virtual numbers limited to one every 2 seconds.' },
        sources: [S_SURESMS_FR],
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
        value: false,
        sources: [S_TELNYX, S_WAVECELL, S_VONAGE_FR, S_SURESMS_FR],
        note: 'Disagreement: Wavecell says IDs not on the operators’ allowed/forbidden brand lists can be sent dynamically, and Vonage/SureSMS describe registration only for some senders; Telnyx (early 2026) says sender IDs must be registered with French carriers and unregistered ones may be silently filtered. Conservative value kept: not supported unregistered.',
      },
      registration: { value: 'required', sources: [S_TELNYX] },
      programme: 'fr.sender-id-validation',
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
    keywords: {
      value: ['STOP'],
      sources: [S_CALLR, S_TWILIO_FR_SC, S_SURESMS_FR, S_BIRD_FR],
      note: 'Telnyx suggests ARRÊT for France, but every French carrier and aggregator source read uses STOP.',
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
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' },
          { days: ['sat'], start: '10:00', end: '18:00' },
        ],
        publicHolidays: 'closed',
        timeBasis: 'recipient-local',
        text: 'Promotional SMS may go out on weekdays from 08:00 to 20:00 and on Saturdays from 10:00 to 18:00; never on Sundays or French public holidays. Outside these times carriers reject or queue the traffic.',
        sources: [S_ACOUSTIC, S_SURESMS_FR, S_NEXMO_FR, S_TELNYX, S_VONAGE_FR, S_CALLR, S_BIRD_FR, S_BREVO, S_WAVECELL],
      },
    ],
    sources: [S_ACOUSTIC, S_SURESMS_FR, S_TELNYX, S_VONAGE_FR, S_CALLR, S_BIRD_FR, S_BREVO, S_WAVECELL],
    note: 'Sources disagree on the hours. Acoustic: weekdays 08–20, Saturday 10–18. SureSMS, older Nexmo text and Telnyx: 08–20 Monday–Saturday. Current Vonage page: 08–22 Monday–Saturday. Bird, Brevo and Wavecell: blocked 22:00–08:00. Callr: blocked after 22:00. All agree Sundays and public holidays are closed. The narrowest window (Acoustic) is kept. Transactional traffic has no time limit when routed as transactional (Callr, Brevo).',
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
        restriction: 'prohibited',
        text: 'Do not send gambling, betting or casino content.',
        sources: [S_WAVECELL, S_BIRD_FR],
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
    note: 'Bird says financial games are allowed only with registration and heavy restrictions; Wavecell bans gambling and betting outright, so the stricter rule is kept.',
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
      text: 'End every marketing SMS with a free STOP instruction that names the 36xxx short code to reply to (for example “STOP au 36xxx”); carriers reject marketing without it.',
      useCases: MARKETING_LIKE,
      sources: [S_CALLR, S_SURESMS_FR, S_BIRD_FR, S_ACOUSTIC],
    },
    {
      id: 'identification.fr.advertiser-identity',
      category: 'identification',
      level: 'required',
      text: 'Name the advertiser in every marketing SMS.',
      useCases: MARKETING_LIKE,
      sources: [S_CNIL],
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
      sources: [S_CNIL, S_TWILIO_FR_SC],
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
