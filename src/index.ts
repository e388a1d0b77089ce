/**
 * `sendright`: offline answers to the questions before texting a customer:
 * A2P or P2P, which sender, and what compliance demands, per destination.
 * Functions here are bound to the full rules table and parse phone numbers
 * with libphonenumber-js (`max` metadata).
 *
 * @example
 * ```ts
 * import { classifyTraffic, recommendSender, complianceChecklist } from 'sendright';
 * classifyTraffic({ to: '+14155552671', origin: 'agent' }).traffic;
 * //=> 'A2P'
 * ```
 * @module sendright
 */
import metadata from 'libphonenumber-js/max/metadata';
import { classifyTraffic as classifyTrafficWith } from './classifyTraffic/classifyTraffic';
import type { ClassifyTrafficInput, ClassifyTrafficResult } from './classifyTraffic/classifyTraffic';
import { complianceChecklist as complianceChecklistWith } from './complianceChecklist/complianceChecklist';
import type { ComplianceChecklistInput, ComplianceChecklistResult } from './complianceChecklist/complianceChecklist';
import { getCountryRules as getCountryRulesWith } from './getCountryRules/getCountryRules';
import { listChanges as listChangesWith } from './listChanges/listChanges';
import type { ListChangesOptions, ListChangesResult } from './listChanges/listChanges';
import { createPhoneResolver } from './_lib/phone';
import { lazyTable, type RowBuilders, type RulesTable } from './_lib/table';
import { recommendSender as recommendSenderWith } from './recommendSender/recommendSender';
import { sendWindow as sendWindowWith } from './sendWindow/sendWindow';
import type { SendWindowInput, SendWindowResult } from './sendWindow/sendWindow';
import type { RecommendSenderInput, RecommendSenderResult } from './recommendSender/recommendSender';
import { DATA_AS_OF, FULL_ROWS, REPLY_ROWS, TRAFFIC_ROWS, WINDOW_ROWS } from './rules/table/lazy';
import { classifyReply as classifyReplyWith } from './classifyReply/classifyReply';
import { checkMessage as checkMessageWith } from './checkMessage/checkMessage';
import { preflight as preflightWith } from './preflight/preflight';
import type { PreflightInput, PreflightResult } from './preflight/preflight';
import type { CheckMessageInput, CheckMessageResult } from './checkMessage/checkMessage';
import type { ClassifyReplyInput, ClassifyReplyResult } from './classifyReply/classifyReply';
import type { CountryRules, IsoDate } from './rules/types';
import type { RegionCode } from './types';

// The default table builds each row when it is first asked for, so importing
// sendright builds nothing. classifyTraffic and sendWindow read only a few facts
// per row; bound to rows holding just those facts, a bundle that imports one of
// them alone does not carry the rest of the table. A test checks that they
// answer exactly as with the full rows.

let fullTable: RulesTable | undefined;
let trafficTable: RulesTable | undefined;
let windowTable: RulesTable | undefined;
let replyTable: RulesTable | undefined;

function bind(rows: RowBuilders): RulesTable {
  return lazyTable(rows, DATA_AS_OF, createPhoneResolver(metadata));
}

/** The full rules table with the phone resolver. */
function defaultTable(): RulesTable {
  fullTable ??= bind(FULL_ROWS);
  return fullTable;
}

/** The rows with the facts classifyTraffic reads. */
function trafficRows(): RulesTable {
  trafficTable ??= bind(TRAFFIC_ROWS);
  return trafficTable;
}

/** The rows with the facts sendWindow reads. */
function windowRows(): RulesTable {
  windowTable ??= bind(WINDOW_ROWS);
  return windowTable;
}

/** The rows with the facts classifyReply reads. */
function replyRows(): RulesTable {
  replyTable ??= bind(REPLY_ROWS);
  return replyTable;
}

/**
 * The date the rules table is current as of: the latest review date of any country row.
 *
 * @example
 * ```ts
 * dataAsOf;
 * //=> '2026-11-23'
 * ```
 * @category Data
 */
export const dataAsOf: IsoDate = DATA_AS_OF;

