import { describe, SendrightError } from '../_lib/errors';
import { LEVELS } from '../_lib/levels';
import { factAt, isKnown } from '../_lib/facts';
import { inputRecord, parseBoolean, parseCount, parseOrigin, parseSenderType, parseUseCase, resolveDestination, SENDER_TYPES, USE_CASES } from '../_lib/input';
import { freezeNew } from '../_lib/freeze';
import { isRecord, own, ownValue } from '../_lib/own';
import { consulted, reason } from '../_lib/reasons';
import type { RulesTable } from '../_lib/table';
import { checkMessage, type CheckMessageResult } from '../checkMessage/checkMessage';
import { classifyTraffic, type ClassifyTrafficResult } from '../classifyTraffic/classifyTraffic';
import { recommendSenderFor, type ExcludedSender, type ProgrammeRef, type SenderOption } from '../recommendSender/recommendSender';
import { MARKETING_USE_CASES } from '../rules/global';
import type { ConsentKind, CountryCode, CountryRules, IsoDate, Level, RuleSource, SenderType, UseCase } from '../rules/types';
import { windowFor, type SendWindowResult } from '../sendWindow/sendWindow';
import type { DestinationInput, Origin, Reason, ResultBase } from '../types';

/** The consent the caller holds for this recipient. */
export type HeldConsent = 'express-written' | 'express' | 'implied' | 'none';

/** The sender the caller means to use. */
export interface IntendedSender {
  /** Its type. */
  readonly type: SenderType;
  /** Whether it is registered where the country requires it (for a US long code: in an A2P 10DLC campaign); omitted when not known. */
  readonly registered?: boolean;
  /** Its number or name, for your own records; not checked. */
  readonly id?: string;
}

/** Input of {@link preflight}. */
export interface PreflightInput extends DestinationInput {
  /** What the message is for. */
  readonly useCase: UseCase;
  /** Who originates it, as for `classifyTraffic`. */
  readonly origin: Origin;
  /** The sender you mean to use; omitted: the best recommended sender is assumed and named. */
  readonly sender?: IntendedSender;
  /** The text of the message; omitted: the message checks are skipped, and the answer says so. */
  readonly text?: string;
  /** The sender's name as recipients know it, for the message checks. */
  readonly brand?: string;
  /** The registered templates, for the message checks (India's DLT, China). */
  readonly templates?: readonly string[];
  /** The consent you hold for this recipient; omitted: consent is not checked, and the answer says so. */
  readonly consent?: HeldConsent;
  /** The recipient's IANA time zone, when you know it better than the number does. */
  readonly timeZone?: string;
  /** The recipient's subdivision (ISO 3166-2, e.g. `US-FL`), when you know it. */
  readonly region?: string;
  /** Whether replies are needed. */
  readonly twoWay?: boolean;
  /** Whether software writes or triggers the messages. */
  readonly automated?: boolean;
  /** Recipients one send goes to. */
  readonly recipientsPerSend?: number;
  /** Messages per minute from one number at peak. */
  readonly messagesPerMinute?: number;
  /** Messages per day from one number. */
  readonly messagesPerDay?: number;
  /** Distinct recipients per day from one number. */
  readonly uniqueRecipientsPerDay?: number;
}

/**
 * What stands in the way, as a stable code:
 * `sender-not-accepted` (the country does not accept the sender for this traffic),
 * `sender-unknown` (the sources do not establish that it does),
 * `sender-restricted` (accepted only with limits),
 * `no-sender` (no sender type is established for this traffic),
 * `registration-missing` (a required registration you say is missing),
 * `registration-unconfirmed` (a required registration you did not confirm),
 * `p2p-route` (A2P traffic on a person-to-person route, such as an unregistered US long code),
 * `consent` (less consent than the country requires),
 * `consent-unknown` (the sources do not establish the consent rule),
 * `message` (a finding of `checkMessage`),
 * `quiet-hours` (the time rules do not allow sending now).
 */
