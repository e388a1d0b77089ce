import { region } from '../brief';
import { ALPHA_ONE_WAY, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// Iran. Re-audited 2026-12-06: Twilio guideline page (stored twilio.com page), and the
// Twilio, Bird and Infobip sections of a compilation of provider country pages on
// GitHub (nevetsagetro/OKR-warranted, data/raw/iran_ir.md). The Twilio section there
// names its page, but its first part differs from the stored twilio.com page (it
// carries a notice that Twilio stopped SMS to Iran on 15 March 2025, and other
// "Twilio supported" values): it is another version, so it is cited as secondary and
// the sender facts cite the stored twilio.com page. The Bird and Infobip sections do
// not name their pages: they are secondary. The AWS Asia row for Iran could not be
// read. Law: resolutions of the Communications Regulatory
// Commission (CRC) as reported by Iranian news quoting the regulator (CRA); the
// resolutions themselves were not reached.
const R = '2026-12-06' as const;
const S_TW_PAGE = { title: 'Twilio SMS Guidelines: Iran', url: 'https://www.twilio.com/guidelines/ir/sms', kind: 'provider', reviewed: R } as const;
const S_TW = {
  title: 'Twilio SMS Guidelines: Iran (read in a compiled copy of a later version than the stored page)',
  url: 'https://www.twilio.com/en-us/guidelines/ir/sms',
  kind: 'secondary', reviewed: R,
} as const;
const S_BIRD = {
  title: 'Bird Docs: SMS Country Information Guide: Middle East (Iran) (read in a compiled copy)',
  url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choose-the-right-sender-availability-and-restrictions-by-country/sms-country-information-guide-middle-east',
  kind: 'secondary', reviewed: R,
} as const;
const S_INFOBIP = {
  title: 'Infobip Docs: SMS coverage and connectivity, Iran (read in a compiled copy)',
  url: 'https://www.infobip.com/docs/essentials/getting-started/sms-coverage-and-connectivity',
  kind: 'secondary', reviewed: R,
} as const;
const S_CRC = {
  title: 'Communications Regulatory Commission (Iran) resolutions on bulk advertising SMS (resolution 270: no bulk SMS without the subscriber\'s permission; *800# opt-out; «لغو ۱۱» in informational SMS from service numbers), as reported quoting the CRA',
  kind: 'regulator', reviewed: R,
} as const;
const S_ASRIRAN = {
  title: 'Asriran (from Khabaronline, quoting the CRA): Sending advertising SMS without the subscriber\'s permission is prohibited',
  url: 'https://www.asriran.com/fa/news/1061240',
  kind: 'secondary', published: '2025-05-19', reviewed: R,
} as const;
const S_HAMSHAHRI = {
  title: 'Hamshahri Online: CRA consumer-protection director on «لغو ۱۱» (send 11 to stop) and 12 to subscribe again to service-number SMS',
  url: 'https://hamshahrionline.ir/amp/705344',
  kind: 'secondary', reviewed: R,
} as const;
const S_MARDOMSALARI = {
  title: 'Mardomsalari (from ISNA): Managing advertising SMS made possible (CRA: 11 cancels, 12 re-subscribes)',
  url: 'https://mardomsalari.ir/news/174338',
  kind: 'secondary', published: '2022-09-12', reviewed: R,
} as const;
const S_GADGETNEWS = {
  title: 'Gadgetnews: Sending promotional SMS without subscribers\' consent is prohibited (CRC resolution, CRA deputy)',
  url: 'https://gadgetnews.net/991159/sending-promotional-sms-messages-without-the-consent-of-subscribers-is-prohibited',
  kind: 'secondary', reviewed: R,
} as const;
const S_TOSEEIRANI = {
  title: 'Tosee Irani (from IRNA): blocking of bulk advertising SMS senders; CRC resolution 270',
  url: 'https://toseeirani.ir/بخش-شهرنوشت-5/41866-بلاتکلیفی-روند-مسدودسازی-پیامک-های-تبلیغاتی-انبوه-مزاحم',
  kind: 'secondary', reviewed: R,
} as const;
const S_SMSFA = {
  title: 'SMSFa: Sending SMS to subscribers who blocked advertising SMS (*800#) is prohibited',
  url: 'https://smsfa.ir/send-sms-to-blacklist/',
  kind: 'provider', reviewed: R,
} as const;

const TWILIO_STOPPED = 'A compiled copy of a later version of Twilio\'s page (secondary) says Twilio stopped all SMS delivery to Iran on 15 March 2025.';

export const IR: CountryRules = /* @__PURE__ */ region({
  country: 'IR',
  name: 'Iran',
  reviewed: R,
  timeZones: ['Asia/Tehran'],
  languages: ['fa'],
  senders: {
    'toll-free': { supported: TOLL_FREE_VOICE_ONLY },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW_PAGE, S_TW, S_BIRD],
        note: 'Twilio, the only major-provider page, marks unregistered names as not supported by the operators (the later version read in a compiled copy says the same). The Bird section of a compiled copy (secondary) says every Iranian network requires registration; the Infobip section (secondary) says only MCI and MTN Irancell, the two largest networks, require it.',
      },
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: true,
        sources: [S_TW_PAGE, S_TW, S_BIRD, S_INFOBIP],
        note: `Twilio marks registered names as required by the operators, i.e. accepted once registered (the later version adds: no split between international and domestic traffic). ${TWILIO_STOPPED}`,
      },
      registration: {
        value: 'required',
        sources: [S_TW_PAGE, S_TW, S_BIRD, S_INFOBIP],
        note: 'Twilio: registration required by the operators. The Infobip section of a compiled copy (secondary): needed on MCI and MTN Irancell; on MCI names are case-sensitive and generic names are refused.',
      },
      programme: 'ir.sender-id',
      twoWay: ALPHA_ONE_WAY,
      leadTime: {
        value: { minDays: 14, maxDays: 14 },
        sources: [S_TW_PAGE],
        note: 'Twilio\'s stored page: 2 weeks. The Infobip section of a compiled copy (secondary) says up to 10 days; it does not override.',
      },
    },
    'local-long-code': {
      supported: {
        value: false,
        sources: [S_TW_PAGE, S_TW],
        note: 'Twilio marks domestic long codes as not supported by the operators (stored page and the later version alike). Iranian news and local SMS panels describe domestic numeric "service numbers" used by licensed local senders; those sources are secondary or minor and do not override.',
      },
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW_PAGE, S_TW],
        note: 'Twilio marks foreign numbers as not supported by the operators (stored page and the later version alike); the Infobip section of a compiled copy (secondary) delivers names only.',
      },
    },
    'short-code': {
      supported: { value: false, sources: [S_TW_PAGE, S_TW], note: 'Twilio marks short codes as not supported by the operators (stored page and the later version alike).' },
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_CRC, S_ASRIRAN, S_GADGETNEWS, S_TOSEEIRANI],
      note: 'A CRC resolution forbids bulk advertising SMS without the subscriber\'s prior permission; subscribers can also block advertising SMS per operator with *800#. Read only as reported by the news quoting the CRA.',
    },
    laws: {
      value: ['Communications Regulatory Commission resolutions on bulk and advertising SMS (incl. resolution 270)'],
      sources: [S_CRC, S_TOSEEIRANI],
    },
  },
  optOut: {
    keywords: {
      value: ['11'],
      sources: [S_CRC, S_ASRIRAN],
      note: 'Replying 11 to a service number stops its messages; 12 subscribes again.',
    },
    optInKeywords: {
      value: ['12'],
      sources: [S_CRC, S_HAMSHAHRI, S_MARDOMSALARI],
      note: 'The CRA official quoted in the press says a subscriber who stopped a service number (club or store information messages) can send 12 to the same number to receive them again. Read only through news reports quoting the regulator.',
    },
    marketingInstructions: {
      value: 'required',
      sources: [S_CRC, S_ASRIRAN],
      note: 'Informational and club messages from service numbers must end with «لغو ۱۱».',
    },
    wording: { value: 'End the message with «لغو ۱۱» (cancel: send 11).', sources: [S_CRC, S_ASRIRAN] },
  },
  registrations: [
    {
      id: 'ir.sender-id',
      name: 'Sender ID registration (MCI, MTN Irancell)',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Register the sender name with the operators through your provider before sending; MCI treats names as case-sensitive and refuses generic names (Infobip, read in a compiled copy).',
      leadTime: { minDays: 14, maxDays: 14 },
      sources: [S_TW_PAGE, S_TW, S_BIRD, S_INFOBIP],
    },
  ],
  content: {
    value: [
      { id: 'content.ir.gambling', topic: 'gambling', restriction: 'prohibited', text: 'No gambling or betting content.', sources: [S_TW_PAGE, S_INFOBIP] },
      { id: 'content.ir.adult', topic: 'sex', restriction: 'prohibited', text: 'No adult content.', sources: [S_TW_PAGE, S_INFOBIP] },
      {
        id: 'content.ir.financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'Loan, crypto and forex messages are likely to be blocked by the operators (Infobip, read in a compiled copy; nothing better speaks).',
        sources: [S_INFOBIP],
      },
    ],
    sources: [S_TW_PAGE, S_INFOBIP],
  },
  obligations: [
    {
      id: 'consent.ir.advertising-permission',
      category: 'consent',
      level: 'required',
      text: 'Send bulk advertising SMS only to subscribers who gave you prior permission, and never to subscribers who blocked advertising SMS with *800#.',
      useCases: ['marketing', 'mixed'],
      sources: [S_CRC, S_ASRIRAN, S_GADGETNEWS, S_SMSFA],
    },
    {
      id: 'opt-out.ir.cancel-11',
      category: 'opt-out',
      level: 'required',
      text: 'End informational and customer-club messages sent from an Iranian service number with «لغو ۱۱», so recipients can stop them by replying 11.',
      senderTypes: ['short-code', 'local-long-code'],
      check: { kind: 'contains', text: 'لغو ۱۱' },
      sources: [S_CRC, S_ASRIRAN],
    },
  ],
});
