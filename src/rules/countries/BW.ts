import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_AFRICA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Botswana. AWS Africa table and DLA Piper read 2026-11-23; no Twilio page for
// Botswana was found in the stored index.
const R = '2026-11-23' as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Botswana', url: 'https://www.dlapiperdataprotection.com/index.html?t=law&c=BW', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/botswana_bw.md); no stored
// twilio.com SMS page for Botswana was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Botswana (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bw/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Botswana, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bw/sms', kind: 'provider', reviewed: R4 } as const;

export const BW: CountryRules = /* @__PURE__ */ region({
  country: 'BW',
  name: 'Botswana',
  reviewed: R,
  timeZones: ['Africa/Gaborone'],
  languages: ['en', 'tn'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: true, sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: supported by the operators; AWS sells them.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC, S_AWS_AFRICA], note: 'Twilio: the operators do not require pre-registration.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes. AWS offering none is an offer, not evidence.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }],
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support numeric senders; Twilio still sells them, delivered best-effort with the sender replaced by a generic name or short code outside its platform.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support short codes.' },
      offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] },
  },
  dataProtection: { value: ['Data Protection Act, 2018 (Act No. 32 of 2018)'], sources: [S_DLA], note: 'In force since 15 October 2021.' },
});