export type PreflightCode =
  | 'sender-not-accepted'
  | 'sender-unknown'
  | 'sender-restricted'
  | 'no-sender'
  | 'registration-missing'
  | 'registration-unconfirmed'
  | 'p2p-route'
  | 'consent'
  | 'consent-unknown'
  | 'message'
  | 'quiet-hours';

/** Something that stands in the way of sending, with what to do about it. */
export interface PreflightProblem {
  /** Stable id: the rule's id where there is one (e.g. `identification.kr.advertising-prefix`), else `preflight.<code>`. */
  readonly id: string;
  /** How strongly the rule is demanded. */
  readonly level: Level;
  /** What kind of problem it is. */
  readonly code: PreflightCode;
  /** The problem in plain words. */
  readonly text: string;
  /** Where the rule comes from. */
  readonly sources: readonly RuleSource[];
  /** What to do, in one line. */
  readonly fix: string;
}

/** The sender the answer is about. */
export interface PreflightSender {
  /** Its type. */
  readonly type: SenderType;
  /** `true` when you named none and the best recommended sender was assumed. */
  readonly assumed: boolean;
  /** What `recommendSender` says of it, when it is an option. */
  readonly option: SenderOption | null;
  /** Why it does not fit, when it is excluded. */
  readonly excluded: ExcludedSender | null;
}

/**
 * `send`: nothing required is broken (recommended and best-practice problems
 * may still be listed); `hold`: only time stands in the way (`nextAllowedAt`
 * says when); `block`: a required rule is broken and waiting will not fix it.
 */
export type Verdict = 'send' | 'hold' | 'block';

/** Result of {@link preflight}. */
export interface PreflightResult extends ResultBase {
  /** The answer to act on. */
  readonly verdict: Verdict;
  /** What stands in the way, required first. */
  readonly problems: readonly PreflightProblem[];
  /** For `hold`: when sending next becomes allowed (ISO 8601, UTC); otherwise null. */
  readonly nextAllowedAt: string | null;
  /** The traffic class, as `classifyTraffic` answers. */
  readonly traffic: ClassifyTrafficResult;
  /** The sender the answer is about; null when none fits and you named none. */
  readonly sender: PreflightSender | null;
  /** The send window, as `sendWindow` answers. */
  readonly window: SendWindowResult;
  /** The message checks, as `checkMessage` answers; absent when no text was given. */
  readonly message?: CheckMessageResult;
  /** Why: the verdict, what was not checked, and the facts the sources leave open. */
  readonly reasons: readonly Reason[];
}

const CONSENT_RANK: Readonly<Record<ConsentKind | HeldConsent, number>> = { 'express-written': 3, express: 2, 'implied-or-express': 1, implied: 1, 'opt-out': 0, none: 0 };
const CONSENT_WORDS: Readonly<Record<ConsentKind, string>> = {
  'express-written': 'prior express written consent',
  express: 'express (opt-in) consent',
  'implied-or-express': 'consent, express or implied by an existing relationship',
  'opt-out': 'no prior consent (a way to refuse is enough)',
  none: 'no specific consent',
};
const HELD: readonly HeldConsent[] = ['express-written', 'express', 'implied', 'none'];

/** One line on what a sender needs registered: the programmes and, where they have them, the categories to file under. */
function registerFix(option: SenderOption): string {
  if (option.programmes.length === 0) return `Register the ${option.type} sender before sending.`;
  const names = option.programmes.map((p) => {
    const categories = own<ProgrammeRef['categories']>(p, 'categories');
    return `${p.name}${categories && categories.length > 0 ? ` (as ${categories.map((c) => `'${c.name}'`).join(' or ')})` : ''}`;
  });
  return `Register the sender: ${names.join('; ')}.`;
}

function problem(id: string, level: Level, code: PreflightCode, text: string, sources: readonly RuleSource[], fix: string): PreflightProblem {
  return { id, level, code, text, sources, fix };
}