/**
 * Tells whether traffic is A2P or P2P in the destination country, and which rule decided it.
 * See `classifyTraffic` in `sendright/core` for the rules applied.
 *
 * @param input - destination (`to` or `country`), `origin`, and optional signals
 * @returns `{ traffic, ctiaClass, regime, flags, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * classifyTraffic({ country: 'US', origin: 'agent', useCase: 'customer-care' }).traffic;
 * //=> 'A2P'
 * classifyTraffic({ country: 'GB', origin: 'proxy', useCase: 'conversational' }).traffic;
 * //=> 'P2P'
 * ```
 * @category Functions
 */
export function classifyTraffic(input: ClassifyTrafficInput): ClassifyTrafficResult {
  return classifyTrafficWith(input, trafficRows());
}

/**
 * Ranks the sender types for a destination and use case; excluded types carry a code and why.
 *
 * @param input - destination, `useCase`, and optional `twoWay`, `messagesPerDay`, `brandDisplay`, `launchWithinDays`
 * @returns `{ options, excluded, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * recommendSender({ country: 'CA', useCase: 'otp' }).excluded.map((e) => e.type);
 * //=> includes 'alphanumeric'
 * ```
 * @category Functions
 */
export function recommendSender(input: RecommendSenderInput): RecommendSenderResult {
  return recommendSenderWith(input, defaultTable());
}

/**
 * Lists what must be done to stay compliant for a destination, use case and optional sender type.
 *
 * @param input - destination, `useCase`, optional `senderType`
 * @returns `{ items, reasons, country, status, date }`, required items first
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * complianceChecklist({ country: 'US', useCase: 'marketing' }).items[0].level;
 * //=> 'required'
 * ```
 * @category Functions
 */
export function complianceChecklist(input: ComplianceChecklistInput): ComplianceChecklistResult {
  return complianceChecklistWith(input, defaultTable());
}

/**
 * Tells whether a message may go to a recipient now (or at `at`) under the
 * destination's time rules (quiet hours, days, public holidays), in the
 * recipient's local time, and when sending next becomes allowed.
 *
 * The recipient's zone comes from `timeZone` if given, else from the number's
 * prefix (NANP area codes included), else from the country. When several zones
 * are possible, the answer is the one that is safe in all of them.
 *
 * @param input - destination, `useCase`, optional `at` (defaults to now), `timeZone`, `businessHours`, `level`
 * @returns `{ allowed, timeZone, timeZones, localTime, nextAllowedAt, rules, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * const w = sendWindow({ to: '+33612345678', useCase: 'marketing', at: '2026-12-25T10:00:00Z' });
 * w.allowed;       //=> false (Christmas Day)
 * w.nextAllowedAt; //=> '2026-12-28T07:00:00.000Z' (26 Dec is closed in Alsace-Moselle, 27 Dec is a Sunday)
 * ```
 * @category Functions
 */
export function sendWindow(input: SendWindowInput): SendWindowResult {
  return sendWindowWith(input, windowRows());
}

/**
 * Returns the typed rules row for a country. Every region libphonenumber-js knows has a researched row; facts the sources do not establish are `unknown`.
 *
 * @param country - ISO 3166-1 alpha-2 code, case-insensitive
 * @returns the rules row
 * @throws SendrightError `INVALID_COUNTRY`
 * @example
 * ```ts
 * getCountryRules('us').status;
 * //=> 'researched'
 * ```
 * @category Functions
 */
export function getCountryRules(country: RegionCode): CountryRules {
  return getCountryRulesWith(country, defaultTable());
}

/**
 * Lists dated changes in a country's rules from a given day.
 *
 * @param country - ISO 3166-1 alpha-2 code, case-insensitive
 * @param options - `from`: first day to list (default today)
 * @returns the changes, earliest first
 * @throws SendrightError `INVALID_COUNTRY` or `INVALID_DATE`
 * @example
 * ```ts
 * listChanges('ES', { from: '2026-01-01' }).changes[0].date;
 * //=> '2026-06-07'
 * ```
 * @category Functions
 */
export function listChanges(country: RegionCode, options?: ListChangesOptions): ListChangesResult {
  return listChangesWith(country, defaultTable(), options);
}

