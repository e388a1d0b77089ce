import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_OCEANIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// New Zealand. AWS Oceania table, Twilio SMS and short-code guidelines,
// ClickSend, Vonage, TNZ and Plivo country pages, the Unsolicited Electronic
// Messages Act 2007 (ss 9, 11) and DIA guidance read 2026-11-23.
// Sender rows re-read 2026-12-06 in Twilio's SMS guideline page for New Zealand, through a
// word-for-word copy in a public GitHub compilation (nevetsagetro/OKR-warranted) that names
// the page's address; it matches the part of the stored twilio.com page read on 2026-11-23
// (two-way row, short-code requirement), so it stands for the page. Its operator row agrees
// with every `supported` value; its "Twilio supported" row is recorded as offers.
const R = '2026-11-23' as const;
const S_TW = { title: 'Twilio SMS Guidelines: New Zealand', url: 'https://www.twilio.com/en/guidelines/nz/sms', kind: 'provider', reviewed: R } as const;
const S_TW_SC = { title: 'Twilio Short Code Guidelines: New Zealand', url: 'https://static0.twilio.com/en-us/guidelines/nz/short-code', kind: 'provider', reviewed: R } as const;
const S_CS = { title: 'ClickSend Help: New Zealand (+64)', url: 'https://help.clicksend.com/en/articles/43924-new-zealand-64', kind: 'provider', reviewed: R } as const;
const S_VONAGE = {
  title: 'Vonage API Support: New Zealand SMS Features and Restrictions',
  url: 'https://api.support.vonage.com/hc/en-us/articles/204017183-New-Zealand-SMS-Features-and-Restrictions',
  kind: 'provider', reviewed: R,
} as const;
const S_TNZ = { title: 'TNZ Help: Setting the sender on SMS messages', url: 'https://www.tnz.co.nz/Help/setting-the-sender-on-sms-messages', kind: 'provider', reviewed: R } as const;
const S_TNZ_ACT = { title: 'TNZ Help: Spam and the New Zealand Spam Act', url: 'https://help.tnz.co.nz/help/spam-and-the-new-zealand-spam-act', kind: 'provider', reviewed: R } as const;
const S_PLIVO = {
  title: 'Plivo Support: New Zealand Short Code Information',
  url: 'https://support.plivo.com/hc/en-us/articles/14018721789593-New-Zealand-Short-Code-Information',
  kind: 'provider', reviewed: R,
} as const;
const R_KW = '2026-12-06' as const;
const S_TNZ_UNSUB = {
  title: 'TNZ Help: Unsubscribe option for SMS messages (automated opt-out keywords)',
  url: 'https://www.tnz.co.nz/Help/unsubscribe-option-for-sms-messages',
  kind: 'provider', reviewed: R_KW,
} as const;
const S_TPG_NZ = {
  title: 'TPG Telecom Messaging Support: SMS Compliance & Best Practice | New Zealand',
  url: 'https://support.messaging.tpgtelecom.com.au/hc/en-us/articles/4692859088399-SMS-Compliance-Best-Practice-New-Zealand',
  kind: 'provider', updated: '2024-04-23', reviewed: R_KW,
} as const;
const S_VOYAGER_NZ = {
  title: 'Voyager Internet helpdesk: Sending in NZ',
  url: 'https://helpdesk.voyager.co.nz/index.php?/Knowledgebase/Article/View/272/0/sending-in-nz',
  kind: 'provider', published: '2021-05-13', reviewed: R_KW,
} as const;
const S_UEMA_9 = {
  title: 'Unsolicited Electronic Messages Act 2007, s 9',
  url: 'https://www.legislation.govt.nz/act/public/2007/0007/latest/DLM405205.html',
  kind: 'law', reviewed: R,
} as const;
const S_UEMA_11 = {
  title: 'Unsolicited Electronic Messages Act 2007, s 11',
  url: 'https://www.legislation.govt.nz/act/public/2007/0007/latest/DLM405207.html',
  kind: 'law', reviewed: R,
} as const;
const S_DIA = { title: 'Department of Internal Affairs: About unsubscribing', url: 'https://www.dia.govt.nz/Information-about-unsubscribing', kind: 'regulator', reviewed: R } as const;
const S_LINKLATERS = {
  title: 'Linklaters: Data Protected - New Zealand',
  url: 'https://linklaters.com/pl-pl/insights/data-protected/data-protected---new-zealand',
  kind: 'secondary', reviewed: R,
} as const;