function parseSender(value: unknown): IntendedSender | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) throw new SendrightError('INVALID_INPUT', `\`sender\` must be an object such as { type: 'local-long-code', registered: true }; got ${describe(value)}.`, 'sender');
  const type = parseSenderType(own(value, 'type'));
  if (type === undefined) throw new SendrightError('INVALID_SENDER_TYPE', '`sender.type` is required when `sender` is given.', 'sender.type');
  const registered = own(value, 'registered');
  if (registered !== undefined && typeof registered !== 'boolean') throw new SendrightError('INVALID_INPUT', `\`sender.registered\` must be true or false; got ${describe(registered)}.`, 'sender.registered');
  const id = own(value, 'id');
  if (id !== undefined && typeof id !== 'string') throw new SendrightError('INVALID_INPUT', `\`sender.id\` must be a string; got ${describe(id)}.`, 'sender.id');
  return { type, ...(registered === undefined ? {} : { registered: registered as boolean }), ...(id === undefined ? {} : { id: id as string }) };
}

/**
 * One pre-send answer for a message to a recipient, from a sender, now (or at
 * `at`): `send`, `hold` (only time stands in the way) or `block`, with every
 * problem, its level, a stable code, sources and a one-line fix. It combines
 * `classifyTraffic`, `recommendSender`, `sendWindow` and (with `text`)
 * `checkMessage`, and checks the consent you hold against the country's rule.
 * See `preflight` in `sendright` for the verdicts.
 *
 * @param input - destination, `useCase`, `origin`, and optional `sender`, `text`, `brand`, `templates`, `consent`, `at`, `timeZone`, `region` and volume signals
 * @param table - the rules table (the default entry binds the full table)
 * @returns `{ verdict, problems, nextAllowedAt, traffic, sender, window, message?, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * import { preflight, createTable } from 'sendright/core';
 * import { US } from 'sendright/rules';
 * preflight({ country: 'US', useCase: 'otp', origin: 'application', sender: { type: 'alphanumeric' } }, createTable([US])).verdict;
 * //=> 'block'
 * ```
 * @category Functions
 */
