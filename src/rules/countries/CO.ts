import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Colombia. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird
// and Infobip country notes (from a stored copy bundling their pages); Mapp;
// press pages on Ley 2300 de 2023 and the CRC's Registro de Números Excluidos.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for Colombia', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-colombia.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Colombia', url: 'https://www.twilio.com/en-us/guidelines/co/sms', kind: 'provider', reviewed: R } as const;
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
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const CO: CountryRules = /* @__PURE__ */ region({
  country: 'CO',
  name: 'Colombia',
  reviewed: R,
  timeZones: ['America/Bogota'],
  languages: ['es'],
  senders: {
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Bird: IDs are replaced with a shared short code.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA] },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS lists no two-way SMS; Twilio says two-way works (on short codes). The stricter value is kept.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio delivers but replaces the number with a short code; Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: {
        value: true,
        sources: [S_AWS_SOUTH_AMERICA, S_TW],
        note: 'Bird: dedicated codes only for Colombian legal entities (via the CRC); others get a shared code.',
      },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS lists no two-way SMS; Twilio and Infobip say replies work. The stricter value is kept.' },
      leadTime: { value: { minDays: 28, maxDays: 70 }, sources: [S_TW], note: 'Infobip: 4-8 weeks for a dedicated code; shared codes at once.' },
    },
  },
  consent: {
    marketing: { value: 'express', sources: [S_MAPP, S_UNIV], note: 'Opt-in needed; Mapp says operators accept any form of opt-in but may ask for proof.' },
    laws: { value: ['Ley 2300 de 2023 ("Dejen de fregar")'], sources: [S_SEMANA, S_LAFM] },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.co.marketing',
        level: 'required',
        useCases: MKT,
        allowed: [
          { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '19:00' },
          { days: ['sat'], start: '08:00', end: '15:00' },
        ],
        publicHolidays: 'closed',
        timeBasis: { zone: 'America/Bogota' },
        text: 'Ley 2300 allows commercial contact Mon-Fri 07:00-19:00 and Sat 08:00-15:00, never on Sundays or holidays; providers give 08:00-20:00 or 21:00. The narrowest mix is kept. Debt collection follows the same law.',
        sources: [S_SEMANA, S_LAFM, S_MAPP],
      },
    ],
    sources: [S_SEMANA, S_LAFM, S_MAPP],
  },
  obligations: [
    {
      id: 'consent.co.rne',
      category: 'consent',
      level: 'required',
      text: 'Check the CRC\'s Registro de Números Excluidos (RNE) and send no commercial SMS to numbers excluded from that channel.',
      useCases: MKT,
      sources: [S_SEMANA],
    },
    {
      id: 'frequency.co.one-contact-a-day',
      category: 'quiet-hours',
      level: 'required',
      text: 'Contact a person with commercial or collection messages at most once a day, and over only one channel a week.',
      useCases: MKT,
      sources: [S_SEMANA],
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
  ],
});
