import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Sweden. The AWS Europe table and the Twilio Sweden SMS page could not be
// reached in the search index. Twilio short-code pages, Clickatell, Lexology,
// DLA Piper and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW_SC = { title: 'Twilio Short Code Guidelines: Sweden', url: 'https://www.twilio.com/en-us/guidelines/se/short-code', kind: 'provider', reviewed: R } as const;
const S_TW_SC_BP = {
  title: 'Twilio Support: Swedish Short Code Best Practises',
  url: 'https://support.twilio.com/hc/en-us/articles/4411873684635-Swedish-Short-Code-Best-Practises',
  kind: 'provider', reviewed: R,
} as const;
const S_CLICK = {
  title: 'Clickatell Help: Sweden SMS messaging country regulations and restrictions',
  url: 'https://www.clickatell.com/help-center/sms/country-regulations/sweden-sms-messaging-country-regulations-and-restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Sweden SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/sweden-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_SENT_2 = { title: 'Sent: Sweden SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/sweden-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_LEXOLOGY = { title: 'Lexology: Sweden, electronic marketing and internet use', url: 'https://www.lexology.com/library/detail.aspx?g=d3423509-094f-45e1-8445-90a985cb980c', kind: 'secondary', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Electronic marketing in Sweden', url: 'https://dlapiperdataprotection.com/?c=SE&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Sweden SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/sweden_se.md); no
// stored twilio.com page for Sweden was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Sweden, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/se/sms', kind: 'provider', reviewed: R4 } as const;
// Reply keywords read 2026-12-06: Twilio's Swedish short-code rules (only the part up to the INFO
// keyword could be read), MessageCloud's Swedish campaign guidance, and the sent.dm FAQ (secondary).
const S_TW_SC_BP_KW = {
  title: 'Twilio Support: Swedish Short Code Best Practises (keyword rules; read up to the INFO keyword)',
  url: 'https://support.twilio.com/hc/en-us/articles/4411873684635-Swedish-Short-Code-Best-Practises',
  kind: 'provider', reviewed: R4,
} as const;
const S_MSGCLOUD = {
  title: 'MessageCloud Docs: Campaign Guidance - Sweden (MORGAN code, subscription services)',
  url: 'https://docs.messagecloud.com/article/201-campaign-guidance-sweden',
  kind: 'provider', reviewed: R4,
} as const;
const S_SENT_KW = { title: 'Sent: Sweden SMS Guide (FAQ), opt-out keywords', url: 'https://www.sent.dm/resources/sweden-sms-guide', kind: 'secondary', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Sweden, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/se/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SE: CountryRules = /* @__PURE__ */ region({
  country: 'SE',
  name: 'Sweden',
  reviewed: R,
  timeZones: ['Europe/Stockholm'],
  languages: ['sv'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TW4, S_CLICK], note: 'Twilio marks unregistered names as supported by the operators (no gambling, lottery or adult content). Clickatell asks for registration only when messages contain links.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
      registration: { value: 'none', sources: [S_TW4, S_CLICK] },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4, S_CLICK] },
      registration: { value: 'none', sources: [S_TW4, S_CLICK], note: 'Twilio, the only major-provider page, marks pre-registration as not required by the operators, and decides. Clickatell (a smaller provider) asks for it when messages contain links.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks domestic long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW4_OFFER] }],
      twoWay: { value: true, sources: [S_SENT_2], note: 'Only a secondary source (Sent) speaks to the operators; Twilio sells two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TW4], note: 'Twilio marks international long codes as supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW4, S_TW_SC], note: 'Only standard (random) short codes; they reach Swedish carriers only. Twilio gives 6 to 8 weeks to provision.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW4_OFFER] }],
      restrictedUseCases: {
        value: ['political'],
        sources: [S_TW_SC_BP],
        note: 'Campaigns without express consent (including lead-generation opt-ins) are refused.',
      },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_CLICK, S_LEXOLOGY, S_TW_SC] },
    laws: { value: ['Swedish Marketing Act'], sources: [S_LEXOLOGY] },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_CLICK] },
    keywords: {
      value: ['STOPP'],
      sources: [S_MSGCLOUD, S_SENT_KW],
      note: 'MessageCloud (an aggregator) says Swedish subscription services run under the MORGAN industry code must tell users how to cancel, with the word STOPP shown in capitals. The sent.dm guide (secondary) also names STOPP and adds STOP and AVSLUTA, which no provider or operator page read confirms, so they are left out. No law or operator rule read names a keyword for bulk SMS.',
    },
  },
  help: {
    keywords: {
      value: ['INFO'],
      sources: [S_TW_SC_BP_KW],
      note: 'Short codes only: Twilio\'s Swedish short-code rules say a message with the word INFO sent to the short code must be answered with details of the account holder (TEST must also get a reply, to check Swedish characters; it is a test word, not a help word). The page could be read only up to this point.',
    },
  },
  quietHours: {
    value: [],
    sources: [S_CLICK, S_TW_SC_BP],
    note: 'Clickatell and Twilio (short codes) list no time restrictions; sent.dm only recommends 08:00 to 20:00.',
  },
  content: {
    value: [
      { id: 'content.se.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_CLICK, S_TW_SC_BP] },
      { id: 'content.se.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult or sexual content.', sources: [S_CLICK, S_TW_SC_BP] },
      { id: 'content.se.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or casino content.', sources: [S_CLICK, S_TW_SC_BP] },
      { id: 'content.se.violence', topic: 'other', restriction: 'prohibited', text: 'No violent content.', sources: [S_CLICK] },
      {
        id: 'content.se.religious',
        topic: 'religious',
        restriction: 'prohibited',
        senderKinds: ['short-code'],
        text: 'No religious content on short codes.',
        sources: [S_TW_SC_BP],
      },
      {
        id: 'content.se.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Links must be whitelisted, which needs the sender ID registered with documentation.',
        sources: [S_CLICK],
      },
      {
        id: 'content.se.url-shorteners',
        topic: 'url-shorteners',
        restriction: 'prohibited',
        text: 'Public link shorteners cannot be whitelisted; only private ones may be.',
        sources: [S_CLICK],
      },
    ],
    sources: [S_CLICK, S_TW_SC_BP],
  },
  dataProtection: { value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)'], sources: [S_DLA, S_SENT] },
});
