import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Bulgaria. Only the ClickSend page was found on 2026-11-23; the AWS Europe table could
// not be reached. Sender rows re-read 2026-12-06 from Twilio's guideline page through a
// word-for-word copy on GitHub (nevetsagetro/OKR-warranted, data/raw/bulgaria_bg.md) that
// names the page's address; no stored twilio.com page was found to compare it with, so the
// copy stands for the page (policy section 5).
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Bulgaria (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/bg/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Bulgaria, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/bg/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_CS = { title: 'ClickSend Help: Bulgaria', url: 'https://help.clicksend.com/article/xhb947t2ni-bulgaria', kind: 'provider', reviewed: R } as const;

export const BG: CountryRules = /* @__PURE__ */ region({
  country: 'BG',
  name: 'Bulgaria',
  reviewed: R,
  timeZones: ['Europe/Sofia'],
  languages: ['bg'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_CS],
        note: 'Twilio, the only major-provider page about the operators, marks unregistered names as supported by them, but A1 and Vivacom replace them with a generic name; ClickSend (not a major provider) says unregistered IDs are replaced by a generic one.',
      },
      restriction: {
        networks: ['A1 Bulgaria', 'Vivacom'],
        text: 'A1 and Vivacom replace an unregistered name with a generic one, so the brand does not show; register the name for domestic traffic.',
        sources: [S_TW, S_CS],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW, S_CS] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_CS] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_CS], note: 'Twilio: the operators require registration for domestic traffic (about 4 weeks) and not for international traffic, which Twilio does not sell; international brands cannot register as domestic.' },
      programme: 'bg.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_CS], note: 'Twilio, the only major-provider page about the operators, marks domestic long codes as not supported by them; ClickSend says numeric senders are rejected, though domestic brands may use a dedicated long code for two-way SMS.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported (ClickSend: two-way open to domestic brands only).' },
    },
    'international-long-code': {
      supported: { value: 'restricted', sources: [S_TW], note: 'Twilio marks international long codes as supported by the operators, but a number sent without arrangement is replaced by a generic name.' },
      restriction: {
        text: 'The number is replaced by a generic name before delivery, so recipients see neither the number nor a way to reply.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW, S_CS], note: 'Twilio marks short codes as not supported by the operators; ClickSend agrees.' } },
  },
  registrations: [
    {
      id: 'bg.sender-id',
      name: 'Sender ID pre-registration in Bulgaria',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID before sending, for transactional and promotional traffic alike.',
      sources: [S_CS, S_TW],
    },
  ],
});
