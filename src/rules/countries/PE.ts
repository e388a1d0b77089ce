import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_SOUTH_AMERICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Peru. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages); press pages
// on art. 58 of the consumer code (Decreto Legislativo 1390).
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Peru', url: 'https://www.twilio.com/en-us/guidelines/pe/sms', kind: 'provider', reviewed: R } as const;
const S_LR = {
  title: 'La República: Prohíben llamar y enviar mensajes para promover servicios sin consentimiento previo',
  url: 'https://larepublica.pe/sociedad/1312181-prohiben-llamar-enviar-mensajes-promover-servicios-productos-consentimiento-previo',
  kind: 'secondary', reviewed: R,
} as const;
const S_TD = {
  title: 'Teoría del Derecho: Modifican Código del Consumidor (llamadas y mensajes publicitarios)',
  url: 'https://teoriadelderecho.com/modifican-codigo-del-consumidor-adios-las-llamadas-y-correos-publicitarios-masivos',
  kind: 'secondary', reviewed: R,
} as const;
const MKT = ['marketing', 'polling', 'charity', 'political', 'mixed'] as const;

export const PE: CountryRules = /* @__PURE__ */ region({
  country: 'PE',
  name: 'Peru',
  reviewed: R,
  timeZones: ['America/Lima'],
  languages: ['es', 'qu', 'ay'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW, S_AWS_SOUTH_AMERICA], note: 'Twilio accepts it but the ID is replaced with a short or long code.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': { supported: { value: false, sources: [S_AWS_SOUTH_AMERICA] }, twoWay: ALPHA_ONE_WAY },
    'local-long-code': {
      supported: { value: false, sources: [S_AWS_SOUTH_AMERICA, S_TW], note: 'Twilio and Bird say operators accept local numbers, but neither AWS nor Twilio offers them.' },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS; the two-way AWS lists runs on short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Operators do not support it; Twilio delivers with the number replaced by a short or long code.' },
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SOUTH_AMERICA, S_TW] },
      twoWay: { value: true, sources: [S_AWS_SOUTH_AMERICA] },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_LR, S_TD],
      note: 'Prior, informed, express and unequivocal consent; it can be withdrawn at any time.',
    },
    laws: {
      value: ['Ley 29571, Código de Protección y Defensa del Consumidor (art. 58, as amended by Decreto Legislativo 1390)'],
      sources: [S_LR, S_TD],
    },
  },
});