/**
 * Reads an inbound reply: an opt-out, an opt-in, a help request, or none of
 * them, by the destination country's keywords (local languages included where
 * the sources name them).
 *
 * - Case, accents on Latin letters, surrounding spaces, punctuation and emoji
 *   are ignored: `stop!`, ` Stop `, `STOP 🙏` and `arrêt` all match.
 * - A reply that is exactly a keyword of the country is `exact`. Where the
 *   country's keywords are not in the sources, or the reply is an English
 *   keyword a major provider acts on everywhere, it is `likely`.
 * - An opt-out keyword inside a short reply (up to 20 words), such as
 *   "Stop texting me please", is a `likely` opt-out. In the US, 47 CFR
 *   64.1200(a)(10) (from 2025-04-11) makes it a revocation, as is any wording a
 *   reasonable person reads as one ("remove me", "no more texts"); `honourBy`
 *   gives the last day to honour it (10 business days) and `scope` says whether
 *   it stops the kind of messages replied to or, from 2027-01-31, all of them.
 * - Ambiguity is reported, not guessed: a negated keyword ("Don't stop the
 *   reminders") or one in a phrase where it means something else ("stop by",
 *   "cancel my appointment") gives `intent: null` with a `reply.negated` or
 *   `reply.other-meaning` reason, and replies over 20 words give `reply.long`.
 *   Have a person read those.
 *
 * @param input - `text`, destination (`to` or `country`), optional `at` (when the reply came; defaults to now)
 * @returns `{ intent, confidence, keyword, honourBy, scope, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * const r = classifyReply({ text: 'Stop texting me please', country: 'US', at: '2026-12-07T15:00:00Z' });
 * r.intent;     //=> 'opt-out'
 * r.confidence; //=> 'likely'
 * r.honourBy;   //=> '2026-12-21'
 * classifyReply({ text: "Don't stop the reminders", country: 'US' }).intent;
 * //=> null
 * classifyReply({ text: 'arrêt', country: 'CA' }).intent;
 * //=> 'opt-out'
 * ```
 * @category Functions
 */
export function classifyReply(input: ClassifyReplyInput): ClassifyReplyResult {
  return classifyReplyWith(input, replyRows());
}

/**
 * Checks a message's text against the destination's rules for its use case
 * and, when given, its sender type. Each finding is `{ id, level, certainty,
 * text, sources, span? }`; a message that breaks nothing returns no findings.
 *
 * - **Duties the text can show**, from the rules table: a required prefix
 *   (South Korea's exact `(광고)`; look-alikes such as `[광고]` or `(광 고)` are
 *   findings too), the sender's name (pass `brand`), contact details, opt-out
 *   instructions in the country's wording (a free `080` number in South Korea,
 *   STOP in France), China's 【brand】 signature, and a registered template
 *   (India's DLT, China; pass `templates`, with `{#var#}` for variable parts).
 *   Duties that need `brand` or `templates` and did not get them are listed in
 *   `unchecked`.
 * - **Content**: words that suggest a prohibited or restricted topic of the
 *   country (cannabis, alcohol, firearms, tobacco, gambling, high-risk
 *   lending, adult, drugs, political, religious). This is an English keyword
 *   heuristic: such findings are `likely`, and say so. Public URL shorteners
 *   (bit.ly, tinyurl.com and the like) are found exactly; a brand's own short
 *   domain is fine.
 * - **The text's own form**: unfilled template variables (`{{name}}`,
 *   `%FIRST_NAME%`, `[NAME]`…), more segments than `maxSegments` (default 3),
 *   and characters that push it into UCS-2 where a GSM-7 look-alike exists.
 *
 * @param input - `text`, destination (`to` or `country`), `useCase`, optional `senderType`, `brand`, `templates`, `maxSegments`, `at`
 * @returns `{ findings, segments, unchecked, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * const r = checkMessage({ text: '[광고] 봄 세일 20% 할인', country: 'KR', useCase: 'marketing', brand: '가나다' });
 * r.findings[0].id;   //=> 'identification.kr.advertising-prefix'
 * r.findings[0].span; //=> { start: 0, end: 4 }
 * checkMessage({ text: 'Acme: your order has shipped. Reply STOP to opt out.', country: 'US', useCase: 'transactional', brand: 'Acme' }).findings;
 * //=> []
 * ```
 * @category Functions
 */
