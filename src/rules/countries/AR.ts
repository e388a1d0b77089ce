import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA } from '../sources';
import type { CountryRules } from '../types';

// Argentina. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird
// and Infobip country notes (the last three from a stored copy bundling their
// pages); press and IAPP pages on the Registro Nacional No Llame.
const R = '2026-11-23' as const;
const S_AZURE_TF = { title: 'Azure Communication Services: Phone number management for Argentina', url: 'https://github.com/MicrosoftDocs/azure-docs/blob/main/articles/communication-services/concepts/numbers/phone-number-management-for-argentina.md', kind: 'provider', reviewed: R } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Argentina', url: 'https://www.twilio.com/en-us/guidelines/ar/sms', kind: 'provider', reviewed: R } as const;
const S_IAPP = {
  title: 'IAPP: Se actualiza en Argentina el Registro Nacional No Llame',
  url: 'https://iapp.org/news/a/se-actualiza-en-argentina-el-registro-nacional-no-llame-con-nuevas-clasificaciones-de-infracciones-y-sanciones',
  kind: 'secondary', reviewed: R,
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
    'toll-free': { supported: { value: false, sources: [S_AZURE_TF], note: 'Azure lists its toll-free numbers here for calls only, with no SMS sending or receiving.' } },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio accepts it but operators replace the ID with a random short code.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_AWS_SOUTH_AMERICA, S_TW],
        note: 'Twilio and Bird say operators accept local numbers, but neither AWS nor Twilio offers them.',
      },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS lists no two-way SMS here; Twilio says two-way works. The stricter value is kept.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio delivers but replaces the number; Bird does not offer international numbers.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA, S_TW] },
      twoWay: { value: false, sources: [S_AWS_SOUTH_AMERICA], note: 'AWS lists no two-way SMS; Twilio and Infobip say replies to short codes work. The stricter value is kept.' },
      leadTime: { value: { minDays: 42, maxDays: 105 }, sources: [S_TW], note: 'Infobip: up to 3 months for a dedicated code; shared codes at once.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
  },
  consent: {
    laws: { value: ['Ley 26.951 (Registro Nacional No Llame)'], sources: [S_IAPP, S_CONT] },
  },
  dataProtection: { value: ['Ley 25.326 de Protección de los Datos Personales'], sources: [S_IAPP] },
  obligations: [
    {
      id: 'consent.ar.no-llame',
      category: 'consent',
      level: 'required',
      text: 'Check the Registro Nacional No Llame at least every 30 days and send no advertising SMS to numbers listed there.',
      useCases: MKT,
      sources: [S_IAPP, S_CONT],
    },
  ],
});
