import type { CountryRules } from '../types';

// Canada. Carrier rules come from the CWTA / Canadian Telecommunications
// Association (short codes, txt.ca) and from carrier filtering; the law is
// Canada's Anti-Spam Legislation (CASL), enforced by the CRTC.
const REVIEWED = '2026-11-23' as const;
const R = '2026-12-06' as const;

// --- Sources ---------------------------------------------------------------
const S_TWILIO_SMS = {
  title: 'Twilio SMS Guidelines: Canada',
  url: 'https://www.twilio.com/guidelines/ca/sms',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_SC = {
  title: 'Twilio Short Code Guidelines: Canada',
  url: 'https://www.twilio.com/en-us/guidelines/ca/short-code',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_COMPARE = {
  title: 'Twilio Help: Comparison of SMS messaging in the US and Canada for long codes, short codes and toll-free numbers',
  url: 'https://support.twilio.com/hc/en-us/articles/360038173654-Comparison-of-SMS-messaging-in-the-US-and-Canada-for-long-codes-short-codes-and-toll-free-phone-numbers',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_TF = {
  title: 'Twilio Help: Information and best practices for using Toll-Free SMS in the US and Canada',
  url: 'https://support.twilio.com/hc/en-us/articles/360038172934-Information-and-best-practices-for-using-Toll-Free-SMS-in-the-US-and-Canada',
  kind: 'provider', reviewed: R,
} as const;
const S_TWILIO_A2P = {
  title: 'Twilio Help: What is P2P and A2P messaging?',
  url: 'https://support.twilio.com/hc/en-us/articles/223133807-What-is-P2P-and-A2P-messaging',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_A2P_GLOSSARY = {
  title: 'Twilio Glossary: Application-to-Person Messaging',
  url: 'https://www.twilio.com/docs/glossary/what-a2p-sms-application-person-messaging',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_CA_OPTOUT = {
  title: 'Twilio Help: Canadian Short Code opt-out Requirements',
  url: 'https://support.twilio.com/hc/en-us/articles/223182048-Canadian-Short-Code-opt-out-Requirements',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TWILIO_CA_KEYWORDS = {
  title: 'Twilio Help: Industry standards for Mandatory keyword responses required in Canada (HELP, AIDE, INFO, STOP, ARRET)',
  url: 'https://support.twilio.com/hc/en-us/articles/223181928-Industry-standards-for-Mandatory-keyword-responses-required-in-Canada-HELP-AIDE-INFO-STOP-ARRET',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE = {
  title: 'Vonage API Support: Canada SMS Features and Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/204024183-Canada-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_VONAGE_LVN = {
  title: 'Vonage API Support: Canada Long Virtual Number (LVN)',
  url: 'https://help.nexmo.com/hc/en-us/articles/360062054532-Canada-Long-Virtual-Number-LVN-',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_VONAGE_TF = {
  title: 'Vonage API Support: Canada Toll-Free Numbers Features and Restrictions',
  url: 'https://help.nexmo.com/hc/en-us/articles/360062053492',
  kind: 'provider', reviewed: R,
} as const;
const S_OPENMARKET = {
  title: 'OpenMarket Global Coverage: Canada',
  url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/canada.htm',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_NA = {
  title: 'Bird Docs: SMS Country Information Guide: North America',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-north-america',
  kind: 'provider', reviewed: R,
} as const;
const S_BIRD_CA = {
  title: 'Bird Docs: Canada',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-north-america/canada',
  kind: 'provider', published: '2023-03-07', reviewed: R,
} as const;
const S_MESSAGEBIRD_CA = {
  title: 'MessageBird Support: Canada',
  url: 'https://support.messagebird.com/hc/en-us/articles/208014869-Canada',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_AWS_NA = {
  title: 'AWS End User Messaging: Supported countries, North America',
  url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-north-america.html',
  kind: 'provider', reviewed: R,
} as const;
const S_PLIVO_CA = {
  title: 'Plivo Docs: Messaging compliance (Canada) and Support: Country-specific restrictions (long codes are for P2P)',
  url: 'https://plivo.com/docs/faq/messaging/messaging-compliance',
  kind: 'provider', reviewed: R,
} as const;
const S_PLIVO_SC = {
  title: 'Plivo Support: Canada Short Code Application Guidelines',
  url: 'https://support.plivo.com/hc/en-us/sections/360008302951-Short-Codes',
  kind: 'provider', reviewed: R,
} as const;
const S_SINCH_SC = {
  title: 'Sinch Community: Sinch Canada Short Code Onboarding Overview',
  url: 'https://community.sinch.com/t5/SMS/Sinch-Canada-Short-Code-Onboarding-Overview/ta-p/12080',
  kind: 'provider', reviewed: R,
} as const;
const S_SALESFORCE_CA = {
  title: 'Salesforce Help: Messaging considerations for Canada',
  url: 'https://help.salesforce.com/s/articleView?id=000380713&language=zh_TW&type=1',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SALESFORCE_UM = {
  title: 'Salesforce Help: Guide for Sending SMS Messages to Canada',
  url: 'https://help.salesforce.com/s/articleView?id=mktg.um_channel_sms_canada.htm&language=zh_CN&type=5',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_PLIVO = {
  title: "Plivo Support: What's the difference between A2P and P2P SMS?",
  url: 'https://support.plivo.com/hc/en-us/articles/360041347312-What-s-the-difference-between-A2P-and-P2P-SMS',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_HEYMARKET = {
  title: 'Heymarket Help: SMS Message Filtering by Wireless Carriers in the United States and Canada',
  url: 'https://help.heymarket.com/hc/en-us/articles/32566789234829-SMS-Message-Filtering-by-Wireless-Carries-in-the-United-States-and-Canada',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_OMNIX = {
  title: 'Omnix Support: Updated Messaging Policies for Canadian 10DLC Numbers: A2P Registration Requirements',
  url: 'https://omnixapp.one/help/articles/155000004915-updated-messaging-policies-for-canadian-10dlc-numbers-a2p-registration-requirements',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_SINCH = {
  title: 'Sinch Support: Canada SMS compliance best practice',
  url: 'https://support.app.sinch.com/hc/en-us/articles/16600847085967-Canada-SMS-compliance-best-practice',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_INTELEPEER = {
  title: 'IntelePeer: Short Code Availability – Canada',
  url: 'https://www.intelepeer.com/short-code-availability-canada/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_BANDWIDTH_TF = {
  title: 'Bandwidth Support: Canada toll-free messaging best practices',
  url: 'https://support.bandwidth.com/hc/en-us/articles/4411636551063-Canada-toll-free-messaging-best-practices',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_BANDWIDTH_TF_OLD = {
  title: 'Bandwidth Support: Canada Toll Free Messaging Best Practices (earlier version)',
  url: 'https://support.bandwidth.com/hc/en-us/articles/4411636551063-Canada-Toll-Free-Messaging-Best-Practices',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CONVEY_TF = {
  title: 'Convey Help Desk: Toll-Free Messaging Best Practices',
  url: 'https://support.goconvey.com/hc/en-us/articles/46087448924819-Toll-Free-Messaging-Best-Practices',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CALLTURE_TFV = {
  title: 'Callture: Toll-Free Message Verification for US/Canada',
  url: 'https://www.callture.com/resporg/smsverification.aspx',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_QUESTBLUE_TFV = {
  title: 'QuestBlue: Toll-Free Number Verification Update',
  url: 'https://questblue.com/toll-free-number-verification-update/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_TXTCA_APPLY = {
  title: 'txt.ca: Apply for a Short Code',
  url: 'https://www.txt.ca/en/apply-for-a-short-code/',
  kind: 'provider', reviewed: REVIEWED,
} as const;
const S_CRTC_IMPLIED = {
  title: "CRTC: Canada's Anti-Spam Legislation (CASL) Guidance on Implied Consent",
  url: 'https://crtc.gc.ca/eng/com500/guide.htm',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_CRTC_VIDEO = {
  title: "CRTC: Video Transcript: How do I know if Canada's Anti-spam legislation applies to my business or organization?",
  url: 'https://crtc.gc.ca/eng/com500/videot2.htm',
  kind: 'regulator', reviewed: REVIEWED,
} as const;
const S_CORNELL_CASL = {
  title: 'Cornell LII Wex: Canadian Anti-Spam Law of 2010: Content Requirements and Opt-Out',
  url: 'https://www.law.cornell.edu/wex/inbox/canadian_anti-spam_law_content_requirements',
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_MANNING = {
  title: "Manning Search Marketing: Canada's Anti-Spam Legislation",
  url: 'https://www.manningmarketing.com/articles/canadas-anti-spam-legislation/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_BLG_UNSUB = {
  title: 'Mondaq (BLG): CASL FAQ: What Are The General Unsubscribe Requirements?',
  url: 'https://www.mondaq.com/canada/x/301380/Charities+Non-Profits/CASL+FAQ+What+Are+The+General+Unsubscribe+Requirements',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_MILLS_IMPLIED = {
  title: 'Mills & Mills LLP: Implied consent under CASL',
  url: 'https://millsandmills.ca/?p=7537',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_OPENPARL_66 = {
  title: 'openparliament.ca: House of Commons Industry Committee, meeting 76 (42-1), testimony on CASL s. 6(6) messages',
  url: 'https://openparliament.ca/committees/industry/42-1/76/the-chair-12',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_LEXOLOGY_CONSENT = {
  title: 'Lexology: CRTC guidelines on commercial electronic message content and requests for consent',
  url: 'https://www.lexology.com/library/detail.aspx?g=a7019e93-a76f-4e96-bb6b-7d3a66d87045',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_TORYS_RECORDS = {
  title: 'Torys LLP: CRTC Releases Guidelines on CASL Consent Records',
  url: 'https://www.torys.com/our-latest-thinking/publications/2016/07/crtc-releases-guidelines-on-casl-consent-records',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_FEDMA = {
  title: 'FEDMA Legal Facts: Canada – Notice and Privacy Policy',
  url: 'https://www.fedma.org/legalfacts/canada-lfp/data-canada-lfp/notice-and-privacy-policy-10/',
  kind: 'secondary', reviewed: REVIEWED,
} as const;
const S_CASL_ACT = {
  title: "Canada's Anti-Spam Legislation (CASL), S.C. 2010, c. 23",
  kind: 'law', reviewed: REVIEWED,
} as const;
const S_PIPEDA = {
  title: 'Personal Information Protection and Electronic Documents Act (PIPEDA), S.C. 2000, c. 5',
  kind: 'law', reviewed: REVIEWED,
} as const;

const MARKETING_LIKE = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const CA: CountryRules = {
  country: 'CA',
  name: 'Canada',
  status: 'researched',
  reviewed: R,
  timeZones: [
    'America/Toronto',
    'America/Vancouver',
    'America/Edmonton',
    'America/Winnipeg',
    'America/Halifax',
    'America/Regina',
    'America/St_Johns',
    'America/Moncton',
    'America/Whitehorse',
    'America/Iqaluit',
  ],
  languages: ['en', 'fr'],
  traffic: {
    regime: {
      value: 'platform-a2p',
      sources: [S_TWILIO_A2P, S_TWILIO_A2P_GLOSSARY],
      note: 'Twilio states that carriers in the US and Canada read A2P strictly and treat everything passing through a messaging platform as A2P; application-mediated conversations are not P2P there.',
    },
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_TWILIO_SMS, S_TWILIO_COMPARE, S_VONAGE, S_PLIVO],
      note: 'Canadian carriers filter A2P traffic strictly on long codes; Vonage and Plivo describe Canadian long numbers as P2P routes and send A2P over short codes.',
    },
  },
  senders: {
    'short-code': {
      supported: { value: true, sources: [S_TWILIO_SC, S_TWILIO_SMS, S_VONAGE, S_AWS_NA, S_BIRD_NA, S_OPENMARKET] },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TWILIO_SC] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE] },
        { provider: 'aws', offered: true, sources: [S_AWS_NA] },
        { provider: 'bird', offered: true, twoWay: true, sources: [S_BIRD_NA, S_BIRD_CA] },
        { provider: 'sinch', offered: true, sources: [S_SINCH_SC] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO_SC] },
      ],
      registration: {
        value: 'required',
        sources: [S_TWILIO_SC, S_TXTCA_APPLY, S_PLIVO_SC],
        note: 'Each short code program is applied for and approved through the Canadian common short code process (txt.ca, run by the CWTA / Canadian Telecommunications Association); carriers review the use case, opt-in and keyword replies. Shared short codes are not accepted (Plivo).',
      },
      programme: 'ca.short-code',
      twoWay: { value: true, sources: [S_OPENMARKET, S_BIRD_CA] },
      throughput: {
        value: { messagesPerSecond: 100, text: 'Twilio gives 100 messages per second by default for a Canadian short code; Bird lists up to 400 SMS per second on its platform.' },
        sources: [S_TWILIO_SC, S_BIRD_CA],
      },
      leadTime: {
        value: { minDays: 56, maxDays: 112 },
        sources: [S_TWILIO_SC, S_TWILIO_SMS, S_SALESFORCE_UM],
        note: 'Twilio short-code page: 12-16 weeks after a complete application, with an annual carrier provisioning freeze from mid-October to early January; the Twilio SMS page says 8-12 weeks and Salesforce 10-12 weeks. The range spans all three.',
      },
      senderIdPreserved: { value: true, sources: [S_TWILIO_SMS, S_OPENMARKET] },
      restrictedUseCases: {
        value: 'unknown',
        note: 'Sources list forbidden content (cannabis, adult, lead-generated opt-ins, multi-brand codes) rather than use cases; see content rules. Vonage lists "emergency notifications" among restricted campaigns for all Canadian numbers without saying what that covers.',
        sources: [S_TWILIO_SC, S_VONAGE],
      },
    },
    'toll-free': {
      supported: {
        value: true,
        sources: [S_TWILIO_TF, S_VONAGE_TF, S_BIRD_NA],
        note: 'Twilio says toll-free is designated for business messaging by most major Canadian carriers (Rogers, Fido, Telus, Videotron); other Canadian networks apply the standard long-code filtering profile. Vonage says toll-free reaches all Canadian carriers.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO_TF] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE_TF] },
        { provider: 'bird', offered: true, twoWay: true, sources: [S_BIRD_NA, S_BIRD_CA] },
      ],
      registration: {
        value: 'required',
        sources: [S_CALLTURE_TFV, S_QUESTBLUE_TFV, S_CONVEY_TF, S_VONAGE_TF],
        note: 'Toll-free verification: traffic from unverified toll-free numbers to Canadian recipients is blocked (QuestBlue reports this from 2022-10-01). Vonage words it as "should be verified".',
      },
      programme: 'ca.toll-free-verification',
      twoWay: { value: true, sources: [S_BIRD_CA, S_OPENMARKET] },
      throughput: {
        value: { messagesPerSecond: 3, text: 'Default of 3 SMS segments per second per toll-free number (Twilio, Bird); Bandwidth advises staying below 25 MPS per number to Canada and Vonage mentions up to 30 MPS on request.' },
        sources: [S_TWILIO_COMPARE, S_BIRD_CA, S_BANDWIDTH_TF_OLD],
      },
      leadTime: {
        value: { minDays: 42, maxDays: 56 },
        sources: [S_CALLTURE_TFV],
        note: 'One reseller (Callture) quotes 6-8 weeks for verification; no carrier or larger provider figure was found.',
      },
      senderIdPreserved: { value: 'unknown', note: 'Twilio and OpenMarket tables checked; neither gives a toll-free preservation row for Canada.' },
      restrictedUseCases: {
        value: [],
        sources: [S_TWILIO_TF, S_BIRD_NA],
        note: 'Twilio allows promotional traffic on verified toll-free numbers (with clean opt-in and a low opt-out rate) and Bird recommends toll-free for promotional SMS to Canada; only Bandwidth, not a major provider, says marketing is not permitted on toll-free to Canada. Forbidden content categories are in the content rules.',
      },
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TWILIO_SMS, S_AWS_NA, S_BIRD_NA, S_VONAGE, S_PLIVO_CA, S_OPENMARKET],
        note: 'Twilio lists domestic long codes as supported by the operators, and AWS, Bird and Vonage sell Canadian long numbers; Twilio says the carriers filter A2P on them strictly and will not lift it, Vonage and Plivo treat them as P2P routes and send A2P over short codes, and OpenMarket says enterprise A2P must generally use short codes.',
      },
      restriction: {
        text: 'Operators accept SMS from Canadian local numbers but filter application traffic on them heavily (bulk or identical content, volume, URLs); A2P from a local number risks being blocked. Short codes or verified toll-free numbers are the recommended A2P senders.',
        sources: [S_TWILIO_SMS, S_VONAGE, S_BIRD_CA, S_PLIVO_CA, S_SALESFORCE_CA],
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TWILIO_SMS] },
        { provider: 'vonage', offered: true, sources: [S_VONAGE, S_VONAGE_LVN] },
        { provider: 'aws', offered: true, sources: [S_AWS_NA] },
        { provider: 'bird', offered: true, twoWay: true, sources: [S_BIRD_NA, S_BIRD_CA] },
        { provider: 'plivo', offered: true, sources: [S_PLIVO_CA] },
      ],
      registration: {
        value: 'unknown',
        sources: [S_HEYMARKET, S_OMNIX],
        note: 'Heymarket says Canadian long codes used only within Canada need no A2P registration (sending to the US needs US 10DLC registration). One platform (Omnix) requires A2P registration or identity verification for Canadian numbers bought from 2025-03-26; that is a platform policy, not a carrier programme. No source describes a Canadian counterpart of the US 10DLC registry, so no Canadian long-code programme is encoded.',
      },
      twoWay: { value: true, sources: [S_TWILIO_SMS, S_OPENMARKET] },
      throughput: {
        value: { messagesPerSecond: 1, text: 'One SMS per second per long number; Vonage adds a limit of roughly 500 messages per number per day, Bird 500 per day.' },
        sources: [S_TWILIO_COMPARE, S_VONAGE_LVN, S_BIRD_CA],
      },
      leadTime: { value: 'unknown', note: 'Twilio lists provisioning as N/A; no other figure found.' },
      senderIdPreserved: { value: true, sources: [S_TWILIO_SMS, S_OPENMARKET] },
      restrictedUseCases: { value: 'unknown', note: 'A2P in general is filtered (see restriction); no source lists use cases carriers refuse on local numbers.' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_VONAGE, S_TWILIO_COMPARE, S_OPENMARKET, S_MESSAGEBIRD_CA],
        note: 'Vonage says SMS to Canada may come from a pre-approved US long number as well as a Canadian one, and Twilio says US long codes can message other countries; MessageBird says numbers from outside North America are blocked and OpenMarket that international long codes are not kept on one-way traffic. The sources agree only on US (+1) numbers.',
      },
      restriction: {
        text: 'Only US numbers, which share the +1 numbering plan, reach Canadian handsets as long-code senders, and A2P from them meets the same carrier filtering as Canadian long codes; numbers from other countries are blocked or overwritten.',
        sources: [S_VONAGE, S_MESSAGEBIRD_CA, S_OPENMARKET],
      },
      offers: [
        { provider: 'bird', offered: false, sources: [S_BIRD_NA] },
      ],
      registration: { value: 'unknown', note: 'A US number sending to Canada falls under the US programmes (10DLC); no Canadian programme applies.' },
      twoWay: { value: 'unknown' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_OPENMARKET] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TWILIO_SMS, S_VONAGE, S_OPENMARKET, S_BIRD_NA],
        note: 'Twilio lists alphanumeric IDs as not supported by the operators; Vonage and OpenMarket say names are not allowed, and MessageBird says such messages are blocked.',
      },
      offers: [
        { provider: 'vonage', offered: false, sources: [S_VONAGE] },
        { provider: 'aws', offered: false, sources: [S_AWS_NA] },
        { provider: 'bird', offered: false, sources: [S_BIRD_NA] },
      ],
      registration: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
      twoWay: { value: false, sources: [S_BIRD_NA], note: 'Alphanumeric senders are one-way.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_OPENMARKET] },
      restrictedUseCases: { value: 'unknown' },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWILIO_SMS, S_VONAGE, S_OPENMARKET], note: 'Twilio lists pre-registered alphanumeric IDs as not supported by the operators; Vonage and OpenMarket: alphanumeric not supported.' },
      offers: [
        { provider: 'vonage', offered: false, sources: [S_VONAGE] },
        { provider: 'aws', offered: false, sources: [S_AWS_NA] },
        { provider: 'bird', offered: false, sources: [S_BIRD_NA] },
      ],
      registration: { value: 'unknown', note: 'Not applicable: sender type not supported.' },
      twoWay: { value: false, sources: [S_BIRD_NA], note: 'Alphanumeric senders are one-way.' },
      throughput: { value: 'unknown' },
      leadTime: { value: 'unknown' },
      senderIdPreserved: { value: false, sources: [S_OPENMARKET] },
      restrictedUseCases: { value: 'unknown' },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_TWILIO_SC, S_SINCH, S_INTELEPEER, S_CRTC_IMPLIED],
      note: 'CASL allows express or (in listed cases) implied consent for commercial electronic messages; carrier/industry rules for SMS (short codes, CTA guidance) demand express opt-in on top of the law, and a sender must meet both, so express opt-in is what it needs. Implied consent from an existing business relationship lasts 2 years after a purchase/contract and 6 months after an inquiry.',
    },
    transactional: {
      value: 'express',
      sources: [S_TWILIO_SC, S_SINCH, S_INTELEPEER, S_CASL_ACT, S_OPENPARL_66],
      note: 'CASL s. 6(6) exempts messages that solely confirm a transaction, give warranty/safety or account facts, etc. from the consent requirement (they still need identification and unsubscribe). Carriers/industry require express consent before any short-code message (Twilio, Sinch) and IntelePeer requires a current business relationship for transactional short-code traffic. The carriers\' rule applies on top of the law\'s exemption, so express consent is what a short-code sender needs.',
    },
    laws: {
      value: [
        "Canada's Anti-Spam Legislation (CASL), S.C. 2010, c. 23",
        'Electronic Commerce Protection Regulations (CRTC), SOR/2012-36',
      ],
      sources: [S_CASL_ACT, S_CORNELL_CASL, S_CRTC_IMPLIED],
    },
  },
  optOut: {
    optInKeywords: { value: 'unknown', note: 'The Canadian sources read name the opt-out and help keywords only; on toll-free numbers shared with the US the carrier layer takes START and UNSTOP, but no source says so for Canada.' },
    revocation: {
      value: { honourWithinBusinessDays: 10 },
      sources: [S_CASL_ACT, S_CORNELL_CASL, S_BLG_UNSUB],
      note: 'CASL s. 11(3): an unsubscribe request must be given effect without delay and within 10 business days. The recipient chooses whether it covers all commercial messages or a class of them.',
    },
    keywords: {
      value: ['STOP', 'ARRET', 'END', 'QUIT', 'CANCEL', 'UNSUBSCRIBE', 'UNSUB'],
      sources: [S_TWILIO_CA_OPTOUT, S_TWILIO_CA_KEYWORDS, S_SINCH],
      note: 'STOP and ARRET are mandatory on Canadian short codes; Twilio\'s CWTA-based example treats END, QUIT, CANCEL, UNSUBSCRIBE and UNSUB as STOP as well. The accented form ARRÊT was not seen in the sources read.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_CORNELL_CASL, S_CRTC_VIDEO, S_INTELEPEER],
      note: 'CASL: every commercial electronic message must set out a no-cost unsubscribe mechanism.',
    },
    transactionalInstructions: {
      value: 'required',
      sources: [S_CASL_ACT, S_OPENPARL_66, S_INTELEPEER, S_BIRD_NA, S_CONVEY_TF],
      note: 'CASL s. 6(6) messages are exempt from consent but not from the unsubscribe requirement; IntelePeer and Bird require opt-out instructions on transactional traffic too. Convey/Bandwidth toll-free rules ask for stop language on the first message and at least every fifth message or monthly.',
    },
    wording: {
      value: 'Say in the message, in English and French, that replying STOP (or ARRET) ends the messages, e.g. an English "reply STOP to cancel" line and a French "texter ARRET pour annuler" line. Under CASL the unsubscribe must work by the same electronic means (a reply) or a clearly shown no-cost link to a web page, and stay valid for at least 60 days after sending.',
      sources: [S_TWILIO_CA_OPTOUT, S_BLG_UNSUB, S_CORNELL_CASL],
    },
    deadline: {
      value: 'Honour the request without delay and in any case within 10 business days (CASL s. 11(3)); short codes must also send a STOP/ARRET confirmation reply at once and stop sending.',
      sources: [S_CORNELL_CASL, S_BLG_UNSUB, S_TWILIO_CA_OPTOUT],
    },
  },
  help: {
    keywords: {
      value: ['HELP', 'AIDE', 'INFO'],
      sources: [S_TWILIO_CA_KEYWORDS, S_SINCH, S_CONVEY_TF],
    },
    required: {
      value: 'required',
      sources: [S_TWILIO_CA_KEYWORDS, S_SINCH, S_INTELEPEER, S_CONVEY_TF],
      note: 'Industry (CWTA/CTA) rule for short codes; Convey and Bandwidth apply the same keywords to toll-free traffic to Canada. Responses go in the language of the keyword and stay within 160 characters.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ca.marketing',
        level: 'recommended',
        useCases: MARKETING_LIKE,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: 'recipient-local',
        text: 'Send promotional messages only between 08:00 and 20:00 in the recipient\'s local time. Bird lists 20:00-08:00 as quiet hours for Canada; IntelePeer limits short-code marketing to normal business hours; Twilio advises daytime only. No statute sets hours for SMS.',
        sources: [S_BIRD_NA, S_INTELEPEER, S_TWILIO_SMS],
      },
    ],
    sources: [S_BIRD_NA, S_INTELEPEER, S_TWILIO_SMS],
  },
  holidays: { value: 'unknown', note: 'No public-holiday calendar is encoded for this country yet.' },

  registrations: [
    {
      id: 'ca.short-code',
      name: 'Canadian Common Short Code application (txt.ca, CWTA / Canadian Telecommunications Association)',
      senderKinds: ['short-code'],
      level: 'required',
      text: 'Apply for the short code and program with the Canadian short-code administrator (txt.ca) through an aggregator; carriers then approve and provision it. Applications are reviewed weekly, only the approved program scope may run, and changes need a revised application.',
      leadTime: { minDays: 84, maxDays: 112 },
      sources: [S_TXTCA_APPLY, S_TWILIO_SC],
    },
    {
      id: 'ca.toll-free-verification',
      name: 'Toll-free messaging verification (US/Canada)',
      senderKinds: ['toll-free'],
      level: 'required',
      text: 'Verify each toll-free number (business identity, use case, opt-in proof, sample messages) with the toll-free messaging provider before sending; unverified toll-free traffic to Canadian numbers is blocked.',
      leadTime: { minDays: 42, maxDays: 56 },
      sources: [S_CALLTURE_TFV, S_QUESTBLUE_TFV, S_CONVEY_TF],
    },
  ],
  content: {
    value: [
      {
        id: 'content.ca.cannabis',
        topic: 'cannabis',
        restriction: 'prohibited',
        text: 'No cannabis or CBD messaging on any US/Canadian number type.',
        sources: [S_TWILIO_SC, S_TWILIO_COMPARE, S_VONAGE],
      },
      {
        id: 'content.ca.sex',
        topic: 'sex',
        restriction: 'prohibited',
        text: 'No sexual or adult content.',
        sources: [S_TWILIO_SC, S_VONAGE],
      },
      {
        id: 'content.ca.hate',
        topic: 'hate',
        restriction: 'prohibited',
        text: 'No profanity or hate speech (CWTA-based restricted list).',
        sources: [S_VONAGE],
      },
      {
        id: 'content.ca.drugs',
        topic: 'drugs',
        restriction: 'prohibited',
        text: 'No narcotics, steroids, other controlled substances, drug paraphernalia or federally illegal drugs.',
        sources: [S_VONAGE, S_VONAGE_TF],
      },
      {
        id: 'content.ca.firearms',
        topic: 'firearms',
        restriction: 'prohibited',
        text: 'No content about firearms or ammunition through Canadian operators.',
        sources: [S_VONAGE],
      },
      {
        id: 'content.ca.tobacco',
        topic: 'tobacco',
        restriction: 'prohibited',
        text: 'Tobacco and vaping campaigns are on the CWTA-based restricted list for all Canadian numbers; treat them as not accepted.',
        sources: [S_VONAGE, S_VONAGE_TF],
      },
      {
        id: 'content.ca.gambling',
        topic: 'gambling',
        restriction: 'restricted',
        text: 'Gambling and betting are on the restricted list for Canadian numbers; on short codes the CWTA reviews age-restricted campaigns case by case. Send only with explicit carrier/CWTA approval.',
        sources: [S_TWILIO_SC, S_VONAGE],
      },
      {
        id: 'content.ca.alcohol',
        topic: 'alcohol',
        restriction: 'restricted',
        text: 'Alcohol campaigns are age-restricted and reviewed case by case by the CWTA on short codes.',
        sources: [S_TWILIO_SC],
      },
      {
        id: 'content.ca.high-risk-financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No payday, student, mortgage or auto loans, credit repair, debt collection or consolidation, cryptocurrency, stock alerts, risky investments, get-rich-quick or multi-level marketing campaigns; Twilio also forbids high-risk financial services and debt collection on toll-free, and Bandwidth forbids stock-trading content on toll-free.',
        sources: [S_VONAGE, S_VONAGE_TF, S_TWILIO_TF, S_BANDWIDTH_TF],
      },
      {
        id: 'content.ca.lead-generation',
        topic: 'lead-generation',
        restriction: 'prohibited',
        text: 'No third-party lead generation, and no opt-ins obtained through lead generation.',
        sources: [S_TWILIO_COMPARE, S_TWILIO_SC, S_VONAGE],
      },
      {
        id: 'content.ca.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'restricted',
        text: 'Use full or branded domains: generic public URL shorteners are not accepted (Bird) or see higher block rates (Bandwidth), and plain HTTP links are not allowed on toll-free.',
        sources: [S_BIRD_NA, S_BANDWIDTH_TF],
      },
      {
        id: 'content.ca.multi-brand-and-snowshoeing',
        topic: 'other',
        restriction: 'prohibited',
        text: 'Short codes may not send on behalf of more than one brand, and rotating to a new toll-free number after a block (snowshoeing) is not allowed.',
        sources: [S_TWILIO_SC, S_BANDWIDTH_TF],
      },
    ],
    sources: [S_TWILIO_SC, S_VONAGE, S_BANDWIDTH_TF],
  },
  dataProtection: {
    value: ['Personal Information Protection and Electronic Documents Act (PIPEDA), S.C. 2000, c. 5'],
    sources: [S_PIPEDA, S_FEDMA],
    note: 'FEDMA notes that private-sector privacy laws also require consent for collecting and using personal information; provincial private-sector laws (e.g. Quebec) were not checked.',
  },
  obligations: [
    {
      id: 'identification.ca.casl-sender',
      category: 'identification',
      level: 'required',
      text: 'Identify in each commercial message who sends it and on whose behalf, with contact details (mailing address plus a phone number, email or web address) valid for at least 60 days after sending.',
      useCases: ['marketing', 'mixed', 'polling', 'charity', 'political', 'transactional', 'notification', 'reminder', 'alert'],
      sources: [S_CORNELL_CASL, S_MANNING, S_CRTC_VIDEO],
    },
    {
      id: 'consent.ca.express-opt-in',
      category: 'consent',
      level: 'required',
      text: 'Collect express consent through an active opt-in (no pre-checked boxes, not bundled into terms), stating the purpose and who is asking, and do not ask for consent by sending a commercial message.',
      sources: [S_CRTC_IMPLIED, S_LEXOLOGY_CONSENT],
    },
    {
      id: 'consent.ca.implied-expiry',
      category: 'consent',
      level: 'required',
      text: 'If you rely on implied consent from an existing business relationship, track its start date: it lapses 2 years after the last purchase or contract and 6 months after an inquiry or application. Carrier rules for SMS programs may still demand express consent.',
      useCases: MARKETING_LIKE,
      sources: [S_MILLS_IMPLIED, S_CRTC_IMPLIED],
    },
    {
      id: 'optout.ca.casl-unsubscribe',
      category: 'opt-out',
      level: 'required',
      text: 'Give a no-cost unsubscribe in every commercial message that works by reply or a clearly shown link, keep it working for 60 days, and act on requests within 10 business days.',
      sources: [S_CORNELL_CASL, S_BLG_UNSUB],
    },
    {
      id: 'help.ca.bilingual-keywords',
      category: 'help',
      level: 'required',
      text: 'Answer HELP/INFO in English and AIDE in French, and STOP in English and ARRET in French, each reply naming the program and staying within 160 characters; reply even to people who are not subscribed.',
      senderTypes: ['short-code', 'toll-free'],
      sources: [S_TWILIO_CA_KEYWORDS, S_SINCH, S_CONVEY_TF],
    },
    {
      id: 'record-keeping.ca.consent-records',
      category: 'record-keeping',
      level: 'recommended',
      text: 'Keep evidence of each express or implied consent, how it was collected, your CASL procedures and every unsubscribe request with the action taken; the sender carries the burden of proving consent.',
      sources: [S_TORYS_RECORDS],
    },
  ],
};
