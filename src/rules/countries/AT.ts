import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Austria. The AWS Europe table and the Twilio Austria SMS page could not be
// reached in the search index. Infobip, Salesforce, 4notify and sent.dm pages
// read 2026-11-23. Sender rows re-read 2026-12-06 from Twilio's guideline page through a
// word-for-word copy on GitHub (nevetsagetro/OKR-warranted, data/raw/austria_at.md) that
// names the page's address; no stored twilio.com page for Austria was found to compare it
// with, so the copy stands for the page (policy section 5). The copy shows no date and
// does not mention the RTR sender ID registry that Infobip dates to 1 October 2026.
const R = '2026-11-23' as const;
const R4 = '2026-12-06' as const;
const S_TW = { title: 'Twilio SMS Guidelines: Austria (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/at/sms', kind: 'provider', reviewed: R4 } as const;
const S_TW_OFFER = {
  title: 'Twilio SMS Guidelines: Austria, "Twilio supported" row (what Twilio sells) (read in a verbatim copy)',
  url: 'https://www.twilio.com/en-us/guidelines/at/sms',
  kind: 'provider', reviewed: R4,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: Austria sender registration guidelines',
  url: 'https://www.infobip.com/docs/essentials/europe-registration/austria-sender-registration-guidelines',
  kind: 'provider', reviewed: R,
} as const;
const S_SF = {
  title: 'Salesforce Help: Messaging Regulations by Country (Austria)',
  url: 'https://help.salesforce.com/s/articleView?id=000393739&language=ru&type=1',
  kind: 'provider', published: '2024-11-25', reviewed: R,
} as const;
const S_4N = { title: '4notify: SMS routing across A1, Magenta and Drei (Austria)', url: 'https://4notify.net/at/en/bauplaene/a1-magenta-drei-routing', kind: 'provider', published: '2026-05-25', reviewed: R } as const;
const S_SENT = { title: 'Sent: Austria SMS Best Practices, Compliance, and Features', url: 'https://sent.dm/resources/at_sms_guidance', kind: 'secondary', reviewed: R } as const;

export const AT: CountryRules = /* @__PURE__ */ region({
  country: 'AT',
  name: 'Austria',
  reviewed: R,
  timeZones: ['Europe/Vienna'],
  languages: ['de'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_INFOBIP, S_TW],
        effectiveFrom: '2026-10-01',
        note: 'Infobip: since 1 October 2026 unregistered alphanumeric IDs are blocked (RTR registry). Twilio\'s page, read in an undated copy, still marks unregistered names as supported by the operators and registration as not required; it does not mention the registry and describes the rules before that date.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_INFOBIP] },
      registration: { value: 'required', sources: [S_INFOBIP] },
      programme: 'at.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks domestic long codes as supported by the operators; delivery to M2M numbers is not supported over them.' },
      offers: [{ provider: 'twilio', offered: true, twoWay: true, sources: [S_TW_OFFER] }],
      twoWay: { value: true, sources: [S_TW, S_SENT], note: 'Twilio sells two-way SMS on Austrian numbers; sent.dm (secondary) agrees.' },
      senderIdPreserved: { value: true, sources: [S_TW] },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TW, S_SF], note: 'Twilio marks international long codes as not supported by the operators (a foreign number is replaced by a generic name); Salesforce says many carriers filter foreign numeric IDs.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TW_OFFER] }],
      senderIdPreserved: { value: false, sources: [S_TW] },
    },
    'short-code': {
      supported: { value: true, sources: [S_TW], note: 'Twilio marks short codes as supported by the operators, but does not sell them.' },
      offers: [{ provider: 'twilio', offered: false, sources: [S_TW_OFFER] }],
    },
  },
  registrations: [
    {
      id: 'at.sender-id',
      name: 'RTR national alphanumeric sender ID registry (eRTR portal)',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'required',
      text: 'Have every alphanumeric sender ID registered and approved in the RTR registry, usually through your SMS provider; give the brand, web domain, a brand link, the message type and the dates of use. Numeric senders are not covered.',
      effectiveFrom: '2026-10-01',
      sources: [S_INFOBIP],
    },
  ],
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_4N, S_SF],
      note: 'Prior opt-in, with a soft opt-in for existing customers buying related products (4notify).',
    },
    laws: { value: ['Telekommunikationsgesetz 2021 (TKG 2021), section 174'], sources: [S_4N] },
  },
  optOut: {
    keywords: {
      value: ['STOP'],
      sources: [S_SF, S_4N],
      note: 'Re-checked 2026-12-06. Salesforce advises supporting STOP and HELP at low or no cost in the recipient\'s language (best practice, no German words named); 4notify says the RTR expects senders to honour STOP/HELP, which no regulator text read confirms. No source names German keywords or opt-in keywords for Austria.',
    },
  },
  help: {
    keywords: { value: ['HELP'], sources: [S_SF, S_4N], note: 'Best practice per Salesforce; see the opt-out keyword note.' },
    required: { value: 'best-practice', sources: [S_SF] },
  },
  dataProtection: { value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)'], sources: [S_SF] },
});
