import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Chile. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages); Mapp; law
// firm and press pages on Ley 19.496 art. 28 B and SERNAC's No Molestar system.
// Re-audited 2026-12-06: AWS South America table and Vonage's Chile page read
// directly; Twilio's Chile table only through a word-for-word copy in a public
// GitHub compilation of provider pages, which names the page's address and keeps
// Twilio's own field descriptions (no stored copy of twilio.com's Chile SMS page
// could be compared). Under policy section 5 that copy stands for the page, so
// Twilio is cited at its own address as a provider page read in a verbatim copy.
// The Bird and Infobip Chile entries in the same compilation name no address and
// remain secondary (mentioned in notes only).
const R = '2026-11-23' as const;
const T = '2026-12-06' as const;
const S_AWS_SA = { title: 'AWS End User Messaging: Supported countries, South America', url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-south-america.html', kind: 'provider', reviewed: T } as const;
const S_VONAGE = { title: 'Vonage API Support: Chile SMS Features and Restrictions', url: 'https://api.support.vonage.com/hc/en-us/articles/204017513-Chile-SMS-Features-and-Restrictions', kind: 'provider', reviewed: T } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Chile (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cl/sms', kind: 'provider', reviewed: T } as const;
const S_MAPP = { title: 'Mapp Docs: Chile', url: 'https://docs.mapp.com/docs/chile.md', kind: 'provider', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Chile: Reglamento del sistema No Molestar o Antispam', url: 'https://dlapiper.cl/?p=5936', kind: 'secondary', reviewed: R } as const;
const S_ABDALA = { title: 'Abdala: Sistema No Molestar o Antispam', url: 'https://abdala.cl/sistema-no-molestar-o-antispam/?lang=en', kind: 'secondary', reviewed: R } as const;
const S_DEF = {
  title: 'El Definido: No Molestar, una vía rápida y oficial para deshacerse del spam',
  url: 'https://eldefinido.cl/actualidad/pais/1646/No_Molestar_Una_via_rapida_y_oficial_para_deshacerse_del_spam',
  kind: 'secondary', reviewed: R,
} as const;
const S_BILL = {
  title: 'Antofagasta TV: Cámara aprueba ley que prohíbe mensajes spam',
  url: 'https://www.antofagasta.tv/categoria/nacional/camara-aprueba-ley-prohibe-mensajes-spam-cobranzas-extrajudiciales',
  kind: 'secondary', reviewed: R,
} as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const CL: CountryRules = /* @__PURE__ */ region({
  country: 'CL',
  name: 'Chile',
  reviewed: T,
  timeZones: ['America/Santiago', 'Pacific/Easter'],
  languages: ['es'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_VONAGE, S_TW],
        note: 'Vonage: every sender ID is changed to a random number. Twilio\'s operator row (page read in a verbatim copy) lists names as not supported by the operators; Twilio delivers them only with a random local number.',
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: false,
        sources: [S_VONAGE, S_TW],
        note: 'No registration route exists: Vonage says every sender ID is replaced by a random number, and Twilio\'s operator row (page read in a verbatim copy) lists registered names as not supported by the operators.',
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_AWS_SA, S_TW], note: 'Twilio\'s operator row (page read in a verbatim copy) lists domestic long codes as supported by the operators; AWS sells Chilean long codes with two-way SMS.' },
      offers: [
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_SA] },
        { provider: 'vonage', offered: true, twoWay: true, sources: [S_VONAGE] },
      ],
      twoWay: { value: true, sources: [S_AWS_SA, S_TW] },
      throughput: {
        value: { messagesPerSecond: 0.15, text: 'Twilio: fewer than 10 messages (identical or not) per 60 seconds from one domestic number.' },
        sources: [S_TW],
        note: 'From Twilio\'s use-case restrictions for domestic long codes (page read in a verbatim copy); no other page gives a limit.',
      },
      senderIdPreserved: { value: true, sources: [S_TW], note: 'Twilio\'s table (page read in a verbatim copy): a domestic long code is shown unchanged.' },
      restrictedUseCases: {
        value: ['marketing', 'political'],
        sources: [S_TW],
        note: 'Twilio\'s page (read in a verbatim copy) bars marketing and political messages, and concatenated messages, on domestic long codes. A Bird entry in the same compilation recommends local numbers for promotional SMS, but it names no address and stays secondary, so it does not override the provider page. Political content is barred on all senders (content rules).',
      },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_VONAGE],
        note: 'Twilio\'s operator row (page read in a verbatim copy) lists international long codes as supported by the operators, overwritten with a random local number; Vonage says numeric senders other than its own two-way numbers are replaced by a random number. A Bird entry (copy, no address) only says Bird does not sell international numbers here.',
      },
      restriction: {
        text: 'Messages from foreign numbers are delivered, but the number is replaced by a random local one, so the recipient does not see it and replies do not reach it.',
        sources: [S_VONAGE, S_TW],
      },
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SA, S_TW], note: 'Twilio\'s operator row (page read in a verbatim copy) lists operator support for short codes; Twilio does not sell them here.' },
      offers: [{ provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_SA] }],
      twoWay: { value: true, sources: [S_AWS_SA] },
    },
  },
  consent: {
    marketing: {
      value: 'unknown',
      note: 'The consumer law gives an opt-out right; a bill passed by the Chamber (2024) would require express consent but was not yet law in the pages read.',
      sources: [S_DLA, S_BILL],
    },
    laws: {
      value: ['Ley 19.496 sobre Protección de los Derechos de los Consumidores (art. 28 B)', 'Decreto Supremo 62 de 2019 (Reglamento del sistema No Molestar)'],
      sources: [S_DLA, S_ABDALA],
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_DEF, S_DLA], note: 'Promotional messages must offer an easy way to ask the sender to stop.' },
    deadline: {
      value: 'Promotional messages are barred from the moment of a No Molestar request; registered providers must act on it within one business day.',
      sources: [S_DLA, S_ABDALA],
    },
    keywords: {
      value: 'unknown',
      note: 'The consumer law demands an easy way to ask the sender to stop but no source read names a reply word; Twilio\'s Chilean page only advises HELP/STOP handling in the local language as a general best practice. A third-party summary (sent.dm) lists STOP, PARA, NO and AYUDA as opt-out words (AYUDA is a help word), which does not establish them.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.cl.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '10:30', end: '19:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'America/Santiago' },
        text: 'Send marketing only Mon-Fri 10:30-19:00. Mapp gives Mon-Fri 09:00-19:00; Infobip and Bird give 08:30-19:30, and Bird also lists 21:30-10:30 as quiet; the narrowest mix is kept.',
        sources: [S_MAPP],
      },
    ],
    sources: [S_MAPP],
  },
  content: {
    value: [
      { id: 'content.cl.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_VONAGE, S_TW] },
    ],
    sources: [S_VONAGE, S_TW],
  },
  dataProtection: { value: ['Ley N° 19.628 (protección de datos personales)'], sources: [S_DEF] },
  obligations: [
    {
      id: 'opt-out.cl.no-molestar',
      category: 'opt-out',
      level: 'required',
      text: 'Stop promotional SMS to anyone who asks, including requests filed through SERNAC\'s No Molestar system.',
      useCases: MKT,
      sources: [S_DLA, S_ABDALA, S_DEF],
    },
  ],
});
