import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Belarus. Twilio locale summary, Sent.dm and a goUrban page quoting Twilio's
// sender ID list read 2026-11-23. The AWS Europe table could not be reached.
// Time zone as given by the group file (libphonenumber); Belarus's own IANA zone is Europe/Minsk.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Belarus', url: 'https://www.twilio.com/en/guidelines/by/sms', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Belarus SMS guide', url: 'https://www.sent.dm/resources/belarus-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_GU = { title: 'goUrban Support: Twilio sender ID countries', url: 'https://support.gourban.co/knowledge/twilio', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/belarus_by.md); no stored
// twilio.com SMS page for Belarus was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Belarus (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/by/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Belarus, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/by/sms', kind: 'provider', reviewed: R4 } as const;

export const BY: CountryRules = /* @__PURE__ */ region({
  country: 'BY',
  name: 'Belarus',
  reviewed: R,
  timeZones: ['Europe/Minsk'],
  languages: ['be', 'ru'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TWC, S_SENT, S_GU], note: 'Twilio: the operators do not support unregistered names; send only with a registered one. sent.dm and goUrban (secondary) agree.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TWC, S_SENT], note: 'Twilio: the operators require registration (international and domestic). Twilio warns that on MTS some registered names may still fail or be replaced with a generic name because of state control of traffic, and that person-to-person traffic is blocked.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_TWC, S_SENT, S_GU] },
      programme: 'by.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not support domestic long codes; sent.dm (secondary) agrees.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support numeric senders; Twilio still sells them, delivered best-effort with the number replaced by a generic name outside its platform. sent.dm (secondary) listed them as supported; a secondary source does not override a provider page.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': { supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not support short codes; sent.dm (secondary) agrees.' } },
  },
  registrations: [
    {
      id: 'by.sender-id',
      name: 'Sender ID pre-registration for foreign senders',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Foreign senders register the sender ID before sending; Twilio does not offer domestic registration to companies based in Belarus.',
      sources: [S_SENT, S_TW],
    },
  ],
});