const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: New Zealand (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/nz/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = {
  title: 'Twilio SMS Guidelines: New Zealand, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/nz/sms',
  kind: 'provider', reviewed: R4,
} as const;

export const NZ: CountryRules = /* @__PURE__ */ region({
  country: 'NZ',
  name: 'New Zealand',
  reviewed: R,
  timeZones: ['Pacific/Auckland', 'Pacific/Chatham'],
  languages: ['en', 'mi'],
  traffic: {
    a2pOnP2pRoutesFiltered: {
      value: true,
      sources: [S_TNZ],
      note: 'Operators and the DIA block business SMS sent from ordinary mobile numbers.',
    },
  },
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TWC, S_AWS_OCEANIA, S_TNZ, S_VONAGE],
        note: 'Twilio marks sender names as not supported by the operators, who require dedicated short codes; Vonage rewrites other senders to a shared short code.',
      },
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_VONAGE] },
    },
    'alphanumeric-preregistered': {
      supported: { value: false, sources: [S_TWC, S_AWS_OCEANIA, S_TNZ] },
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC, S_AWS_OCEANIA, S_TNZ] },
      twoWay: { value: false, sources: [S_AWS_OCEANIA, S_TNZ], note: 'Long codes are not open to A2P; two-way runs over short codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TNZ, S_TWC], note: 'Operators require dedicated NZ short codes for A2P. Twilio still sells international numbers here, with the number not kept.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
    },
    'short-code': {
      supported: { value: true, sources: [S_TWC, S_AWS_OCEANIA, S_CS, S_TNZ, S_VONAGE] },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'required', sources: [S_CS, S_VONAGE, S_TW_SC] },
      programme: 'nz.short-code',
      twoWay: { value: true, sources: [S_AWS_OCEANIA, S_TW, S_CS, S_VONAGE] },
      leadTime: {
        value: { minDays: 28, maxDays: 42 },
        sources: [S_CS, S_TNZ, S_TW_SC],
        note: 'ClickSend and TNZ say 4-6 weeks, Twilio 5-6 weeks; carriers pause provisioning from December to mid-January (Twilio).',
      },
      restrictedUseCases: { value: ['political'], sources: [S_PLIVO, S_TW] },
    },
  },
  registrations: [
    {
      id: 'nz.short-code',
      name: 'Dedicated short code with brand and content registration at the NZ operators',
      senderKinds: ['short-code'],
      level: 'required',
      text: 'Register the brand and message content with the operators and get a dedicated short code; one code per use case, and marketing on a free-to-end-user (zero-rated) code. Expect a minimum term of 3 to 6 months.',
      leadTime: { minDays: 28, maxDays: 42 },
      sources: [S_VONAGE, S_CS, S_TW_SC, S_TNZ],
    },
  ],
  consent: {
    marketing: {
      value: 'express',
      sources: [S_TW_SC, S_PLIVO, S_CS, S_TNZ_ACT],
      note: 'TNZ reads the 2007 Act as also accepting inferred consent; short-code rules (Twilio, Plivo, ClickSend) demand an opt-in, which is taken.',
    },
    transactional: {
      value: 'express',
      sources: [S_TW_SC, S_CS, S_TNZ_ACT],
      note: 'The Act covers only commercial messages (TNZ), but Twilio requires express consent before any short-code SMS.',
    },
    laws: {
      value: ['Unsolicited Electronic Messages Act 2007', 'TCF Mobile Messaging Service Code'],
      sources: [S_UEMA_9, S_TNZ_ACT, S_PLIVO],
    },
  },
  optOut: {
    keywords: {
      value: ['STOP', 'OPTOUT', 'OPT OUT', 'UNSUBSCRIBE'],
      sources: [S_TNZ_UNSUB, S_TPG_NZ, S_VOYAGER_NZ],
      note: 'Practice, not a legal list: the Act asks for a working unsubscribe facility, not a keyword. New Zealand providers TPG Telecom and Voyager give "Reply STOP to opt-out" as the model marketing text, and TNZ opts out senders of replies beginning with STOP, OPTOUT, OPT OUT or UNSUBSCRIBE; the last three come from TNZ only.',
    },
    marketingInstructions: { value: 'required', sources: [S_UEMA_11, S_VONAGE, S_CS] },
    wording: {
      value: 'Offer a clear, free unsubscribe by SMS reply that stays valid for at least 30 days; ClickSend wants it at the end of each marketing message.',
      sources: [S_UEMA_11, S_CS, S_VONAGE],
    },
    deadline: { value: 'Stop sending within 5 working days of the unsubscribe request.', sources: [S_UEMA_9, S_DIA] },
  },
  content: {
    value: [
      { id: 'content.nz.firearms', topic: 'firearms', restriction: 'prohibited', text: 'No firearms content.', sources: [S_TW] },
      { id: 'content.nz.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or casino content.', sources: [S_TW, S_PLIVO] },
      { id: 'content.nz.sex', topic: 'sex', restriction: 'prohibited', text: 'No adult or sexually explicit content.', sources: [S_TW, S_PLIVO] },
      { id: 'content.nz.financial', topic: 'high-risk-financial', restriction: 'prohibited', text: 'No money-lending or loan content.', sources: [S_TW] },
      { id: 'content.nz.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW, S_PLIVO] },
      { id: 'content.nz.religious', topic: 'religious', restriction: 'prohibited', text: 'No religious content.', sources: [S_TW, S_PLIVO] },
      { id: 'content.nz.drugs', topic: 'drugs', restriction: 'prohibited', text: 'No controlled-substance content.', sources: [S_TW] },
      { id: 'content.nz.cannabis', topic: 'cannabis', restriction: 'prohibited', text: 'No cannabis content.', sources: [S_TW] },
      {
        id: 'content.nz.illegal-and-abuse',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No illegal goods or services, malware, spam or phishing, and no sensitive end-user data.',
        sources: [S_PLIVO],
      },
    ],
    sources: [S_TW, S_PLIVO],
  },
  dataProtection: { value: ['Privacy Act 2020'], sources: [S_LINKLATERS] },
  obligations: [
    {
      id: 'identification.nz.sender',
      category: 'identification',
      level: 'required',
      text: 'Identify the sender clearly in each commercial message; ClickSend asks for it at the start.',
      sources: [S_TNZ_ACT, S_CS],
    },
    {
      id: 'content.nz.reply-charges',
      category: 'content',
      level: 'required',
      text: 'Say when replying costs money: Twilio wants a replies-are-charged notice in every NZ message; Plivo asks it on standard-rate short codes, plus a data-charge notice when there is a link.',
      sources: [S_TW, S_PLIVO, S_CS],
    },
    {
      id: 'record-keeping.nz.consent-proof',
      category: 'record-keeping',
      level: 'required',
      text: 'Keep proof of every opt-in; the sender must prove consent if challenged.',
      sources: [S_UEMA_9, S_CS],
    },
    {
      id: 'consent.nz.no-lead-gen-opt-ins',
      category: 'consent',
      level: 'required',
      text: 'Do not rely on opt-ins gathered through lead generation or friend-to-friend invitations.',
      senderTypes: ['short-code'],
      sources: [S_PLIVO],
    },
    {
      id: 'consent.nz.do-not-call',
      category: 'consent',
      level: 'recommended',
      text: 'Do not text numbers listed on do-not-call or do-not-disturb registers.',
      sources: [S_CS],
    },
    {
      id: 'timing.nz.daytime',
      category: 'quiet-hours',
      level: 'recommended',
      text: "Send during the recipient's local daytime unless the message is urgent.",
      sources: [S_CS],
    },
  ],
});
