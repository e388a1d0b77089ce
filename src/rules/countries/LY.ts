import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Libya. Twilio locale summary, ClickSend country page and sent.dm guide read 2026-11-23.
// Not in the AWS Africa rows that could be reached.
// Sender rows re-read 2026-12-06: Twilio's Libya page read in a word-for-word copy that
// names its address (GitHub nevetsagetro/OKR-warranted, data/raw/libya_ly.md). It agrees with the
// part of the stored twilio.com page read on 2026-11-23 (locale summary: no two-way SMS); a new
// search surfaced no stored copy of the sender tables, so the copy stands for the page (section 5).
// Twilio's operator row (a major provider) decides over ClickSend (a smaller provider) and sent.dm.
// The ly.sender-id programme below (ClickSend) was not re-decided when the sender rows were re-read.
const R = '2026-11-23' as const;
const S_CS = { title: 'ClickSend Help: Libya +218', url: 'https://help.clicksend.com/article/wjstjyxnct-libya', kind: 'provider', reviewed: R } as const;
const S_SENT = { title: 'Sent: Libya SMS Guide', url: 'https://www.sent.dm/resources/libya-sms-guide', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Libya (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/ly/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Libya, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/ly/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const LY: CountryRules = /* @__PURE__ */ region({
  country: 'LY',
  name: 'Libya',
  reviewed: R,
  timeZones: ['Africa/Tripoli'],
  languages: ['ar'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TW, S_CS],
        note: 'Twilio marks unregistered names as supported by the operators and kept unchanged, and decides; it warns that generic names are heavily filtered. ClickSend (a smaller provider, lower in the hierarchy) says names must be pre-registered.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW, S_CS], note: 'Twilio: no pre-registration required by the operators. ClickSend says pre-registration is required.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_CS] },
      registration: { value: 'none', sources: [S_TW, S_CS], note: 'Twilio: the operators do not require pre-registration, and decides. ClickSend (smaller provider) says it is required.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks domestic long codes as not supported by the operators; sent.dm (secondary) agrees.' },
      twoWay: { value: 'unknown', note: 'Not applicable: sender type not supported. (Twilio and ClickSend offer no two-way SMS here: their offers.)' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW], note: 'Twilio marks international numbers as not supported by the operators and says numeric senders do not work in Libya; it advises a non-generic sender name.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: false, sources: [S_TW, S_SENT], note: 'Twilio marks short codes as not supported by the operators; sent.dm (secondary) agrees.' },
    },
  },
  registrations: [
    {
      id: 'ly.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register a sender ID that is the brand\'s own name before sending; generic IDs are blocked. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_CS],
    },
  ],
  optOut: { marketingInstructions: { value: 'not-required', sources: [S_CS] } },
  quietHours: { value: [], sources: [S_CS], note: 'ClickSend: no curfew or time restriction.' },
  content: {
    value: [
      { id: 'content.ly.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_CS] },
      { id: 'content.ly.alcohol', topic: 'alcohol', restriction: 'prohibited', text: 'No alcohol content.', sources: [S_CS] },
      { id: 'content.ly.tobacco', topic: 'tobacco', restriction: 'prohibited', text: 'No tobacco content.', sources: [S_CS] },
      { id: 'content.ly.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_CS] },
      { id: 'content.ly.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No medicines or drugs.', sources: [S_CS] },
      { id: 'content.ly.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_CS] },
      { id: 'content.ly.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_CS] },
    ],
    sources: [S_CS],
  },
  obligations: [
    {
      id: 'content.ly.whitelisting',
      category: 'content',
      level: 'required',
      text: 'Have the message content whitelisted before sending (an Al Madar rule); allow up to 72 hours.',
      sources: [S_CS],
    },
  ],
});
