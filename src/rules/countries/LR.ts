import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Liberia. Only the sent.dm guide was found (2026-11-23); no Twilio page, not in the AWS Africa rows reached.
// Sender rows re-read 2026-12-06: Twilio's Liberia page read in a word-for-word copy
// that names its address (GitHub nevetsagetro/OKR-warranted, data/raw/liberia_lr.md); no stored
// twilio.com page for Liberia surfaced in a search, so the copy stands for the page (policy
// section 5). Its operator row decides over sent.dm (secondary).
const R = '2026-11-23' as const;
const S_SENT = { title: 'Sent: Liberia SMS Guide', url: 'https://www.sent.dm/resources/lr-sms-guidance', kind: 'secondary', reviewed: R } as const;

const R2 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Liberia (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/lr/sms', kind: 'provider', reviewed: R2 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Liberia, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/lr/sms',
  kind: 'provider', reviewed: R2,
} as const;

export const LR: CountryRules = /* @__PURE__ */ region({
  country: 'LR',
  name: 'Liberia',
  reviewed: R,
  timeZones: ['Africa/Monrovia'],
  languages: ['en'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_SENT],
        note: 'Twilio marks unregistered names as supported by the operators, except that MTN takes names only when pre-registered; it advises using a registered name. sent.dm (secondary) says unregistered names are not available.',
      },
      restriction: {
        networks: ['MTN'],
        text: 'MTN delivers sender names only when they are pre-registered; an unregistered name is at risk there. Generic names (INFO, Verify and the like) risk being blocked.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'none', sources: [S_TW], note: 'Unregistered names, accepted outside MTN; for MTN see alphanumeric-preregistered.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      registration: { value: 'required', sources: [S_TW, S_SENT], note: 'Twilio: the operators require pre-registration for registered names; no separate domestic and international traffic.' },
      programme: 'lr.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW, S_SENT] },
      restrictedUseCases: { value: ['marketing'], sources: [S_TW, S_SENT], note: 'Promotional content is not allowed on registered sender IDs.' },
    },
    'local-long-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for domestic numbers; only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
      twoWay: { value: false, sources: [S_SENT], note: 'Secondary fill: only sent.dm speaks (no two-way SMS); Twilio also offers no two-way SMS here (its offer).' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_SENT],
        note: 'Kept restricted: Twilio\'s operator row says not supported, but the same page names MTN as the network that refuses foreign numbers and marks the number as preserved, so other networks deliver it as sent (not a sender-replacement workaround). Twilio marks international numbers as not supported by the operators, yet sells them and says only MTN fails them (elsewhere the number is kept); it advises a registered name instead. sent.dm (secondary) says the same about MTN.',
      },
      restriction: {
        networks: ['MTN'],
        text: 'Messages from a foreign number to MTN subscribers fail; other networks deliver them with the number kept.',
        sources: [S_TW, S_SENT],
      },
      offers: [{ provider: 'twilio', offered: true, twoWay: false, sources: [S_TW_OFFER] }],
    },
    'short-code': {
      supported: { value: 'unknown', note: 'Twilio\'s operator row is blank for short codes; only sent.dm (secondary) says they are not available, which does not establish what the operators accept.', sources: [S_TW, S_SENT] },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'lr.sender-id',
      name: 'Sender ID pre-registration',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the sender ID through your provider before sending; allow about three weeks. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_SENT],
    },
  ],
});
