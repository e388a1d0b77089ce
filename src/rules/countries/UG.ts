import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Uganda. Read 2026-11-23: ClickSend, DLA Piper, Multilaw, WeSendAll. The AWS
// Africa row for Uganda could not be read.
// Twilio sender table read from a stored copy of the page.
// Re-checked 2026-12-06 against the research policy; eSMS Africa added, other pages not re-read (they keep 2026-11-23).
const R = '2026-11-23' as const;
const R1 = '2026-12-06' as const;
const S_ESMS = { title: 'eSMS Africa Docs: Sender IDs overview (country requirements table)', url: 'https://esmsafrica.io/docs/sender-ids/overview/', kind: 'provider', reviewed: R1 } as const;
const S_TW = { title: 'Twilio SMS Guidelines: Uganda', url: 'https://www.twilio.com/en-us/guidelines/ug/sms', kind: 'provider', reviewed: R } as const;
const S_CLICK = { title: 'ClickSend Help: Uganda +256', url: 'https://help.clicksend.com/article/kq7k9vc26y-uganda-256', kind: 'provider', reviewed: R } as const;
const S_DLA = { title: 'DLA Piper Data Protection Laws of the World: Uganda, electronic marketing', url: 'https://www.dlapiperdataprotection.com/index.html?c=UG&t=electronic-marketing', kind: 'secondary', reviewed: R } as const;
const S_MULTILAW = { title: 'Multilaw Data Protection Laws Guide: Uganda', url: 'https://www.multilaw.com/Multilaw/Data_Protection_Laws_Guide/DataProtection_Guide_Uganda.aspx', kind: 'secondary', reviewed: R } as const;
const S_WSA = { title: 'WeSendAll: Bulk SMS compliance in Uganda (UCC and Data Protection Act 2019)', url: 'https://www.wesendall.com/blog/bulk-sms-compliance-uganda', kind: 'provider', reviewed: R } as const;
// Reply keywords read 2026-12-06: Infobip's Uganda notes, read only in a compiled copy of provider
// country pages (GitHub nevetsagetro/OKR-warranted, data/raw/uganda_ug.md) that does not name Infobip's page,
// so it is secondary; Sautitech's report of the UCC opt-out code.
const S_INFOBIP_KW = {
  title: 'Infobip Docs: SMS coverage and connectivity, Uganda (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R1,
} as const;
const S_SAUTI_196 = { title: 'Sautitech: How to stop unsolicited messages (UCC uniform opt-out code *196#)', url: 'https://sautitech.com/telecom/stop-unsolicited-messages', kind: 'secondary', reviewed: R1 } as const;
const NUMERIC = 'ClickSend: numeric sender IDs are not allowed.';