export function preflight(input: PreflightInput, table: RulesTable): PreflightResult {
  const record = inputRecord(input, 'preflight');
  // Every field is read once, as an own property, and checked before anything is answered.
  const i = record as { readonly [K in keyof PreflightInput]?: unknown };
  const useCase = parseUseCase(ownValue(i, 'useCase', i.useCase), true);
  const origin = parseOrigin(ownValue(i, 'origin', i.origin));
  const intended = parseSender(ownValue(i, 'sender', i.sender));
  const text = ownValue(i, 'text', i.text);
  if (text !== undefined && typeof text !== 'string') throw new SendrightError('INVALID_INPUT', `\`text\` must be the message as a string; got ${describe(text)}.`, 'text');
  const held = ownValue(i, 'consent', i.consent);
  if (held !== undefined && !HELD.includes(held as HeldConsent)) throw new SendrightError('INVALID_INPUT', `\`consent\` must be one of ${HELD.map((h) => `'${h}'`).join(', ')}; got ${describe(held)}.`, 'consent');
  const twoWay = parseBoolean(ownValue(i, 'twoWay', i.twoWay), 'twoWay');
  const automated = parseBoolean(ownValue(i, 'automated', i.automated), 'automated');
  const recipientsPerSend = parseCount(ownValue(i, 'recipientsPerSend', i.recipientsPerSend), 'recipientsPerSend');
  const messagesPerMinute = parseCount(ownValue(i, 'messagesPerMinute', i.messagesPerMinute), 'messagesPerMinute');
  const messagesPerDay = parseCount(ownValue(i, 'messagesPerDay', i.messagesPerDay), 'messagesPerDay');
  const uniqueRecipientsPerDay = parseCount(ownValue(i, 'uniqueRecipientsPerDay', i.uniqueRecipientsPerDay), 'uniqueRecipientsPerDay');
  const at = ownValue(i, 'at', i.at);
  // The phone number is resolved once: every part of the answer takes its country.
  const dest = resolveDestination({ to: ownValue(i, 'to', i.to), country: ownValue(i, 'country', i.country), defaultCountry: ownValue(i, 'defaultCountry', i.defaultCountry), at } as DestinationInput, table);
  const { rules, day } = dest;

  // What does not depend on the instant, the number or the text: the same for every
  // call with the same row, day and input, so kept (frozen, as answers share it).
  const fixed = fixedFor(table, dest.country, day, rules, useCase, origin, intended, held as HeldConsent | undefined, { twoWay, automated, recipientsPerSend, messagesPerMinute, messagesPerDay, uniqueRecipientsPerDay });
  const { sender } = fixed;
  /** What the message and the time add to the fixed problems and reasons. */
  const added: PreflightProblem[] = [];
  const notes: Reason[] = [];

  // The message.
  let message: CheckMessageResult | undefined;
  if (text === undefined) {
    notes.push(NO_TEXT);
  } else {
    message = checkMessage({ country: dest.country, at, text, useCase, senderType: sender?.type, brand: ownValue(i, 'brand', i.brand), templates: ownValue(i, 'templates', i.templates) } as never, table);
    for (const f of message.findings) added.push(problem(f.id, f.level, 'message', f.certainty === 'likely' ? `${f.text} (likely: a keyword or pattern suggests it)` : f.text, f.sources, f.fix));
    for (const u of message.unchecked) notes.push(reason('preflight.message-unchecked', `Not checked, as it needs \`${u.needs}\`: ${u.text}`, u.sources));
  }

  // The send window, at every level, for the sender the answer is about.
  const window = windowFor(dest, useCase, 'best-practice', sender?.type, undefined, ownValue(i, 'timeZone', i.timeZone), ownValue(i, 'region', i.region));
  const never = window.nextAllowedAt === null;
  let timeUnknown = false;
  let blocking: Reason | undefined;
  for (let k = 0; k < window.reasons.length; k++) {
    const id = window.reasons[k]!.id;
    if (id === 'send-window.rules-unknown') timeUnknown = true;
    else if (id === 'send-window.closed') blocking = window.reasons[k];
  }
  if (!window.allowed) {
    added.push(problem('preflight.quiet-hours', strongest(window.rules), 'quiet-hours', blocking?.text ?? 'The time rules do not allow sending now.', blocking?.sources ?? window.rules.flatMap((r) => r.sources), never ? 'No allowed time was found within a year; check the rules.' : `Send at ${window.nextAllowedAt} or later.`));
  }

  // The verdict. Time that never opens within a year is no hold: waiting would not fix it.
  const addedBlocks = added.some((p) => p.level === 'required' && (p.code !== 'quiet-hours' || never));
  const blocked = fixed.block !== undefined || addedBlocks;
  const onHold = !blocked && added.some((p) => p.code === 'quiet-hours' && p.level === 'required');
  const verdict: Verdict = blocked ? 'block' : onHold ? 'hold' : 'send';
  const problems = byLevel(fixed.problems, added);
  const reasons: Reason[] = [
    verdict === 'block'
      ? addedBlocks
        ? reason('preflight.block', `Blocked: ${problems.filter((p) => p.level === 'required' && (p.code !== 'quiet-hours' || never)).map((p) => p.id).join(', ')}. Waiting will not fix it.`)
        : fixed.block!
      : verdict === 'hold'
        ? reason('preflight.hold', `Hold: only the time rules stand in the way; sending is allowed from ${window.nextAllowedAt ?? 'a time not found within a year'}.`)
        : SEND,
  ];
  for (let k = 0; k < fixed.reasons.length; k++) reasons.push(fixed.reasons[k]!);
  for (let k = 0; k < notes.length; k++) reasons.push(notes[k]!);
  if (timeUnknown) reasons.push(unknownReason([...fixed.unknowns, 'the time rules']));
  else if (fixed.unknown !== undefined) reasons.push(fixed.unknown);

  const traffic = dest.e164 === undefined ? fixed.traffic : withNumber(fixed.traffic, dest.e164);
  const nextAllowedAt = verdict === 'hold' ? window.nextAllowedAt : null;
  const country = dest.country;
  const status = rules.status;
  // Literals rather than spreads: the answer is read fast either way.
  if (dest.e164 === undefined) {
    return message === undefined
      ? { country, status, date: day, verdict, problems, nextAllowedAt, traffic, sender, window, reasons }
      : { country, status, date: day, verdict, problems, nextAllowedAt, traffic, sender, window, message, reasons };
  }
  const e164 = dest.e164;
  return message === undefined
    ? { country, status, date: day, e164, verdict, problems, nextAllowedAt, traffic, sender, window, reasons }
    : { country, status, date: day, e164, verdict, problems, nextAllowedAt, traffic, sender, window, message, reasons };
}

