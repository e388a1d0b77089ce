import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Colombia. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages); Mapp;
// press pages on Ley 2300 de 2023 and the CRC's Registro de Números Excluidos.
// Re-audited 2026-12-06: Twilio SMS and short-code pages, AWS South America
// table, ClickSend and OpenMarket; Ley 2300 de 2023 read in a reproduction of
// the text (leyonline.co).
const R = '2026-11-23' as const;
const T = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Colombia', url: 'https://www.twilio.com/en-us/guidelines/co/sms', kind: 'provider', reviewed: T } as const;
const S_TW_OFFER = { title: 'Twilio SMS Guidelines: Colombia, "Twilio supported" row (what Twilio sells)', url: 'https://www.twilio.com/en-us/guidelines/co/sms', kind: 'provider', reviewed: T } as const;
const S_TW_SC = { title: 'Twilio Short Code Guidelines: Colombia', url: 'https://www.twilio.com/en-us/guidelines/co/short-code', kind: 'provider', reviewed: T } as const;
const S_TW_SC_BP = { title: 'Twilio Help: Colombia Short Code Best Practices', url: 'https://support.twilio.com/hc/en-us/articles/1260800725249-Colombia-Short-Code-Best-Practices', kind: 'provider', reviewed: T } as const;
const S_AWS_SA = { title: 'AWS End User Messaging: Supported countries, South America', url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-south-america.html', kind: 'provider', reviewed: T } as const;
const S_OM = { title: 'OpenMarket Global Coverage: Republic of Colombia', url: 'https://www.openmarket.com/docs/Content/globalcoverage/country/colombia.htm', kind: 'provider', reviewed: T } as const;
const S_CLICKSEND = { title: 'ClickSend Help: Colombia +57', url: 'https://help.clicksend.com/en/articles/44422-colombia-57', kind: 'provider', reviewed: T } as const;
const S_L2300_1 = { title: 'Ley 2300 de 2023, art. 1 (object and scope), as reproduced by leyonline.co', url: 'https://leyonline.co/laws/ley-2300-de-2023/articulo-1o-objeto', kind: 'law', reviewed: T } as const;
const S_L2300_5 = { title: 'Ley 2300 de 2023, art. 5 (advertising by SMS, RNE, cancel mechanism, hours of art. 3), as reproduced by leyonline.co', url: 'https://leyonline.co/laws/ley-2300-de-2023/articulo-5o', kind: 'law', reviewed: T } as const;
const S_EXTERNADO = {
  title: 'Universidad Externado (Ágora Mercatorum): Últimas novedades sobre la implementación de la Ley 2300 de 2023 (2024-07-31)',
  url: 'https://agoramercatorum.uexternado.edu.co/ultimas-novedades-sobre-la-implementacion-de-la-ley-2300-de-2023-ley-dejen-de-fregar',
  kind: 'secondary', published: '2024-07-31', reviewed: T,
} as const;
const S_MAPP = { title: 'Mapp Docs: Colombia', url: 'https://docs.mapp.com/docs/colombia.md', kind: 'provider', reviewed: R } as const;
const S_SEMANA = {
  title: 'Semana: ABC de la ley Dejen de Fregar',
  url: 'https://www.semana.com/economia/empresas/articulo/abc-de-la-ley-dejen-de-fregar-cuales-son-los-riesgos-que-trae-cuando-y-como-lo-pueden-contactar-a-usted/202424/',
  kind: 'secondary', reviewed: R,
} as const;
const S_LAFM = {
  title: 'La FM: Horarios en los que los bancos no pueden llamarlo, según la ley',
  url: 'https://www.lafm.com.co/actualidad/estos-son-los-horarios-en-los-que-los-bancos-no-pueden-llamarlo-segun-la-ley-380407',
  kind: 'secondary', reviewed: R,
} as const;
const S_UNIV = {
  title: 'El Universal: Las multas por enviar mensajes de texto publicitarios sin autorización',
  url: 'https://www.eluniversal.com.co/colombia/las-multas-por-enviar-mensajes-de-texto-publicitarios-sin-autorizacion-EE5886754',
  kind: 'secondary', reviewed: R,
} as const;
const S_JUJUY_CRC = {
  title: 'Jujuy al día: Cómo evitar recibir mensajes de texto comerciales o publicitarios (on the CRC\'s measures in Colombia)',
  url: 'https://www.jujuyaldia.com.ar/2023/09/24/como-evitar-recibir-mensajes-de-texto-comerciales-o-publicitarios/',
  kind: 'secondary', published: '2023-09-24', reviewed: T,
} as const;
const S_ENTER_CRC = {
  title: 'Enter.co: ¿Cómo evitar recibir mensajes de texto con publicidad no deseada? (CRC mechanisms)',
  url: 'https://www.enter.co/colombia/como-evitar-recibir-mensajes-de-texto-con-publicidad-no-deseada/',
  kind: 'secondary', reviewed: T,
} as const;
const S_SENTDM_CO = {
  title: 'Sent: Colombia SMS Guide (third-party summary)',
  url: 'https://www.sent.dm/resources/co-sms-guidance',
  kind: 'secondary', reviewed: T,
} as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const CO: CountryRules = /* @__PURE__ */ region({
  country: 'CO',
  name: 'Colombia',
  reviewed: T,
  timeZones: ['America/Bogota'],
  languages: ['es'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_OM], note: 'Twilio lists names as not supported by the operators; OpenMarket says names are overwritten and not supported. Bird: IDs are replaced with a shared short code.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW, S_OM], note: 'Twilio lists registered names as not supported by the operators; OpenMarket: alphanumeric not supported.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio lists domestic long codes as not supported by the operators. OpenMarket lists two-way on long codes but says one-way long-code senders are overwritten.' },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_OFFER] },
        { provider: 'aws', offered: false, sources: [S_AWS_SA] },
      ],
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_OM],
        note: 'Twilio lists international long codes as supported by the operators, with the number overwritten by a short code; OpenMarket also says international numbers are overwritten.',
      },
      restriction: {
        text: 'Messages from foreign numbers are delivered, but the operators overwrite the number with a short code, so the recipient does not see it and replies do not reach it.',
        sources: [S_TW, S_OM],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW, S_OM] },
    },
    'short-code': {
      supported: {
        value: true,
        sources: [S_TW, S_TW_SC, S_AWS_SA],
        note: 'Bird: dedicated codes only for Colombian legal entities (via the CRC); others get a shared code.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER, S_TW_SC] },
        { provider: 'aws', offered: true, twoWay: false, sources: [S_AWS_SA] },
      ],
      twoWay: {
        value: true,
        sources: [S_TW, S_CLICKSEND, S_OM],
        note: 'Twilio supports two-way SMS in Colombia and OpenMarket and ClickSend (dedicated code) list two-way short codes; AWS does not offer two-way here, which is its own product limit. Shared codes are one-way (ClickSend).',
      },
      leadTime: { value: { minDays: 28, maxDays: 70 }, sources: [S_TW], note: 'Twilio: 4-10 weeks, with a carrier provisioning freeze from December to mid-January. Infobip: 4-8 weeks for a dedicated code; shared codes at once. ClickSend quotes 20-30 weeks.' },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_L2300_5, S_EXTERNADO, S_MAPP, S_UNIV],
      note: 'Ley 2300 (applied to SMS advertising by art. 5) allows contact only over channels the consumer has expressly authorised, and a promotion that feeds a database needs the consumer\'s explicit acceptance; operators also want proof of opt-in (Mapp).',
    },
    laws: { value: ['Ley 2300 de 2023 ("Dejen de fregar")'], sources: [S_L2300_1, S_L2300_5, S_SEMANA, S_LAFM] },
  },
  optOut: {
    keywords: {
      value: ['SALIR', 'CANCELAR'],
      sources: [S_JUJUY_CRC, S_ENTER_CRC, S_SENTDM_CO],
      note: 'Only secondary sources, so they fill an otherwise unknown fact: press reports of the CRC\'s guidance say a recipient of a commercial or advertising SMS from a five- or six-digit short code can reply SALIR or CANCELAR to stop such messages. The CRC\'s own text was not read. sent.dm (generic guide) lists STOP, CANCELAR, NO and BAJA; the words other than CANCELAR rest on it alone and are left out. Twilio\'s Colombian page only advises HELP/STOP handling in the local language as a general best practice.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.co.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '07:00', end: '19:00' },
          { days: ['sat'], start: '08:00', end: '15:00' },
        ],
        publicHolidays: 'closed',
        timeBasis: { zone: 'America/Bogota' },
        text: 'Ley 2300 (arts. 3 and 5) allows advertising SMS Monday to Friday 07:00-19:00 and Saturday 08:00-15:00, never on Sundays or public holidays. Debt collection follows the same hours.',
        sources: [S_L2300_5, S_EXTERNADO, S_SEMANA, S_LAFM],
      },
      {
        id: 'quiet-hours.co.short-code-marketing',
        level: 'required',
        useCases: MKT,
        senderTypes: ['short-code'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '21:00' }],
        publicHolidays: 'not-covered',
        timeBasis: { zone: 'America/Bogota' },
        text: 'On short codes the operators reject marketing outside 08:00-21:00 (Twilio; OpenMarket gives the same window); together with the law this leaves 08:00-19:00 on weekdays.',
        sources: [S_TW_SC_BP, S_OM],
      },
    ],
    sources: [S_L2300_5, S_EXTERNADO, S_SEMANA, S_LAFM, S_TW_SC_BP, S_OM],
  },
  obligations: [
    {
      id: 'consent.co.rne',
      category: 'consent',
      level: 'required',
      text: 'Check the CRC\'s Registro de Números Excluidos (RNE) and send no commercial SMS to numbers excluded from that channel (Ley 2300 art. 5).',
      useCases: MKT,
      sources: [S_L2300_5, S_SEMANA],
    },
    {
      id: 'frequency.co.one-contact-a-day',
      category: 'quiet-hours',
      level: 'required',
      text: 'Contact a person with commercial or collection messages at most once a day, and over only one channel a week (Ley 2300, applied to SMS advertising by art. 5).',
      useCases: MKT,
      sources: [S_L2300_5, S_EXTERNADO, S_SEMANA],
    },
    {
      id: 'record-keeping.co.opt-in-proof',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of each opt-in; operators may ask for it.',
      sources: [S_MAPP],
    },
    {
      id: 'opt-out.co.remove',
      category: 'opt-out',
      level: 'required',
      text: 'Honour opt-outs by removing the number from your lists.',
      sources: [S_MAPP],
    },
    {
      id: 'opt-out.co.cancel-mechanism',
      category: 'opt-out',
      level: 'required',
      text: 'Offer a quick, simple way to stop receiving advertising messages at any time (Ley 2300 art. 5, par. 2).',
      useCases: MKT,
      sources: [S_L2300_5],
    },
    {
      id: 'consent.co.authorised-channel',
      category: 'consent',
      level: 'required',
      text: 'Send advertising by SMS only to people who authorised SMS as a contact channel; do not make a purchase or entry conditional on accepting commercial messages, and get explicit acceptance when a promotion collects data for your database (Ley 2300 arts. 2 and 5).',
      useCases: MKT,
      sources: [S_L2300_5, S_EXTERNADO],
    },
  ],
});