export const UG: CountryRules = /* @__PURE__ */ region({
  country: 'UG',
  name: 'Uganda',
  reviewed: R1,
  timeZones: ['Africa/Kampala'],
  languages: ['en', 'sw'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_CLICK, S_ESMS],
        note: 'Twilio\'s operator row: the operators take unregistered names (not preserved) except MTN, which needs registration. ClickSend and eSMS Africa register every name. The major provider\'s statement about the operators decides.',
      },
      restriction: {
        networks: ['MTN'],
        text: 'MTN accepts only registered names; elsewhere an unregistered name may be replaced on delivery.',
        sources: [S_TW],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_CLICK, S_ESMS, S_TW] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      registration: { value: 'required', sources: [S_CLICK, S_ESMS, S_TW] },
      programme: 'ug.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: { value: { minDays: 21, maxDays: 21 }, sources: [S_TW] },
      senderIdPreserved: { value: true, sources: [S_TW] },
      restrictedUseCases: {
        value: 'unknown',
        sources: [S_TW, S_CLICK],
        note: 'Twilio will not register promotional sender IDs (its own offer, or an operator rule: the page does not say); ClickSend gets marketing IDs registered for senders of at least 100,000 messages a month.',
      },
    },
    'local-long-code': {
      supported: { value: false, sources: [S_CLICK, S_TW], note: NUMERIC },
      twoWay: { value: false, sources: [S_TW], note: 'Twilio offers no two-way SMS here.' },
    },
    'international-long-code': {
      supported: {
        value: 'restricted',
        sources: [S_TW, S_CLICK],
        note: 'Twilio\'s operator row marks international numbers as supported but says MTN, Airtel, Africell and Smart do not take them; ClickSend says numeric sender IDs are not allowed. The major provider decides: accepted only outside those networks.',
      },
      restriction: {
        networks: ['MTN', 'Airtel', 'Africell', 'Smart'],
        text: 'These networks, which carry most Ugandan subscribers, do not accept numeric senders; messages to them from an international number fail or are rewritten.',
        sources: [S_TW, S_CLICK],
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW] }],
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'short-code': { supported: { value: false, sources: [S_TW] } },
  },
  registrations: [
    {
      id: 'ug.sender-id',
      name: 'Sender ID registration by traffic type',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender ID with full message content and traffic type. Marketing IDs are granted only for at least 100,000 messages a month; otherwise the ID is registered as transactional.',
      leadTime: { minDays: 21, maxDays: 21 },
      sources: [S_CLICK, S_TW],
    },
  ],
  consent: {
    laws: {
      value: ['Electronic Transactions Act, Cap. 99', 'Uganda Communications (Consumer Protection) Regulations, 2019', 'Data Protection and Privacy Act, Cap. 97'],
      sources: [S_DLA, S_MULTILAW],
    },
  },
  optOut: {
    marketingInstructions: { value: 'required', sources: [S_DLA], note: 'Unsolicited commercial messages must offer a free opt-out.' },
    keywords: {
      value: ['STOP'],
      sources: [S_INFOBIP_KW, S_SAUTI_196],
      note: 'Only secondary sources speak, and no better one does: Infobip\'s Uganda notes, read in a compiled copy, say every message must carry an unsubscribe option and name STOP as the reply keyword. The regulator\'s own network-wide opt-out is the USSD code *196# (as reported by Sautitech), not a reply word.',
    },
  },
  quietHours: {
    value: [
      {
        id: 'quiet-hours.ug.marketing',
        level: 'required',
        useCases: ['marketing'],
        allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '08:00', end: '20:00' }],
        publicHolidays: 'unknown',
        timeBasis: { zone: 'Africa/Kampala' },
        text: 'Send marketing SMS only between 08:00 and 20:00; the operators fine traffic outside it (ClickSend). WeSendAll cites UCC guidance that bars commercial sends from 21:00 to 07:00; the operators\' window lies inside it, so keeping to 08:00–20:00 meets both.',
        sources: [S_CLICK, S_WSA],
      },
    ],
    sources: [S_CLICK, S_WSA],
  },
  content: {
    value: [
      { id: 'content.ug.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling content.', sources: [S_WSA] },
      { id: 'content.ug.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_WSA] },
      {
        id: 'content.ug.political',
        topic: 'political',
        restriction: 'restricted',
        text: 'Political campaign messages only within approved windows and from a sender ID approved for that purpose.',
        sources: [S_WSA],
      },
      { id: 'content.ug.religious', topic: 'religious', restriction: 'restricted', text: 'Religious recruitment messages only with consent.', sources: [S_WSA] },
    ],
    sources: [S_WSA],
  },
  dataProtection: { value: ['Data Protection and Privacy Act, Cap. 97 (2019)', 'Data Protection and Privacy Regulations, 2021'], sources: [S_MULTILAW, S_DLA] },
  obligations: [
    {
      id: 'identification.ug.brand-in-text',
      category: 'identification',
      level: 'required',
      text: 'If the sender ID is not the brand name, name the company or brand in the message text (MTN rule). Generic sender IDs are refused.',
      sources: [S_CLICK],
    },
    {
      id: 'registration.ug.traffic-type',
      category: 'registration',
      level: 'required',
      text: 'Do not send transactional traffic from a sender ID registered for marketing; operators fine it.',
      sources: [S_CLICK],
    },
  ],
});