/** The part of an answer that depends on the row, the day and the input, but not on the instant, the number or the text. */
interface Fixed {
  /** The traffic class, without the number. */
  readonly traffic: ClassifyTrafficResult;
  readonly sender: PreflightSender | null;
  /** The problems with the sender, the route and the consent, in that order. */
  readonly problems: readonly PreflightProblem[];
  /** The reasons after the verdict: the sender assumed, the consent not checked. */
  readonly reasons: readonly Reason[];
  /** The facts the sources leave open, in words. */
  readonly unknowns: readonly string[];
  /** The block reason when the problems above are all that block. */
  readonly block: Reason | undefined;
  /** The unknown-facts reason for the facts above alone. */
  readonly unknown: Reason | undefined;
}

/** Fixed parts kept per row before that cache starts over; a backend asks about a handful of combinations. */
const FIXED_KEPT = 256;
/** Per row: by day, then by the input as a number (its choices) or, with volume counts, as text. */
interface RowFixed {
  size: number;
  readonly byDay: Map<string, Map<number | string, Fixed>>;
}
const fixedByRow = /* @__PURE__ */ new WeakMap<CountryRules, RowFixed>();

const ORIGIN_CODES: Readonly<Record<Origin, number>> = { application: 0, agent: 1, personal: 2, proxy: 3 };
const HELD_CODES: Readonly<Record<HeldConsent, number>> = { 'express-written': 0, express: 1, implied: 2, none: 3 };
const tri = (x: boolean | undefined): number => (x === undefined ? 2 : x ? 1 : 0);

/** The fixed part for a row, day and input, kept. */
function fixedFor(table: RulesTable, country: CountryCode, day: IsoDate, rules: CountryRules, useCase: UseCase, origin: Origin, intended: IntendedSender | undefined, held: HeldConsent | undefined, signals: Signals): Fixed {
  // The choices as one number: use case, origin, sender type and registration, consent, twoWay, automated.
  let code = USE_CASES.indexOf(useCase);
  code = code * 4 + ORIGIN_CODES[origin];
  code = code * 6 + (intended === undefined ? 5 : SENDER_TYPES.indexOf(intended.type));
  code = code * 3 + tri(intended?.registered);
  code = code * 5 + (held === undefined ? 4 : HELD_CODES[held]);
  code = code * 3 + tri(signals.twoWay);
  code = code * 3 + tri(signals.automated);
  const { recipientsPerSend: a, messagesPerMinute: b, messagesPerDay: c, uniqueRecipientsPerDay: d } = signals;
  const key: number | string = a === undefined && b === undefined && c === undefined && d === undefined ? code : `${code}|${a}|${b}|${c}|${d}`;
  let row = fixedByRow.get(rules);
  if (row === undefined || row.size >= FIXED_KEPT) fixedByRow.set(rules, (row = { size: 0, byDay: new Map() }));
  let byKey = row.byDay.get(day);
  if (byKey === undefined) row.byDay.set(day, (byKey = new Map()));
  let fixed = byKey.get(key);
  if (fixed === undefined) {
    row.size++;
    fixed = fixedPart(table, country, day, rules, useCase, origin, intended, held, signals);
    byKey.set(key, fixed);
  }
  return fixed;
}

