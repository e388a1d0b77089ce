import { region } from '../brief';
import { ALPHA_ONE_WAY, S_AWS_ASIA, TOLL_FREE_VOICE_ONLY } from '../sources';
import type { CountryRules } from '../types';

// China. Re-audited 2026-12-06: the Twilio page (its first part and compliance
// text read on the stored page; its sender tables read through a word-for-word
// copy in a compiled GitHub collection that names the page's address and
// matches the stored part, so cited at the page's own address as a provider
// page, policy section 5; the Bird and Infobip China sections in the same
// compilation name no address of their own and stay secondary), the
// Twilio template-whitelisting article, Mapp, Alibaba Cloud's signature rules,
// and the law: Advertising Law Art. 43 and Consumer Rights Protection Law
// Art. 29 (read in the LawRefBook reproduction). The MIIT Provisions on the
// Administration of Short Message Services (2015, revised in force from
// 2026-05-01) could not be read in any official or faithful copy and are
// named only. The AWS Asia table was not re-read (facts from it keep the
// 2026-11-23 reading).
const R = '2026-12-06' as const;
const OLD = '2026-11-23' as const;
const LAWREF = 'https://github.com/LawRefBook/Laws/blob/2f4c5c23716267af9dbebbbbd6cbbf732b101981/';
const S_TW = { title: 'Twilio SMS Guidelines: China', url: 'https://www.twilio.com/en-us/guidelines/cn/sms', kind: 'provider', reviewed: R } as const;
const S_TW_TABLE = { title: 'Twilio SMS Guidelines: China, sender tables (operator and Twilio rows) (read in a verbatim copy)', url: 'https://www.twilio.com/en-us/guidelines/cn/sms', kind: 'provider', reviewed: R } as const;
const S_TW_TEMPLATE = { title: 'Twilio Help: China SMS Template Whitelisting', url: 'https://support.twilio.com/hc/en-us/articles/360016612253-China-SMS-Template-Whitelisting', kind: 'provider', reviewed: R } as const;
const S_INFOBIP = { title: 'Infobip: International SMS coverage and connectivity, China section, read in a stored compiled copy', url: 'https://www.infobip.com/docs/sms/international-sms-coverage-and-connectivity', kind: 'secondary', reviewed: R } as const;
const S_BIRD = { title: 'Bird: SMS country information, China section, read in a stored compiled copy', url: 'https://docs.bird.com/applications/channels/channels/supported-channels/sms/concepts/choosing-the-right-senders', kind: 'secondary', reviewed: R } as const;
const S_MAPP = { title: 'Mapp Documentation: China', url: 'https://docs.mapp.com/docs/china.md', kind: 'provider', published: '2026-01-14', updated: '2026-01-14', reviewed: R } as const;
const S_ALIYUN_SIGN = { title: 'Alibaba Cloud Short Message Service: Signature specifications (Chinese mainland)', url: 'https://alibabacloud.com/help/tc/sms/user-guide/sms-signature', kind: 'provider', updated: '2024-07-13', reviewed: R } as const;
const S_AWS_REG = { title: 'AWS End User Messaging SMS: Registration forms', url: 'https://docs.aws.amazon.com/sms-voice/latest/userguide/registrations-country.html', kind: 'provider', reviewed: OLD } as const;
const S_TW_VERIFY = { title: 'Twilio Docs: Verify Countries and Regions Deliverability', url: 'https://www.twilio.com/docs/verify/verify-countries-and-regions-deliverability', kind: 'provider', reviewed: OLD } as const;
const S_TENCENT_UNSUB = { title: 'Tencent Cloud SMS: Managing unsubscribed users (replies such as TD, T or N unsubscribe)', url: 'https://intl.cloud.tencent.com/document/product/382/35474', kind: 'provider', reviewed: R } as const;
const S_HUAWEI_UNSUB = { title: 'Huawei Cloud MSGSMS FAQ: A reply of "R" put the number on the unsubscribe blacklist; how to restore it?', url: 'https://support.huaweicloud.com/msgsms_faq/sms_faq_0110.html', kind: 'provider', updated: '2024-01-11', reviewed: R } as const;
const S_COMMZGATE = { title: 'CommzGate Support: Restrictions for MT SMS to China', url: 'https://support.commzgate.com/hc/en-us/articles/360000110781-Restrictions-for-MT-SMS-to-China', kind: 'provider', reviewed: R } as const;
const S_AD_LAW = {
  title: 'Advertising Law of the People\'s Republic of China (2021 amendment), Article 43 (LawRefBook reproduction)',
  url: `${LAWREF}%E7%BB%8F%E6%B5%8E%E6%B3%95/%E5%B9%BF%E5%91%8A%E6%B3%95%282021-04-29%29.md`,
  kind: 'law', updated: '2021-04-29', reviewed: R,
} as const;
const S_CONSUMER_LAW = {
  title: 'Law of the People\'s Republic of China on the Protection of Consumer Rights and Interests (2013), Article 29 (LawRefBook reproduction)',
  url: `${LAWREF}%E6%B0%91%E6%B3%95%E5%95%86%E6%B3%95/%E6%B6%88%E8%B4%B9%E8%80%85%E6%9D%83%E7%9B%8A%E4%BF%9D%E6%8A%A4%E6%B3%95%282013-10-25%29.md`,
  kind: 'law', updated: '2013-10-25', reviewed: R,
} as const;
const S_PIPL = {
  title: 'Personal Information Protection Law of the People\'s Republic of China (2021) (LawRefBook reproduction)',
  url: `${LAWREF}%E8%A1%8C%E6%94%BF%E6%B3%95/%E4%B8%AA%E4%BA%BA%E4%BF%A1%E6%81%AF%E4%BF%9D%E6%8A%A4%E6%B3%95%282021-08-20%29.md`,
  kind: 'law', updated: '2021-08-20', reviewed: R,
} as const;

