import { describe, SendrightError } from '../_lib/errors';
import { LEVEL_ORDER } from '../_lib/levels';
import { factAt, isKnown } from '../_lib/facts';
import { inputRecord, parseSenderType, parseUseCase, resolveDestination } from '../_lib/input';
import { isRecord, own } from '../_lib/own';
import { consulted, reason } from '../_lib/reasons';
import type { RulesTable } from '../_lib/table';
import { checkMessage, type CheckMessageResult } from '../checkMessage/checkMessage';
import { classifyTraffic, type ClassifyTrafficResult } from '../classifyTraffic/classifyTraffic';
import { recommendSenderFor, type ExcludedSender, type ProgrammeRef, type SenderOption } from '../recommendSender/recommendSender';
import { MARKETING_USE_CASES } from '../rules/global';
import type { ConsentKind, Level, RuleSource, SenderType, UseCase } from '../rules/types';
import { sendWindowFor, type SendWindowResult } from '../sendWindow/sendWindow';
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
  const useCase = parseUseCase(own(record, 'useCase'), true);
  const intended = parseSender(own(record, 'sender'));
  const text = own(record, 'text');
  if (text !== undefined && typeof text !== 'string') throw new SendrightError('INVALID_INPUT', `\`text\` must be the message as a string; got ${describe(text)}.`, 'text');
  const held = own(record, 'consent');
  if (held !== undefined && !HELD.includes(held as HeldConsent)) throw new SendrightError('INVALID_INPUT', `\`consent\` must be one of ${HELD.map((h) => `'${h}'`).join(', ')}; got ${describe(held)}.`, 'consent');
  // Each call below gets a plain object literal: objects built with spreads are several
  // times slower to read in V8, which the hot path would pay on every call.
  const origin = own(record, 'origin');
  const at = own(record, 'at');
  const twoWay = own(record, 'twoWay');
  const messagesPerDay = own(record, 'messagesPerDay');
  const unregistered = intended?.type === 'local-long-code' && intended.registered === false;
  const traffic = classifyTraffic(
    {
      to: own(record, 'to'),
      country: own(record, 'country'),
      defaultCountry: own(record, 'defaultCountry'),
      at,
      origin,
      useCase,
      twoWay,
      automated: own(record, 'automated'),
      recipientsPerSend: own(record, 'recipientsPerSend'),
      messagesPerMinute: own(record, 'messagesPerMinute'),
      messagesPerDay,
      uniqueRecipientsPerDay: own(record, 'uniqueRecipientsPerDay'),
      unregisteredLongCode: unregistered ? true : undefined,
    } as never,
    table,
  );
  // The phone number is resolved once: the other answers take its country.
  const dest = resolveDestination({ to: undefined, country: traffic.country, defaultCountry: undefined, at } as unknown as DestinationInput, table);
  const { rules, day } = dest;
  const senders = recommendSenderFor({ country: traffic.country, at, useCase, origin, twoWay, messagesPerDay } as never, table, traffic);
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
    problems.push(problem('preflight.no-sender', 'required', 'no-sender', `No sender type is established for this traffic to ${traffic.country}.`, senders.excluded.flatMap((e) => e.sources), 'Ask your provider which sender it can use for this traffic here.'));
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
      if (intended?.registered === false) problems.push(problem('preflight.registration-missing', 'required', 'registration-missing', `${o.type} senders must be registered before sending to ${traffic.country}, and this one is not.`, sources, registerFix(o)));
      else if (intended?.registered !== true) problems.push(problem('preflight.registration-unconfirmed', 'recommended', 'registration-unconfirmed', `${o.type} senders must be registered before sending to ${traffic.country}; the input does not say whether this one is.`, sources, `Confirm the sender is registered (pass sender.registered), or: ${registerFix(o)}`));
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
    problems.push(problem('preflight.consent-unknown', 'recommended', 'consent-unknown', `The sources do not establish the consent ${traffic.country} requires for ${marketing ? 'marketing' : 'these'} messages.`, consulted(rule, rules), 'Hold express (opt-in) consent and a record of it: the safe course.'));
  } else if (CONSENT_RANK[held as HeldConsent] < CONSENT_RANK[rule.value]) {
    problems.push(problem(`consent.${traffic.country.toLowerCase()}.${marketing ? 'marketing' : 'transactional'}`, 'required', 'consent', `${traffic.country} requires ${CONSENT_WORDS[rule.value]} for ${marketing ? 'marketing' : 'these'} messages; the consent held is '${held as string}'.`, rule.sources, `Get ${CONSENT_WORDS[rule.value]} before sending.`));
  }

  // The message.
  let message: CheckMessageResult | undefined;
  if (text === undefined) {
    reasons.push(reason('preflight.no-text', 'No `text` was given, so the message checks were skipped.'));
  } else {
    message = checkMessage({ country: traffic.country, at, text, useCase, senderType: sender?.type, brand: own(record, 'brand'), templates: own(record, 'templates') } as never, table);
    for (const f of message.findings) problems.push(problem(f.id, f.level, 'message', f.certainty === 'likely' ? `${f.text} (likely: a keyword or pattern suggests it)` : f.text, f.sources, f.fix));
    for (const u of message.unchecked) reasons.push(reason('preflight.message-unchecked', `Not checked, as it needs \`${u.needs}\`: ${u.text}`, u.sources));
  }

  // The send window.
  const e164 = own<string>(traffic, 'e164');
  // The destination as classifyTraffic resolved it: the number is parsed once.
  const window = sendWindowFor(
    { country: traffic.country, at, useCase, senderType: sender?.type, timeZone: own(record, 'timeZone'), region: own(record, 'region') } as never,
    table,
    { country: dest.country, rules, day, time: dest.time, e164 },
  );
  if (!window.allowed) {
    const blocking = window.reasons.find((r) => r.id === 'send-window.closed');
    const level = window.rules.some((r) => r.level === 'required') ? 'required' : window.rules.some((r) => r.level === 'recommended') ? 'recommended' : 'best-practice';
    problems.push(problem('preflight.quiet-hours', level, 'quiet-hours', blocking?.text ?? 'The time rules do not allow sending now.', blocking?.sources ?? window.rules.flatMap((r) => r.sources), window.nextAllowedAt === null ? 'No allowed time was found within a year; check the rules.' : `Send at ${window.nextAllowedAt} or later.`));
  }
  if (window.reasons.some((r) => r.id === 'send-window.rules-unknown')) unknowns.push('the time rules');

  // The verdict.
  problems.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  // Time that never opens within a year is no hold: waiting would not fix it.
  const blocked = problems.some((p) => p.level === 'required' && (p.code !== 'quiet-hours' || window.nextAllowedAt === null));
  const onHold = !blocked && problems.some((p) => p.code === 'quiet-hours' && p.level === 'required');
  const verdict: Verdict = blocked ? 'block' : onHold ? 'hold' : 'send';
  reasons.unshift(
    verdict === 'block'
      ? reason('preflight.block', `Blocked: ${problems.filter((p) => p.level === 'required' && (p.code !== 'quiet-hours' || window.nextAllowedAt === null)).map((p) => p.id).join(', ')}. Waiting will not fix it.`)
      : verdict === 'hold'
        ? reason('preflight.hold', `Hold: only the time rules stand in the way; sending is allowed from ${window.nextAllowedAt ?? 'a time not found within a year'}.`)
        : reason('preflight.send', 'Send: no required rule is broken.'),
  );
  if (unknowns.length > 0) reasons.push(reason('preflight.unknown', `The verdict rests on facts the sources leave open: ${unknowns.join('; ')}.`));

  return {
    country: traffic.country,
    status: rules.status,
    date: day,
    ...(e164 === undefined ? {} : { e164 }),
    verdict,
    problems,
    nextAllowedAt: verdict === 'hold' ? window.nextAllowedAt : null,
    traffic,
    sender,
    window,
    ...(message === undefined ? {} : { message }),
    reasons,
  };
}