export function checkMessage(input: CheckMessageInput): CheckMessageResult {
  return checkMessageWith(input, defaultTable());
}

/**
 * The one call a backend needs before it sends: may this message go to this
 * person, from this sender, now? It combines `classifyTraffic`,
 * `recommendSender`, `sendWindow` and, with `text`, `checkMessage`, and checks
 * the consent you hold against the country's rule.
 *
 * - `block`: a required rule is broken and waiting will not fix it (an
 *   alphanumeric sender to the US, A2P on an unregistered US long code,
 *   marketing without the consent the country requires, a registration you
 *   say is missing, a required message finding such as prohibited content or
 *   Korean advertising without `(광고)`).
 * - `hold`: only time stands in the way (quiet hours, a closed day, a public
 *   holiday); `nextAllowedAt` says when.
 * - `send`: nothing required is broken; recommended and best-practice
 *   problems are still listed.
 *
 * Each problem is `{ id, level, code, text, sources, fix }`. With no `sender`,
 * the best recommended sender is assumed and named; with no `text`, the message
 * checks are skipped; with no `consent`, consent is not checked; the reasons say
 * so. A verdict that rests on facts the sources leave open says which
 * (`preflight.unknown`).
 *
 * Answers for the same country, day and input share what does not depend on
 * the instant, the number or the text (`traffic`, `sender`, each problem and
 * reason object), which is frozen; the time verdict is kept per UTC minute.
 *
 * @param input - destination, `useCase`, `origin`, and optional `sender`, `text`, `brand`, `templates`, `consent`, `at`, `timeZone`, `region` and volume signals
 * @returns `{ verdict, problems, nextAllowedAt, traffic, sender, window, message?, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * preflight({ country: 'US', useCase: 'otp', origin: 'application', sender: { type: 'alphanumeric' } }).verdict;
 * //=> 'block'
 * const late = preflight({ to: '+33612345678', useCase: 'marketing', origin: 'application', at: '2026-12-07T22:30:00Z' });
 * late.verdict;       //=> 'hold'
 * late.nextAllowedAt; //=> '2026-12-08T07:00:00.000Z'
 * ```
 * @category Functions
 */
export function preflight(input: PreflightInput): PreflightResult {
  return preflightWith(input, defaultTable());
}

export { SendrightError, isSendrightError } from './_lib/errors';
export type { SendrightErrorCode } from './_lib/errors';
export { USE_CASES, SENDER_TYPES, ORIGINS } from './_lib/input';
export { countSegments } from './countSegments/countSegments';
export type { CharacterAt, CountSegmentsOptions, Replacement, SegmentCount, SmsEncoding } from './countSegments/countSegments';
export type { ClassifyReplyInput, ClassifyReplyResult, ReplyConfidence, ReplyIntent } from './classifyReply/classifyReply';
export type { CheckMessageInput, CheckMessageResult, FindingCertainty, MessageFinding, TextSpan, UncheckedDuty } from './checkMessage/checkMessage';
export type { HeldConsent, IntendedSender, PreflightCode, PreflightInput, PreflightProblem, PreflightResult, PreflightSender, Verdict } from './preflight/preflight';
export type { ClassifyTrafficInput, ClassifyTrafficResult, CtiaTrafficClass, TrafficClass, TrafficFlag } from './classifyTraffic/classifyTraffic';
export type { CategoryRef, ExcludedSender, ExclusionCode, OptionRestriction, ProgrammeRef, RecommendSenderInput, RecommendSenderResult, SenderOption } from './recommendSender/recommendSender';
export type { ChecklistItem, ComplianceChecklistInput, ComplianceChecklistResult } from './complianceChecklist/complianceChecklist';
export type { AppliedTimeRule, SendWindowInput, SendWindowResult } from './sendWindow/sendWindow';
export type { ListChangesOptions, ListChangesResult, RuleChange } from './listChanges/listChanges';
export type * from './types';
export type * from './rules/types';
