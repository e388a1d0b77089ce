import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Denmark. The AWS Europe table could not be reached in the search index; the
// Twilio page's locale summary (its sender table was not reachable), Globase,
// Privacy Cats and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Denmark', url: 'https://www.twilio.com/en/guidelines/dk/sms', kind: 'provider', reviewed: R } as const;
const S_GLOBASE = {
  title: 'Globase: Permissions and e-mail marketing (Danish marketing law)',
  url: 'https://www.globase.dk/en/blog/permissions-e-mailmarkedsfoering-2.html',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Denmark SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/dk-sms-guidance', kind: 'secondary', reviewed: R } as const;
const S_PRIVACYCATS = { title: 'Privacy Cats: Direct Marketing in Scandinavia', url: 'https://privacycats.com/posts/direct-marketing-in-scandinavia', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/denmark_dk.md); no stored
// twilio.com SMS page for Denmark was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Denmark (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/dk/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Denmark, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/dk/sms', kind: 'provider', reviewed: R4 } as const;
// Reply keywords read 2026-12-06: MessageCloud's Danish campaign guidance (operators' framework agreement
// for mobile content services), inMobile's opt-out guide, and the sent.dm FAQ (secondary).
const S_MSGCLOUD = {
  title: 'MessageCloud Docs: Campaign Guidance - Denmark (Rammeaftalen, subscription services)',
  url: 'https://docs.messagecloud.com/article/192-campaign-guidance-denmark',
  kind: 'provider', reviewed: R4,
} as const;
const S_INMOBILE = { title: 'inMobile Guides: Afmelding via SMS (opt-out by SMS)', url: 'https://www.inmobile.dk/guides/sms-workflows/afmelding-via-sms/', kind: 'provider', reviewed: R4 } as const;
const S_SENT_KW = { title: 'Sent: Denmark SMS Guide (FAQ), opt-out keywords', url: 'https://www.sent.dm/resources/dk-sms-guidance', kind: 'secondary', reviewed: R4 } as const;

export const DK: CountryRules = /* @__PURE__ */ region({
  country: 'DK',
  name: 'Denmark',
  reviewed: R,
  timeZones: ['Europe/Copenhagen'],
  languages: ['da'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: 'Twilio: supported by the operators; sent.dm (secondary) agrees.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: true, sources: [S_SENT] },
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TWO] }],
      twoWay: { value: true, sources: [S_TW] },
    },
    'international-long-code': {
      supported: { value: true, sources: [S_TWC], note: 'Twilio: supported by the operators.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not support short codes; sent.dm (secondary) agrees.' },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_GLOBASE, S_SENT] },
    laws: {
      value: ['Danish Marketing Practices Act (markedsføringsloven)'],
      sources: [S_GLOBASE, S_PRIVACYCATS],
      note: 'No electronic marketing without prior request or consent; Globase quotes the old section 6, Privacy Cats cites section 10.',
    },
  },
  optOut: {
    keywords: {
      value: ['STOP'],
      sources: [S_MSGCLOUD, S_INMOBILE, S_SENT_KW],
      note: 'MessageCloud (an aggregator): under the operators\' framework agreement for mobile content services (Rammeaftalen), subscription services must say how to cancel, with STOP in capitals. inMobile, a Danish SMS provider, says the Marketing Practices Act requires marketing SMS to allow opt-out by SMS and uses STOP as its example keyword. The sent.dm guide (secondary) also lists AFMELD; no provider or operator page read confirms it, so it is left out.',
    },
  },
  content: {
    value: [
      { id: 'content.dk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'Operators forbid gambling and lottery content.', sources: [S_TW, S_SENT] },
      {
        id: 'content.dk.urls',
        topic: 'other',
        restriction: 'restricted',
        text: 'Operators filter messages with links: register the content with your provider and send it from an alphanumeric or international number, not a Danish long code.',
        sources: [S_TW],
      },
    ],
    sources: [S_TW, S_SENT],
  },
  dataProtection: { value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)', 'Danish Data Protection Act (databeskyttelsesloven)'], sources: [S_PRIVACYCATS, S_SENT] },
});
