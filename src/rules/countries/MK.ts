import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// North Macedonia. Messente and Sent.dm read 2026-11-23. Twilio and AWS Europe
// pages could not be reached.
// Sender rows re-read 2026-12-06: Twilio's Macedonia page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/macedonia_mk.md); the search
// of 2026-11-23 found no stored twilio.com page for North Macedonia (not re-searched today), so the
// copy stands for the page (policy section 5). Its operator row (a major provider) decides over
// Messente (a smaller provider) and Sent.dm; its pre-registration column is blank.
const R = '2026-11-23' as const;
const S_MES = { title: 'Messente: Macedonia SMS regulations', url: 'https://support.messente.com/macedonia-sms-regulations', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Macedonia SMS guide', url: 'https://www.sent.dm/resources/macedonia-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Macedonia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/mk/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Macedonia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/mk/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const MK: CountryRules = /* @__PURE__ */ region({
  country: 'MK',
  name: 'North Macedonia',
  reviewed: R,
  timeZones: ['Europe/Skopje'],
  languages: ['mk', 'sq'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_MES],
        note: 'Twilio marks unregistered names as supported by the operators and kept unchanged, and decides; it warns that generic names (SMS, INFO, Verify and the like) get blocked. Messente (a smaller provider, lower in the hierarchy) says unregistered names are overwritten.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_MES] },
      registration: { value: 'required', sources: [S_MES], note: 'Twilio\'s pre-registration column is blank, so Messente (a provider page) decides over Sent.dm (secondary), which says no registration is needed.' },
      programme: 'mk.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only Sent.dm speaks (international providers offer no two-way SMS); Twilio also offers none here (its offer).' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators; it still sells them on a best-effort basis, with the number replaced by a generic sender name, and advises a sender name.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators (it does not sell them itself).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  consent: { marketing: { value: 'express', sources: [S_MES] } },
  optOut: { marketingInstructions: { value: 'required', sources: [S_MES] } },
  registrations: [
    {
      id: 'mk.sender-id',
      name: 'Sender ID pre-registration with Macedonian operators',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with company details and sample content; unregistered IDs are replaced.',
      sources: [S_MES],
    },
  ],
  content: {
    value: [
      { id: 'content.mk.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_MES] },
      { id: 'content.mk.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_MES] },
      { id: 'content.mk.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_MES] },
    ],
    sources: [S_MES],
  },
});