const SEND: Reason = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ reason('preflight.send', 'Send: no required rule is broken.'));
const NO_TEXT: Reason = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ reason('preflight.no-text', 'No `text` was given, so the message checks were skipped.'));

function unknownReason(unknowns: readonly string[]): Reason {
  return reason('preflight.unknown', `The verdict rests on facts the sources leave open: ${unknowns.join('; ')}.`);
}

/** The strongest level among time rules. */
function strongest(rules: readonly { readonly level: Level }[]): Level {
  let best: Level = 'best-practice';
  for (let i = 0; i < rules.length; i++) {
    const level = rules[i]!.level;
    if (level === 'required') return level;
    if (level === 'recommended') best = level;
  }
  return best;
}

/** Two lists of problems as one new list, required first, each level in the order given. */
function byLevel(first: readonly PreflightProblem[], second: readonly PreflightProblem[]): PreflightProblem[] {
  const out: PreflightProblem[] = [];
  for (const level of LEVELS) {
    for (const p of first) if (p.level === level) out.push(p);
    for (const p of second) if (p.level === level) out.push(p);
  }
  return out;
}

/** The traffic answer with the number it was asked about. */
function withNumber(t: ClassifyTrafficResult, e164: string): ClassifyTrafficResult {
  return { country: t.country, status: t.status, date: t.date, e164, traffic: t.traffic, ctiaClass: t.ctiaClass, regime: t.regime, flags: t.flags, reasons: t.reasons };
}

interface Signals {
  readonly twoWay: boolean | undefined;
  readonly automated: boolean | undefined;
  readonly recipientsPerSend: number | undefined;
  readonly messagesPerMinute: number | undefined;
  readonly messagesPerDay: number | undefined;
  readonly uniqueRecipientsPerDay: number | undefined;
}

