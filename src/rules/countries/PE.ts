import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Peru. Read 2026-11-23: AWS South America table; Twilio guidelines, Bird and
// Infobip country notes (from a stored copy bundling their pages); press pages
// on art. 58 of the consumer code (Decreto Legislativo 1390).
// Re-audited 2026-12-06: AWS South America table and Vonage's Peru page read
// directly; Twilio's Peru table only through a word-for-word copy in a public
// GitHub compilation of provider pages, which names the page's address and keeps
// Twilio's own field descriptions (no stored copy of twilio.com's Peru SMS page
// could be compared). Under policy section 5 that copy stands for the page, so
// Twilio is cited at its own address as a provider page read in a verbatim copy.
// The Bird and Infobip Peru entries in the same compilation name no address and
// remain uncited.
const R = '2026-11-23' as const;
const T = '2026-12-06' as const;
const S_TW = {
  title: 'Twilio SMS Guidelines: Peru (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/pe/sms',
  kind: 'provider', reviewed: T,
} as const;
const S_AWS_SA = { title: 'AWS End User Messaging: Supported countries, South America', url: 'https://docs.aws.amazon.com/end-user-messaging/latest/userguide/nx-supported-countries-south-america.html', kind: 'provider', reviewed: T } as const;
const S_VONAGE = { title: 'Vonage API Support: Peru SMS Features and Restrictions', url: 'https://help.nexmo.com/hc/en-us/articles/204017823-Peru-SMS-Features-and-Restrictions', kind: 'provider', reviewed: T } as const;
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

export const PE: CountryRules = /* @__PURE__ */ region({
  country: 'PE',
  name: 'Peru',
  reviewed: T,
  timeZones: ['America/Lima'],
  languages: ['es', 'qu', 'ay'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_VONAGE, S_TW],
        note: 'Vonage: Claro filters alphanumeric senders and does not deliver them, Movistar changes them to a local number. Twilio\'s operator row (page read in a verbatim copy) lists names as not supported by the operators; Twilio delivers them only with the name overwritten by a short or long code.',
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'unknown',
        note: 'Not settled: no source describes a registration route for names in Peru, and none says whether operators accept a registered name. Twilio\'s operator row (page read in a verbatim copy) gives pre-registration as not required while listing unregistered names as not supported and overwritten; Vonage says Claro filters alphanumeric senders and Movistar replaces every sender, without mentioning registration. A Bird entry in the same compilation (no address, so uncited) also lists names as not offered. AWS only says it sells no sender IDs here.',
        sources: [S_TW, S_VONAGE, S_AWS_SA],
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SA] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_VONAGE],
        note: 'Twilio\'s operator row (page read in a verbatim copy) lists domestic long codes as supported by the operators; Vonage says Claro filters national numeric senders. Neither AWS nor Twilio sells Peruvian numbers for SMS, which says nothing about the operators.',
      },
      restriction: {
        networks: ['Claro'],
        text: 'Claro filters messages sent from national numbers, so they may not be delivered to its subscribers; other networks may replace the number.',
        sources: [S_VONAGE],
      },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_SA] }],
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_VONAGE, S_TW],
        note: 'Restricted (operator row read 2026-12-06): Twilio\'s operator row (page read in a verbatim copy) marks international long codes as not supported by the operators and Twilio delivers them only with the number overwritten by a short or long code, which alone would be false. But Vonage\'s page speaks about the operators themselves: it advises an international-format numeric sender to reduce filtering on Claro (so Claro takes it, filtered), while Movistar changes every sender to a local number. A major provider\'s page about the operators saying one network accepts the sender with limits keeps it restricted. Vonage\'s page was not re-read on 2026-12-06.',
      },
      restriction: {
        networks: ['Claro', 'Movistar'],
        text: 'Claro takes international-format numbers but filters numeric traffic (Vonage), Movistar replaces every sender with a local number (Vonage), and Twilio\'s route overwrites the number with a short or long code. Recipients may not see the number and replies may not reach it.',
        sources: [S_VONAGE, S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      senderIdPreserved: { value: false, sources: [S_VONAGE, S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_AWS_SA, S_TW] },
      offers: [{ provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_SA] }],
      twoWay: { value: true, sources: [S_AWS_SA] },
    },
  },
  optOut: {
    keywords: {
      value: 'unknown',
      note: 'No law, regulator or operator source read names reply keywords; Twilio\'s Peruvian page only advises HELP/STOP handling in the local language as a general best practice. A third-party summary (sent.dm) says STOP, PARA, AYUDA and HELP must be supported while also saying two-way SMS is not available; on that alone the fact is left open.',
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
