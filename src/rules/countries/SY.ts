import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Syria. ClickSend country page and the third-party Sent guide read 2026-11-23.
// No Twilio Syria page was reachable and the AWS Asia row for Syria could not
// be read.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Syria +963', url: 'https://help.clicksend.com/article/vownve6wbj-syria', kind: 'provider', reviewed: R } as const;

// Sender rows re-read 2026-12-06 from Twilio's Syria SMS guideline page, read through a
// word-for-word copy that names the page (nevetsagetro/OKR-warranted, data/raw/syria_sy.md); no
// stored twilio.com page for Syria was found to compare, so it stands for the page (policy section 5).
const R4 = '2026-12-06' as const;
const S_TW4 = { title: 'Twilio SMS Guidelines: Syria, operator network rows (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/sy/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW4_OFFER = {
  title: 'Twilio SMS Guidelines: Syria, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/sy/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const SY: CountryRules = /* @__PURE__ */ region({
  country: 'SY',
  name: 'Syria',
  reviewed: R,
  timeZones: ['Asia/Damascus'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: { value: false, sources: [S_TW4, S_CS], note: 'Twilio marks unregistered names as not supported by the operators; ClickSend agrees.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW4, S_CS], note: 'Twilio marks registration as required by the operators (Twilio itself does not sell it).' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      registration: { value: 'required', sources: [S_TW4, S_CS] },
      programme: 'sy.sender-id',
      twoWay: ALPHA_ONE_WAY,
      restrictedUseCases: { value: ['marketing', 'polling', 'charity', 'political', 'mixed'], sources: [S_CS], note: 'Only OTP and transactional traffic is carried.' },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW4, S_CS], note: 'Twilio marks domestic long codes as not supported by the operators; ClickSend says numeric senders are not permitted.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. Sent (secondary) says two-way SMS is not offered.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW4, S_CS], note: 'Twilio marks international long codes as not supported by the operators; ClickSend says numeric senders are not permitted.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW4], note: 'Twilio marks short codes as not supported by the operators.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW4_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'sy.sender-id',
      name: 'Sender name and content registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register a brand sender name (up to 11 characters, no spaces) with business details, and have every message text approved; only OTT brands and banks may send A2P SMS.',
      sources: [S_CS],
    },
  ],
  content: {
    value: [
      {
        id: 'content.sy.preapproval',
        topic: 'other',
        restriction: 'restricted',
        text: 'Every message text must be approved before sending and must name the sending brand; anything else is blocked.',
        sources: [S_CS],
      },
    ],
    sources: [S_CS],
  },
});