function fixedPart(table: RulesTable, country: CountryCode, day: IsoDate, rules: CountryRules, useCase: UseCase, origin: Origin, intended: IntendedSender | undefined, held: HeldConsent | undefined, signals: Signals): Fixed {
  const unregistered = intended?.type === 'local-long-code' && intended.registered === false;
  const traffic = classifyTraffic({ country, at: day, origin, useCase, ...signals, unregisteredLongCode: unregistered ? true : undefined } as never, table);
  const senders = recommendSenderFor({ country, at: day, useCase, origin, twoWay: signals.twoWay, messagesPerDay: signals.messagesPerDay } as never, table, traffic);
  const problems: PreflightProblem[] = [];
  const reasons: Reason[] = [];
  const unknowns: string[] = [];

  // The sender.
  let sender: PreflightSender | null = null;
  if (intended !== undefined) {
    const option = senders.options.find((o) => o.type === intended.type) ?? null;
    const excluded = option === null ? (senders.excluded.find((e) => e.type === intended.type) ?? null) : null;
    sender = { type: intended.type, assumed: false, option, excluded };
  } else if (senders.options[0] !== undefined) {
    sender = { type: senders.options[0].type, assumed: true, option: senders.options[0], excluded: null };
    reasons.push(reason('preflight.sender-assumed', `No sender was named: the best recommended one, ${senders.options[0].type}, is assumed.`, senders.options[0].reasons[0]?.sources ?? []));
  }
  const best = senders.options.find((o) => o.type !== sender?.type);
  const instead = best === undefined ? 'No other sender type is established for this traffic.' : `Send from a ${best.type} sender instead.`;
  if (sender === null) {
    problems.push(problem('preflight.no-sender', 'required', 'no-sender', `No sender type is established for this traffic to ${country}.`, senders.excluded.flatMap((e) => e.sources), 'Ask your provider which sender it can use for this traffic here.'));
  } else if (sender.excluded !== null) {
    const e = sender.excluded;
    if (e.code === 'unknown') {
      unknowns.push(`whether ${e.type} senders can carry this traffic`);
      problems.push(problem('preflight.sender-unknown', 'recommended', 'sender-unknown', e.text, e.sources, `Confirm with your provider that a ${e.type} sender works here, or: ${instead}`));
    } else if (e.code !== 'lead-time') {
      problems.push(problem(`preflight.sender-${e.code}`, 'required', 'sender-not-accepted', e.text, e.sources, instead));
    }
  } else if (sender.option !== null) {
    const o = sender.option;
    const restriction = own<SenderOption['restriction']>(o, 'restriction');
    if (restriction !== undefined) problems.push(problem(`preflight.sender-restricted`, 'recommended', 'sender-restricted', `The operators accept ${o.type} senders only with limits: ${restriction.text}`, o.reasons.flatMap((r) => r.sources), best === undefined ? 'Expect filtering.' : `Expect filtering, or send from a ${best.type} sender.`));
    if (o.registration === 'required') {
      const sources = o.reasons.filter((r) => r.id.includes('registration')).flatMap((r) => r.sources);
      if (intended?.registered === false) problems.push(problem('preflight.registration-missing', 'required', 'registration-missing', `${o.type} senders must be registered before sending to ${country}, and this one is not.`, sources, registerFix(o)));
      else if (intended?.registered !== true) problems.push(problem('preflight.registration-unconfirmed', 'recommended', 'registration-unconfirmed', `${o.type} senders must be registered before sending to ${country}; the input does not say whether this one is.`, sources, `Confirm the sender is registered (pass sender.registered), or: ${registerFix(o)}`));
    } else if (o.registration === 'unknown') {
      unknowns.push(`whether ${o.type} senders must be registered`);
    }
  }
  if (traffic.flags.includes('a2p-over-p2p-route')) {
    const flag = traffic.reasons.find((r) => r.id === 'traffic.a2p-over-p2p-route');
    problems.push(problem('preflight.p2p-route', 'required', 'p2p-route', flag?.text ?? 'A2P traffic on a person-to-person route.', flag?.sources ?? [], intended?.type === 'local-long-code' ? 'Register the long code for A2P (in the US: a 10DLC brand and campaign), or send from a registered sender.' : instead));
  }

  // Consent.
  const marketing = MARKETING_USE_CASES.value.includes(useCase);
  const rule = factAt(marketing ? rules.consent.marketing : rules.consent.transactional, day);
  if (held === undefined) {
    reasons.push(reason('preflight.consent-not-checked', 'No `consent` was given, so consent was not checked.'));
  } else if (!isKnown(rule)) {
    unknowns.push('the consent rule');
    problems.push(problem('preflight.consent-unknown', 'recommended', 'consent-unknown', `The sources do not establish the consent ${country} requires for ${marketing ? 'marketing' : 'these'} messages.`, consulted(rule, rules), 'Hold express (opt-in) consent and a record of it: the safe course.'));
  } else if (CONSENT_RANK[held] < CONSENT_RANK[rule.value]) {
    problems.push(problem(`consent.${country.toLowerCase()}.${marketing ? 'marketing' : 'transactional'}`, 'required', 'consent', `${country} requires ${CONSENT_WORDS[rule.value]} for ${marketing ? 'marketing' : 'these'} messages; the consent held is '${held}'.`, rule.sources, `Get ${CONSENT_WORDS[rule.value]} before sending.`));
  }
  const block = problems.some((p) => p.level === 'required') ? reason('preflight.block', `Blocked: ${problems.filter((p) => p.level === 'required').map((p) => p.id).join(', ')}. Waiting will not fix it.`) : undefined;
  // Frozen, as answers share them; the two lists each answer copies stay unfrozen, as copying a frozen list is slow.
  return {
    traffic: freezeNew(traffic),
    sender: freezeNew(sender),
    problems: problems.map(freezeNew),
    reasons: reasons.map(freezeNew),
    unknowns: Object.freeze(unknowns),
    block: freezeNew(block),
    unknown: unknowns.length > 0 ? freezeNew(unknownReason(unknowns)) : undefined,
  };
}
