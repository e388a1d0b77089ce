import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Cyprus. The AWS Europe table and a Twilio Cyprus SMS page could not be
// reached in the search index. 4notify, Harris Kyriakides, Mondaq, Chambers &
// Co and sent.dm pages read 2026-11-23.
const R = '2026-11-23' as const;
const S_4N = {
  title: '4notify: OCECPR in practice: numbering, sender ID and STOP for SMS in Cyprus',
  url: 'https://4notify.net/cy/en/ocecpr-arithmoi-apostoli-sms',
  kind: 'provider', reviewed: R,
} as const;
const S_SENT = { title: 'Sent: Cyprus SMS Guide (FAQ)', url: 'https://www.sent.dm/resources/cyprus-sms-guide', kind: 'secondary', reviewed: R } as const;
const S_HK = { title: 'Harris Kyriakides: Cyprus Commissioner notice on direct marketing communications', url: 'https://harriskyriakides.law/insights/news/cyprus-commissioner-for-personal-data-protection-issues-a-notice-regarding-direct-marketing-communications', kind: 'secondary', reviewed: R } as const;
const S_MONDAQ = { title: 'Mondaq: Data privacy marketing requirements in Cyprus', url: 'https://www.mondaq.com/cyprus/employee-rights-labour-relations/1023104/data-privacy-marketing-requirements-in-cyprus', kind: 'secondary', reviewed: R } as const;
const S_CHAMBERSCO = { title: 'Chambers & Co: Compliance of SMS and email marketing under GDPR and Cyprus law', url: 'https://www.chambersandco.com/gdpr-cyprus-law-sms-and-email-marketing-compliance-guide/', kind: 'secondary', reviewed: R } as const;

// Sender rows re-read 2026-12-06: Twilio's sender table read in a word-for-word copy
// that names the page's address (GitHub nevetsagetro/OKR-warranted, data/raw/cyprus_cy.md); no stored
// twilio.com SMS page for Cyprus was found to compare it with, so under policy section 5 it stands for
// the page. Twilio's "Operator network capability" row decides `supported`; its "Twilio supported" row is
// cited separately (S_TWO) as Twilio's offer. The Bird and Infobip sections of that file name no page and
// are not relied on.
const R4 = '2026-12-06' as const;
const S_TWC = { title: 'Twilio SMS Guidelines: Cyprus (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cy/sms', kind: 'provider', reviewed: R4 } as const;
const S_TWO = { title: 'Twilio SMS Guidelines: Cyprus, "Twilio supported" row (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cy/sms', kind: 'provider', reviewed: R4 } as const;

export const CY: CountryRules = /* @__PURE__ */ region({
  country: 'CY',
  name: 'Cyprus',
  reviewed: R,
  timeZones: ['Asia/Nicosia'],
  languages: ['el', 'tr'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: true,
        sources: [S_TWC, S_4N, S_SENT],
        note: 'Twilio: supported by the operators without pre-registration (no delivery to Northern Cyprus). 4notify registers names with the operators (Epic asks for commercial documents); a major-provider page outranks it. sent.dm (secondary) says names are supported.',
      },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      registration: { value: 'none', sources: [S_TWC], note: 'Twilio: the operators do not require pre-registration; 4notify says it registers names with each operator.' },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: { value: true, sources: [S_4N, S_SENT, S_TWC] },
      registration: { value: 'none', sources: [S_TWC, S_4N], note: 'Twilio: the operators do not require pre-registration; 4notify says names are registered with each operator. The major-provider page decides.' },
      programme: 'cy.sender-id',
      twoWay: ALPHA_ONE_WAY,
    },
    'local-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support domestic long codes.' },
    },
    'international-long-code': {
      supported: { value: false, sources: [S_TWC], note: 'Twilio: the operators do not support numeric senders; Twilio still sells them, but the number is replaced with a generic name outside its platform.' },
      offers: [{ provider: 'twilio', offered: true, sources: [S_TWO] }],
      senderIdPreserved: { value: false, sources: [S_SENT] },
    },
    'short-code': { supported: { value: false, sources: [S_TWC, S_SENT], note: 'Twilio: the operators do not support short codes; sent.dm (secondary) agrees.' } },
  },
  registrations: [
    {
      id: 'cy.sender-id',
      name: 'Alphanumeric sender ID registration with the Cypriot operators',
      senderKinds: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
      level: 'recommended',
      text: 'Register the alphanumeric sender ID with the operators (Cyta, Epic, PrimeTel, Cablenet) through your provider; Epic asks for commercial documentation. The sender rows follow Twilio\'s operator row, which says registration is not required, over the lower-ranked source for this programme; register where your provider asks for it.',
      sources: [S_4N],
    },
  ],
  consent: {
    marketing: {
      value: 'implied-or-express',
      sources: [S_HK, S_MONDAQ, S_SENT],
      note: 'Prior consent, except for similar products sold to existing customers who can object in each message.',
    },
    laws: { value: ['Regulation of Electronic Communications and Postal Services Law of 2004 (112(I)/2004), as amended'], sources: [S_HK, S_MONDAQ] },
  },
  dataProtection: {
    value: ['Regulation (EU) 2016/679 (General Data Protection Regulation)', 'Law 125(I)/2018 supplementing the GDPR'],
    sources: [S_CHAMBERSCO, S_SENT],
  },
  obligations: [
    {
      id: 'consent.cy.no-consent-request-by-sms',
      category: 'consent',
      level: 'required',
      text: 'Do not ask for marketing consent in a marketing SMS itself; the Data Protection Commissioner treats this as unlawful.',
      useCases: ['marketing', 'mixed'],
      sources: [S_HK],
    },
  ],
});
