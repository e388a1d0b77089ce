import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Argentina. Re-audited 2026-12-06: AWS South America table; Twilio guidelines
// (sender table read from a stored copy of the page), Bird and Infobip country
// notes (from a stored copy bundling their pages); Ley 26.951 (Registro Nacional
// No Llame), Ley 25.326 art. 27, Decreto 1558/2001 and DNPDP Disposición 4/2009,
// read in law-firm and press pages that quote them.
// Re-read 2026-12-06 under section 5 of the research policy: the "stored copy" of Twilio's page
// is a word-for-word section of a public GitHub compilation that names the page's address; no
// stored twilio.com SMS page for Argentina was found to compare it with, so it stands for the
// page (kind provider). The Bird and Infobip sections of the compilation name no page: they
// are cited as secondary ("read in a compiled copy"). Values that rested on them were
// re-decided; offers resting only on them dropped.
const R = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Argentina (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ar/sms', kind: 'provider', reviewed: R } as const;
const S_AWS = { ...S_AWS_SOUTH_AMERICA, reviewed: R } as const;
const S_INFOBIP = {
  title: 'Infobip: SMS coverage and connectivity, Argentina (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS country information guide, Argentina (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country',
  kind: 'secondary', reviewed: R,
} as const;
const S_TW_SC = { title: 'Twilio Short Code Guidelines: Argentina', url: 'https://static1.twilio.com/en-us/guidelines/ar/short-code', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: Argentina', url: 'https://help.clicksend.com/article/xp5lwostho-argentina', kind: 'provider', reviewed: R } as const;
const S_MSGCENTRAL = {
  title: 'Message Central blog: SMS in Argentina, Guidelines and Restrictions',
  url: 'https://messagecentral.com/id/blog/sms-in-argentina-guidelines-and-restrictions',
  kind: 'provider', published: '2025-01-05', reviewed: R,
} as const;
const S_LEY_26951 = { title: 'Ley 26.951, Registro Nacional "No Llame" (2014), and its Decreto reglamentario 2501/2014', kind: 'law', reviewed: R } as const;
const S_LEY_25326 = { title: 'Ley 25.326 de Protección de los Datos Personales, art. 27, and Decreto 1558/2001, Anexo I, art. 27', kind: 'law', reviewed: R } as const;
const S_DISP_4_2009 = { title: 'Dirección Nacional de Protección de Datos Personales, Disposición 4/2009 (notice of the right to block in advertising)', kind: 'regulator', reviewed: R } as const;
const S_MARVAL_NL = {
  title: 'Marval O\'Farrell Mairal: Nuevo Registro Nacional "No Llame"',
  url: 'https://marval.com/publicacion/nuevo-registro-nacional-no-llame-12551',
  kind: 'secondary', published: '2014-08-29', reviewed: R,
} as const;
const S_MARVAL_BLOQUEO = {
  title: 'Marval O\'Farrell Mairal: Protección de datos personales, derecho de bloqueo (Disposición DNPDP 4/2009)',
  url: 'https://www.marval.com/publicacion/proteccion-de-datos-personales----derecho-de-bloqueo-5534',
  kind: 'secondary', published: '2009-07-23', reviewed: R,
} as const;
const S_DIARIOJ = {
  title: 'Diario Judicial: Publicidad, pero con previo aviso (Disposición DNPDP 4/2009)',
  url: 'https://diariojudicial.com/news-59273-publicidad-pero-con-previo-aviso',
  kind: 'secondary', reviewed: R,
} as const;
const S_IAPP = {
  title: 'IAPP: Se actualiza en Argentina el Registro Nacional No Llame',
  url: 'https://iapp.org/news/a/se-actualiza-en-argentina-el-registro-nacional-no-llame-con-nuevas-clasificaciones-de-infracciones-y-sanciones',
  kind: 'secondary', reviewed: '2026-11-23',
} as const;
const S_CONT = {
  title: 'Radio Continental: Promulgaron la ley que crea el registro nacional No llame',
  url: 'https://continental.com.ar/sociedad/promulgaron-la-ley-que-crea-el-registro-nacional--no-llame-_a60e4328e7e8f60e922c21ac8',
  kind: 'secondary', reviewed: R,
} as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const AR: CountryRules = /* @__PURE__ */ region({
  country: 'AR',
  name: 'Argentina',
  reviewed: R,
  timeZones: ['America/Buenos_Aires'],
  languages: ['es'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW, S_BIRD],
        note: 'Twilio marks dynamic sender names as not supported by the operators: messages are delivered, but from a random short code. AWS does not offer them (an offer). The compiled copies (secondary) agree: Bird lists sender names as not supported, Infobip lists none.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TW, S_BIRD], note: 'Twilio marks pre-registered sender names as not supported by the operators; the compiled Bird copy (secondary) agrees.' },
      offers: [
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: true,
        sources: [S_TW, S_BIRD],
        note: 'Twilio marks domestic long codes as supported by the operators; the compiled Bird copy (secondary) lists Argentine numbers as a sender. Twilio and AWS do not sell them, which says nothing about the operators.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW] },
        { provider: 'aws', offered: false, sources: [S_AWS] },
      ],
      twoWay: {
        value: 'unknown',
        sources: [S_TW, S_AWS],
        note: 'No page says whether replies to Argentine long codes reach an A2P sender. AWS lists no two-way SMS here, which concerns its own offer; Twilio says two-way SMS works in Argentina without naming the sender type.',
      },
    },
    'international-long-code': {
      supported: {
        value: true,
        sources: [S_TW],
        note: 'Twilio marks international long codes as supported by the operators, but the number is replaced by a random short code on delivery, so replies cannot come back. The compiled Bird copy (secondary) lists international numbers as not offered.',
      },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
      ],
      twoWay: { value: false, sources: [S_TW], note: 'The foreign number is replaced by a random short code, so a reply cannot reach it.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW, S_AWS, S_INFOBIP, S_BIRD], note: 'Twilio and AWS; the compiled Infobip and Bird copies (secondary) agree.' },
      offers: [
        { provider: 'twilio', offered: true, sources: [S_TW] },
        { provider: 'aws', offered: true, twoWay: false, sources: [S_AWS] },
      ],
      registration: {
        value: 'required',
        sources: [S_TW_SC, S_CS],
        note: 'Operators approve every short-code service, promotional ones included, before launch (Twilio short-code page, ClickSend); Twilio asks a 6-month minimum term.',
      },
      twoWay: {
        value: true,
        sources: [S_TW, S_CS, S_INFOBIP],
        note: 'Twilio says two-way SMS works here and ClickSend (another provider) offers two-way on dedicated short codes; the compiled Infobip copy (secondary) agrees (shared and dedicated codes). AWS lists no two-way SMS, which concerns only its own offer.',
      },
      leadTime: {
        value: { minDays: 42, maxDays: 105 },
        sources: [S_TW, S_TW_SC, S_INFOBIP],
        note: 'Twilio: 6 to 15 weeks (8 weeks on its short-code page), with an operator freeze from December to mid-January. The compiled Infobip copy (secondary): up to 3 months for a dedicated code; shared codes at once.',
      },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_TW_SC, S_CS, S_LEY_26951, S_LEY_25326, S_MARVAL_NL],
      note: 'The operators require an opt-in (in any form) for short-code programmes and may ask for proof in an audit (Twilio short-code page, ClickSend). The law itself asks less: no prior opt-in, but senders must skip numbers on the No Llame register (except existing customers, about the contract, and people who allowed it) and honour any request to be removed or blocked (Ley 26.951; Ley 25.326 art. 27).',
    },
    laws: {
      value: [
        'Ley 26.951, Registro Nacional "No Llame"',
        'Ley 25.326 de Protección de los Datos Personales (art. 27) and Decreto 1558/2001',
        'Disposición DNPDP 4/2009',
      ],
      sources: [S_LEY_26951, S_LEY_25326, S_DISP_4_2009, S_MARVAL_NL, S_MARVAL_BLOQUEO],
    },
  },
  optOut: {
    keywords: {
      value: ['BAJA', 'FIN'],
      sources: [S_CS, S_MSGCENTRAL],
      note: 'Short-code practice described by ClickSend and Message Central: on a dedicated short code the recipient sends BAJA or FIN to opt out; on a shared short code the word goes with the programme keyword. No source names opt-in or help keywords for Argentina.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_LEY_25326, S_DISP_4_2009, S_MARVAL_BLOQUEO, S_DIARIOJ],
      note: 'Every advertising message must say, expressly and prominently, that the recipient can ask to be removed or blocked from the database, and how.',
    },
  },
  content: {
    value: [
      { id: 'content.ar.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_INFOBIP, S_BIRD] },
      { id: 'content.ar.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_INFOBIP, S_BIRD] },
      { id: 'content.ar.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_INFOBIP, S_BIRD] },
      { id: 'content.ar.url-shorteners', topic: 'url-shorteners', restriction: 'prohibited', text: 'No generic URL shorteners; a branded short domain is accepted.', sources: [S_BIRD] },
      {
        id: 'content.ar.brand-names',
        topic: 'other',
        restriction: 'restricted',
        text: 'Messages naming banks or mobile operators are flagged as spam, and operators block promotions for other operators.',
        sources: [S_INFOBIP, S_BIRD],
      },
    ],
    sources: [S_INFOBIP, S_BIRD],
    note: 'These items rest only on the compiled Bird and Infobip copies (secondary); they fill the list because no better source read for Argentina speaks of content rules.',
  },
  dataProtection: { value: ['Ley 25.326 de Protección de los Datos Personales'], sources: [S_LEY_25326, S_IAPP] },
  obligations: [
    {
      id: 'consent.ar.no-llame',
      category: 'consent',
      level: 'required',
      text: 'Check the Registro Nacional No Llame at least every 30 days and send no advertising SMS to numbers listed there, unless the person is an existing customer and the message is about that contract, or the person allowed you to contact them.',
      useCases: MKT,
      sources: [S_LEY_26951, S_MARVAL_NL, S_IAPP, S_CONT],
    },
    {
      id: 'opt-out.ar.blocking-notice',
      category: 'opt-out',
      level: 'required',
      text: 'In every advertising message, state clearly that the recipient may ask to have their number removed or blocked from your database, and how to do it; on request, name the database the number came from (Ley 25.326 art. 27 inc. 3, Decreto 1558/2001 Anexo I art. 27, Disposición DNPDP 4/2009).',
      useCases: MKT,
      check: { kind: 'opt-out' },
      sources: [S_LEY_25326, S_DISP_4_2009, S_MARVAL_BLOQUEO, S_DIARIOJ],
    },
    {
      id: 'identification.ar.advertising-label',
      category: 'identification',
      level: 'required',
      text: 'Mark unsolicited direct advertising prominently as advertising (Disposición DNPDP 4/2009; for e-mail the word "publicidad" goes in the subject).',
      useCases: MKT,
      sources: [S_DISP_4_2009, S_DIARIOJ],
    },
  ],
});
