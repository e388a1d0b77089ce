import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY, VONAGE_NAMES_ACCEPTED, VONAGE_NO_REGISTRATION } from '../sources';
import type { CountryRules } from '../types';

// Gabon. AFAPDP and Medias241 read 2026-11-23 for the data-protection law. The
// AWS Africa row could not be read and no Twilio page was found in the index.
// Sender names: Vonage 2024 country page (compiled copy), read 2026-11-23.
const R = '2026-11-23' as const;
const S_AFAPDP = { title: 'AFAPDP: Gabon adopts a data protection law (2011)', url: 'https://afapdp.org/archives/110', kind: 'secondary', reviewed: R } as const;
const S_MEDIAS241 = { title: 'Medias241: Gabon, draft ordinance amending Law No. 001/2011', url: 'https://medias241.com/gabon-un-projet-dordonnance-pour-cadrer-les-reseaux-sociaux/', kind: 'secondary', reviewed: R } as const;

export const GA: CountryRules = /* @__PURE__ */ region({
  country: 'GA',
  name: 'Gabon',
  reviewed: R,
  timeZones: ['Africa/Libreville'],
  languages: ['fr'],
  senders: {
    'alphanumeric-dynamic': { supported: VONAGE_NAMES_ACCEPTED, registration: VONAGE_NO_REGISTRATION, twoWay: ALPHA_ONE_WAY },
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
  },
  dataProtection: {
    value: ['Law No. 001/2011 of 25 September 2011 on the protection of personal data'],
    sources: [S_AFAPDP, S_MEDIAS241],
  },
});