const ADS = ['marketing', 'mixed'] as const;

export const CN: CountryRules = /* @__PURE__ */ region({
  country: 'CN',
  name: 'China',
  reviewed: R,
  timeZones: ['Asia/Shanghai'],
  languages: ['zh'],
  senders: {
    'toll-free': {
      supported: TOLL_FREE_VOICE_ONLY,
    },
    'alphanumeric-dynamic': {
      supported: {
        value: false,
        sources: [S_TW_TABLE, S_MAPP, S_INFOBIP],
        note: 'Twilio marks unregistered names as not supported by operators; Mapp says names need pre-registration and regulatory approval; Infobip says every sender is rewritten to a 106 number.',
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
      ],
      twoWay: ALPHA_ONE_WAY,
    },
    'alphanumeric-preregistered': {
      supported: {
        value: 'restricted',
        sources: [S_TW_TABLE, S_MAPP, S_BIRD, S_INFOBIP],
        note: 'Twilio marks domestic pre-registration as supported by operators and international pre-registration as not supported; Mapp and Bird accept registered names; all say the name is replaced by a local number.',
      },
      restriction: {
        text: 'Only a name registered through a domestic (Chinese) registration is accepted, and operators replace it with a local 106 number: recipients see the sender only through the signature in the text. Traffic may be blocked without notice even when registered.',
        sources: [S_TW_TABLE, S_MAPP, S_INFOBIP],
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: false, sources: [S_AWS_ASIA] },
      ],
      registration: { value: 'required', sources: [S_MAPP, S_BIRD, S_INFOBIP] },
      programme: 'cn.template',
      twoWay: ALPHA_ONE_WAY,
      senderIdPreserved: { value: false, sources: [S_TW_TABLE, S_MAPP, S_BIRD] },
    },
    'local-long-code': {
      supported: {
        value: false,
        note: 'Twilio\'s page (read through a verbatim copy) marks domestic long codes as not supported by operators, the only major-provider page that speaks to the operators; Mapp (other provider) says numeric senders are not accepted on any of the three networks. Operators deliver all A2P traffic from operator-assigned 106 port numbers whatever the sender (Mapp; Infobip), and Infobip offers two-way SMS on such numbers, but only a copy of its page was read (secondary). AWS and Bird sell no Chinese long codes.',
        sources: [S_TW_TABLE, S_MAPP, S_INFOBIP, S_BIRD],
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
      ],
    },
    'international-long-code': {
      supported: {
        value: false,
        sources: [S_TW_TABLE, S_BIRD, S_MAPP, S_INFOBIP],
        note: 'Twilio\'s operator row (read in a verbatim copy) marks foreign numbers as not supported by the operators on every network, and decides. Twilio still sells them, best effort, but the number is never shown: Mapp (other provider) and the Bird and Infobip sections of a compiled copy (secondary) say the sender is replaced by a local number. The replacement is the providers\' workaround, not operator acceptance. Messages sent that way still need approved signatures and templates (see cn.template) and may be blocked without notice.',
      },
      offers: [
        { provider: 'twilio', offered: true, twoWay: false, sources: [S_TW, S_TW_TABLE] },
      ],
      senderIdPreserved: { value: false, sources: [S_MAPP, S_BIRD, S_INFOBIP] },
    },
    'short-code': {
      supported: {
        value: 'unknown',
        note: 'Twilio\'s page (read through a verbatim copy) marks short codes as not supported by operators, while AWS (product table, read 2026-11-23) sells two-way short codes for China, so the major-provider pages split one to one and no majority says the operators refuse them; Mapp (other provider) lists no short codes on the three networks, but a false needs a law, regulator, carrier or a major-provider majority. Bird (copy only) sells none.',
        sources: [S_TW_TABLE, S_MAPP, S_AWS_ASIA, S_BIRD],
      },
      offers: [
        { provider: 'twilio', offered: false, sources: [S_TW_TABLE] },
        { provider: 'aws', offered: true, twoWay: true, sources: [S_AWS_ASIA] },
      ],
    },
  },
  consent: {
    marketing: {
      value: 'express',
      sources: [S_AD_LAW, S_CONSUMER_LAW],
      note: 'Advertising by electronic message needs the recipient\'s consent or request (Advertising Law Art. 43); no commercial message without consent or request, or after a refusal (Consumer Rights Protection Law Art. 29). The MIIT SMS Provisions, revised from 2026-05-01, reportedly also require explicit consent; their text was not read.',
    },
    laws: {
      value: [
        'Advertising Law of the People\'s Republic of China, Article 43',
        'Law of the People\'s Republic of China on the Protection of Consumer Rights and Interests, Article 29',
        'Provisions on the Administration of Short Message Services for Communications (MIIT)',
      ],
      sources: [S_AD_LAW, S_CONSUMER_LAW],
      note: 'The MIIT Provisions are named only; their text was not read.',
    },
  },
  optOut: {
    keywords: {
      value: ['T', 'TD', 'N', 'R'],
      sources: [S_TENCENT_UNSUB, S_HUAWEI_UNSUB, S_COMMZGATE, S_INFOBIP],
      note: 'Practice of domestic SMS platforms, not a named legal list: Tencent Cloud treats replies such as TD, T or N as unsubscribes; Huawei Cloud requires promotional templates to offer and honours a reply of R; CommzGate appends a "reply T" line to marketing messages and Infobip (read only in a copy) a "reply R to refuse" line. The law requires an easy way to refuse but names no keyword. The unsubscribe is recorded per signature (and, at Tencent, per message type).',
    },
    marketingInstructions: { value: 'required', sources: [S_AD_LAW], note: 'Advertising Law Art. 43: tell the recipient how to refuse further messages.' },
    wording: {
      value: 'A short refusal line at the end, commonly "拒收请回复R" (reply R to refuse); Infobip adds it by default.',
      sources: [S_INFOBIP],
      note: 'Only a copy of the Infobip page was read; no better source gives the wording.',
    },
    deadline: { value: 'Stop sending commercial messages once the recipient refuses.', sources: [S_CONSUMER_LAW] },
  },
  registrations: [
    {
      id: 'cn.template',
      name: 'Signature and message template registration',
      senderKinds: ['alphanumeric-preregistered'],
      level: 'required',
      text: 'Have the signature (matching the company, trademark, app or ICP filing) and each message template approved before sending to China; unapproved content is blocked.',
      sources: [S_TW_TEMPLATE, S_TW_VERIFY, S_AWS_REG, S_INFOBIP],
    },
  ],
  content: {
    value: [
      { id: 'content.cn.urls', topic: 'other', restriction: 'prohibited', text: 'No URLs in the message body.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.cn.political', topic: 'political', restriction: 'prohibited', text: 'No political content.', sources: [S_TW, S_INFOBIP] },
      { id: 'content.cn.sex', topic: 'sex', restriction: 'prohibited', text: 'No pornographic content.', sources: [S_TW, S_INFOBIP] },
      {
        id: 'content.cn.financial',
        topic: 'high-risk-financial',
        restriction: 'prohibited',
        text: 'No finance-related content: bank or insurance marketing, loans, credit cards, securities, futures, gold or crypto.',
        sources: [S_TW, S_INFOBIP],
      },
      { id: 'content.cn.illegal', topic: 'other', restriction: 'prohibited', text: 'No illegal or fraudulent content.', sources: [S_TW] },
      {
        id: 'content.cn.mlm-property-surveys',
        topic: 'other',
        restriction: 'prohibited',
        text: 'No multi-level marketing, property marketing or survey messages.',
        sources: [S_MAPP],
      },
      {
        id: 'content.cn.marketing-topics',
        topic: 'other',
        restriction: 'prohibited',
        useCases: ['marketing', 'mixed'],
        text: 'No marketing about real estate, stocks, loans, investment, education, immigration, gambling, alcohol, tobacco or certain health products.',
        sources: [S_INFOBIP],
      },
    ],
    sources: [S_TW, S_MAPP, S_INFOBIP],
  },
  dataProtection: { value: ['Personal Information Protection Law of the People\'s Republic of China'], sources: [S_PIPL] },
  obligations: [
    {
      id: 'identification.cn.signature',
      category: 'identification',
      level: 'required',
      text: 'Carry the approved signature (company, trademark, app or website name) in 【】 at the start of every message.',
      check: { kind: 'signature', open: '【', close: '】' },
      sources: [S_ALIYUN_SIGN, S_INFOBIP, S_TW_TEMPLATE, S_AD_LAW],
    },
    {
      id: 'identification.cn.advertiser-contact',
      category: 'identification',
      level: 'required',
      text: 'State your real identity and a contact in every advertising message.',
      useCases: [...ADS],
      check: { kind: 'contact' },
      sources: [S_AD_LAW],
    },
    {
      id: 'opt-out.cn.refusal-method',
      category: 'opt-out',
      level: 'required',
      text: 'Tell the recipient in every advertising message how to refuse further messages (commonly "拒收请回复R").',
      useCases: [...ADS],
      check: { kind: 'opt-out' },
      sources: [S_AD_LAW, S_CONSUMER_LAW, S_INFOBIP],
    },
    {
      id: 'registration.cn.template-match',
      category: 'registration',
      level: 'required',
      text: 'Send only text that matches an approved template; even small deviations are delayed or blocked.',
      check: { kind: 'registered-template', programme: 'cn.template' },
      sources: [S_TW_TEMPLATE, S_INFOBIP],
    },
  ],
});
