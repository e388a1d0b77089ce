import { factAt, isKnown } from '../_lib/facts';
import { describe, SendrightError } from '../_lib/errors';
import { inputRecord, resolveDestination } from '../_lib/input';
import { DAY_MS, dayStart, utcDay } from '../_lib/time';
import { own } from '../_lib/own';
import { deepFreeze } from '../_lib/freeze';
import { reason, sourcesOf } from '../_lib/reasons';
import type { RulesTable } from '../_lib/table';
import { DEFAULT_REPLY_KEYWORDS } from '../rules/global';
import type { CountryRules, Fact, IsoDate, KnownFact, RevocationRule, RuleSource } from '../rules/types';
import type { DestinationInput, Reason, ResultBase } from '../types';

/** Input of {@link classifyReply}. */
export interface ClassifyReplyInput extends DestinationInput {
  /** The text of the inbound reply. */
  readonly text: string;
}

/** What a reply asks for: to stop the messages, to start them again, or for help. */
export type ReplyIntent = 'opt-out' | 'opt-in' | 'help';

/**
 * How sure the reading is: `exact`, the whole reply is one of the country's
 * keywords; `likely`, a keyword inside a short reply, a wording that asks to
 * stop, or a keyword the country's sources do not name but a major provider
 * acts on by default. Treat a likely opt-out as an opt-out, or have a person read it.
 */
export type ReplyConfidence = 'exact' | 'likely';

/** Result of {@link classifyReply}. */
export interface ClassifyReplyResult extends ResultBase {
  /** What the reply asks for; `null` when it is none of them (or a negated keyword, see `reasons`). */
  readonly intent: ReplyIntent | null;
  /** How sure the reading is; `null` when `intent` is. */
  readonly confidence: ReplyConfidence | null;
  /** The keyword or wording matched, as the rules write it; `null` when none. */
  readonly keyword: string | null;
  /**
   * For an opt-out where the law sets a limit: the last day (UTC, YYYY-MM-DD) to
   * honour it, counted in weekdays from the day after the reply. Public holidays
   * are not skipped, so the date is never later than the legal one.
   */
  readonly honourBy: IsoDate | null;
  /** For an opt-out where the law says: `replied-to` (the kind of messages replied to) or `all` (every message that needs consent). */
  readonly scope: RevocationRule['scope'] | null;
  /** Why, with sources. */
  readonly reasons: readonly Reason[];
}

/** Replies longer than this many words are not read for a keyword inside them. */
const MAX_WORDS = 20;

/** Words that, up to three words before a keyword, negate it ("don't stop", "do not cancel"). */
const NEGATORS = /* @__PURE__ */ new Set(['NOT', 'NEVER', 'DONT', 'CANT', 'WONT', 'DIDNT', 'NAO', 'NICHT']);
/** The first half of an English contraction split at its apostrophe ("DON'T" → DON T). */
const CONTRACTED = /* @__PURE__ */ new Set(['DON', 'CAN', 'WON', 'DIDN', 'DOESN', 'ISN', 'SHOULDN', 'WOULDN']);

/** Keyword uses that mean something else: "stop by", "bus stop", "cancel my appointment". */
const OTHER_MEANING: readonly (readonly [string, RegExp])[] = [
  ['STOP', /(?:^| )(?:BUS|PIT|FULL|ONE|NON|TRUCK|REST) STOP(?: |$)|(?:^| )STOP (?:BY|IN|OVER)(?: |$)/],
  ['END', /(?:^| )(?:THE|WEEK|AT THE|BY THE) END(?: |$)|(?:^| )END OF(?: |$)/],
  ['CANCEL', /(?:^| )CANCEL (?:(?:MY|THE|OUR|THIS|THAT) )?(?:APPOINTMENT|ORDER|BOOKING|RESERVATION|MEETING|VISIT|FLIGHT|CLASS|DELIVERY|PAYMENT|TRIP)S?(?: |$)/],
];

/**
 * English wordings that ask to stop without a keyword, read where the law
 * counts any reasonable means of revoking consent.
 */
const STOP_WORDINGS: readonly (readonly [string, RegExp])[] = [
  ['REMOVE ME', /(?:^| )REMOVE (?:ME|MY NUMBER)(?: |$)/],
  ['TAKE ME OFF', /(?:^| )TAKE (?:ME|MY NUMBER) OFF(?: |$)/],
  ['NO MORE TEXTS', /(?:^| )NO MORE (?:TEXTS?|MESSAGES?|MSGS?|SMS)(?: |$)/],
  ["DON'T TEXT ME", /(?:^| )(?:DON T|DONT|DO NOT|NEVER) (?:TEXT|MESSAGE|MSG|CONTACT|SMS) (?:ME|THIS NUMBER)(?: |$)/],
  ['LEAVE ME ALONE', /(?:^| )LEAVE ME ALONE(?: |$)/],
];

const ASCII = /^[\x00-\x7f]*$/;

/** Eastern Arabic and Persian digits, read as ASCII digits. */
const FOREIGN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
const foreignDigit = (d: string): string => String((d.charCodeAt(0) - (d.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)));

/**
 * A text reduced for comparing with keywords: compatibility forms folded
 * (full-width letters), accents dropped from Latin letters, upper case,
 * foreign digits as ASCII, and words separated by single spaces, punctuation
 * and symbols (emoji included) dropped.
 */
export function replyWords(text: string): string {
  // ASCII text needs no normalisation: the same result, faster.
  if (ASCII.test(text)) {
    let out = '';
    for (const word of text.toUpperCase().split(/[^A-Z0-9]+/)) if (word !== '') out = out === '' ? word : `${out} ${word}`;
    return out;
  }
  return text
    .normalize('NFKD')
    .replace(/(?<=\p{Script=Latin})\p{Mn}+/gu, '')
    .normalize('NFC')
    .toUpperCase()
    .replace(FOREIGN_DIGITS, foreignDigit)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

/** Scripts written without spaces between words: a keyword in them is found inside the text. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** A keyword, reduced, as looked for inside a reply. */
interface Entry {
  readonly form: string;
  readonly written: string;
  readonly parts: readonly string[];
  readonly unspaced: boolean;
  /** Uses of it that mean something else, when there are any. */
  readonly other: RegExp | undefined;
}

interface KeywordSet {
  /** The keyword as the rules write it, by its reduced form. */
  readonly words: ReadonlyMap<string, string>;
  readonly entries: readonly Entry[];
  readonly sources: readonly RuleSource[];
  /** Whether the country's own sources name the keywords (else the provider defaults). */
  readonly sourced: boolean;
}

/** What a reply that is exactly one keyword means, with its reason. */
interface WholeReply {
  readonly intent: ReplyIntent;
  readonly confidence: ReplyConfidence;
  readonly keyword: string;
  readonly reason: Reason;
}

interface ReplyRules {
  /** Readings of whole replies already seen (reduced reply to reading, or null), a few hundred at most. */
  readonly whole: Map<string, WholeReply | null>;
  /** The law's deadline and scope for the last revocation fact and day asked about. */
  law?: { readonly fact: KnownFact<RevocationRule>; readonly start: number; readonly honourBy: IsoDate | null; readonly scope: RevocationRule['scope'] | null; readonly reasons: readonly Reason[] };
  readonly optOut: KeywordSet;
  readonly optIn: KeywordSet;
  readonly help: KeywordSet;
  readonly defaults: { readonly optOut: KeywordSet; readonly optIn: KeywordSet; readonly help: KeywordSet };
}

function keywordSet(fact: Fact<readonly string[]> | undefined, fallback: readonly string[]): KeywordSet {
  const known = fact !== undefined && isKnown(fact) && fact.value.length > 0;
  const list = known ? fact.value : fallback;
  const words = new Map<string, string>();
  for (const k of list) {
    const reduced = replyWords(k);
    if (reduced !== '' && !words.has(reduced)) words.set(reduced, k);
  }
  const entries = [...words].map(([form, written]): Entry => ({ form, written, parts: form.split(' '), unspaced: UNSPACED.test(form), other: OTHER_MEANING.find(([k]) => k === form)?.[1] }));
  return { words, entries, sources: known ? fact.sources : DEFAULT_REPLY_KEYWORDS.sources, sourced: known };
}

let defaults: ReplyRules['defaults'] | undefined;
const byRow = /* @__PURE__ */ new WeakMap<CountryRules, ReplyRules>();

function replyRules(rules: CountryRules): ReplyRules {
  let r = byRow.get(rules);
  if (r === undefined) {
    defaults ??= {
      optOut: keywordSet(undefined, DEFAULT_REPLY_KEYWORDS.optOut),
      optIn: keywordSet(undefined, DEFAULT_REPLY_KEYWORDS.optIn),
      help: keywordSet(undefined, DEFAULT_REPLY_KEYWORDS.help),
    };
    r = {
      whole: new Map(),
      optOut: keywordSet(rules.optOut.keywords, DEFAULT_REPLY_KEYWORDS.optOut),
      optIn: keywordSet(rules.optOut.optInKeywords, DEFAULT_REPLY_KEYWORDS.optIn),
      help: keywordSet(rules.help.keywords, DEFAULT_REPLY_KEYWORDS.help),
      defaults,
    };
    byRow.set(rules, r);
  }
  return r;
}

/** What the law on revocation adds to an opt-out: the deadline and the scope, with reasons; kept for the last fact and day. */
function lawReasons(r: ReplyRules, fact: KnownFact<RevocationRule>, time: number): { readonly honourBy: IsoDate | null; readonly scope: RevocationRule['scope'] | null; readonly reasons: readonly Reason[] } {
  const start = dayStart(time);
  const last = r.law;
  if (last !== undefined && last.fact === fact && last.start === start) return last;
  const reasons: Reason[] = [];
  // Own properties only: a field the rule leaves out stays out, whatever Object.prototype holds.
  const days = own<number>(fact.value, 'honourWithinBusinessDays');
  const honourBy = days === undefined ? null : addWeekdays(start, days);
  if (honourBy !== null) reasons.push(reason('reply.honour-by', `Honour the opt-out by ${honourBy} at the latest: ${days} business days after the reply.`, fact.sources));
  const scope = own<RevocationRule['scope']>(fact.value, 'scope') ?? null;
  if (scope !== null) {
    reasons.push(
      reason('reply.scope', scope === 'all' ? 'The opt-out stops every message to this person that needs consent, on any topic, not only the kind replied to.' : 'The opt-out stops the kind of messages replied to.', fact.sources),
    );
  }
  const law = deepFreeze({ fact, start, honourBy, scope, reasons });
  r.law = law;
  return law;
}

/** Reads a whole reply as one keyword: the country's, then a provider's default; null when it is none. Remembers the answer. */
function wholeReply(r: ReplyRules, reduced: string, name: string): WholeReply | null {
  let found: WholeReply | null = null;
  const sets: readonly (readonly [ReplyIntent, KeywordSet, KeywordSet])[] = [
    ['opt-out', r.optOut, r.defaults.optOut],
    ['opt-in', r.optIn, r.defaults.optIn],
    ['help', r.help, r.defaults.help],
  ];
  for (const [kind, own, fallback] of sets) {
    const mine = own.words.get(reduced);
    if (mine !== undefined) {
      found = {
        intent: kind,
        keyword: mine,
        confidence: own.sourced ? 'exact' : 'likely',
        reason: own.sourced
          ? reason('reply.keyword', `The reply is ${mine}, one of the ${KEYWORD_NOUN[kind]} keywords the sources give for ${name}.`, own.sources)
          : reason('reply.default-keyword', `The reply is ${mine}. The sources do not establish ${name}'s own keywords; a major provider acts on ${mine} as ${KEYWORD_REASON[kind]} on its numbers everywhere.`, own.sources),
      };
      break;
    }
    const other = own.sourced ? fallback.words.get(reduced) : undefined;
    if (other !== undefined) {
      found = {
        intent: kind,
        keyword: other,
        confidence: 'likely',
        reason: reason('reply.default-keyword', `The reply is ${other}: not one of ${name}'s keywords in the sources, but a major provider acts on it as ${KEYWORD_REASON[kind]} on its numbers everywhere.`, fallback.sources),
      };
      break;
    }
  }
  if (r.whole.size >= 256) r.whole.clear();
  // Frozen: the reading goes into answers, and nobody may change it for later calls.
  r.whole.set(reduced, found === null ? null : deepFreeze(found));
  return r.whole.get(reduced) as WholeReply | null;
}

/** Whether a keyword's word sequence occurs in `words` (both reduced), negated or not; -1 when absent, else the index of its first word. */
function findWords(words: readonly string[], keyword: readonly string[]): number {
  outer: for (let i = 0; i + keyword.length <= words.length; i++) {
    for (let j = 0; j < keyword.length; j++) if (words[i + j] !== keyword[j]) continue outer;
    return i;
  }
  return -1;
}

/** What ends a sentence. */
const SENTENCE_END = /[.!?;\n\u3002\uFF01\uFF1F]+/;

/** Marks the end of a sentence in a reply's word list. */
const BREAK = '|';

/** Whether a word up to three words before `at`, in the same sentence, negates what follows. */
function negated(words: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) {
    const w = words[i] as string;
    if (w === BREAK) return false;
    if (NEGATORS.has(w)) return true;
    if (w === 'T' && i > 0 && CONTRACTED.has(words[i - 1] as string)) return true;
  }
  return false;
}

let lastWeekdays: { readonly from: number; readonly n: number; readonly day: IsoDate } | undefined;

/** Adds `n` weekdays to the UTC day that starts at `start` (ms); the last answer is kept, as replies mostly come on the same day. */
function addWeekdays(start: number, n: number): IsoDate {
  if (lastWeekdays !== undefined && lastWeekdays.from === start && lastWeekdays.n === n) return lastWeekdays.day;
  let days = Math.floor(start / DAY_MS);
  let left = n;
  while (left > 0) {
    days++;
    const weekday = (days + 4) % 7; // 1970-01-01 was a Thursday (4); 0 is Sunday, 6 Saturday
    if (weekday !== 0 && weekday !== 6) left--;
  }
  const day = utcDay(days * DAY_MS);
  lastWeekdays = { from: start, n, day };
  return day;
}


const KEYWORD_REASON: Record<ReplyIntent, string> = { 'opt-out': 'an opt-out', 'opt-in': 'an opt-in', help: 'a help request' };
const KEYWORD_NOUN: Record<ReplyIntent, string> = { 'opt-out': 'opt-out', 'opt-in': 'opt-in', help: 'help' };

/**
 * Reads an inbound reply: an opt-out, an opt-in, a help request, or none of
 * them, by the destination country's keywords. See `classifyReply` in
 * `sendright` for how replies are read.
 *
 * @param input - `text`, destination (`to` or `country`), optional `at` (when the reply came; defaults to now)
 * @param table - the rules table (see `createTable`); rows from `sendright/keywords` are enough
 * @returns `{ intent, confidence, keyword, honourBy, scope, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * import { classifyReply, createTable } from 'sendright/core';
 * import { US } from 'sendright/keywords';
 * classifyReply({ text: 'STOP', country: 'US', at: '2026-12-07T15:00:00Z' }, createTable([US])).honourBy;
 * //=> '2026-12-21'
 * ```
 * @category Functions
 */
export function classifyReply(input: ClassifyReplyInput, table: RulesTable): ClassifyReplyResult {
  const record = inputRecord(input, 'classifyReply');
  const text = own(record, 'text');
  if (typeof text !== 'string') throw new SendrightError('INVALID_INPUT', `\`text\` must be the reply as a string; got ${describe(text)}.`, 'text');
  const dest = resolveDestination({ to: own(record, 'to'), country: own(record, 'country'), defaultCountry: own(record, 'defaultCountry'), at: own(record, 'at') } as DestinationInput, table);
  const { rules, day } = dest;
  const r = replyRules(rules);
  const reduced = replyWords(text);
  let wordCount = reduced === '' ? 0 : 1;
  for (let i = reduced.indexOf(' '); i >= 0; i = reduced.indexOf(' ', i + 1)) wordCount++;
  const reasons: Reason[] = [];
  const name = rules.name;

  let intent: ReplyIntent | null = null;
  let confidence: ReplyConfidence | null = null;
  let keyword: string | null = null;

  // 1. The whole reply is a keyword: the country's, then a provider's default.
  // The answer depends on the row and the reduced reply alone, so it is kept.
  const seen = r.whole.get(reduced);
  const whole = seen === undefined ? wholeReply(r, reduced, name) : seen;
  if (whole !== null) {
    ({ intent, confidence, keyword } = whole);
    reasons.push(whole.reason);
  }

  const revocationFact = factAt(rules.optOut.revocation, day);
  const revocation = isKnown(revocationFact) ? revocationFact.value : undefined;
  const reasonable = revocation !== undefined && own(revocation, 'means') === 'reasonable-means';

  // 2. An opt-out keyword inside a short reply, unless negated or meaning something else.
  if (intent === null && wordCount > 1) {
    // Sentence by sentence, so that a negation is read only in its own sentence.
    const words = SENTENCE_END.test(text)
      ? text
          .split(SENTENCE_END)
          .map(replyWords)
          .filter((x) => x !== '')
          .join(` ${BREAK} `)
          .split(' ')
      : reduced.split(' ');
    if (wordCount > MAX_WORDS) {
      reasons.push(reason('reply.long', `The reply has more than ${MAX_WORDS} words; it is not read for opt-out keywords inside it. Have a person read it.`));
    } else {
      let negatedKeyword: string | undefined;
      let otherMeaning: string | undefined;
      for (const set of r.optOut.sourced ? [r.optOut, r.defaults.optOut] : [r.optOut]) {
        for (const { written, parts, unspaced, other, form } of set.entries) {
          const at = unspaced ? (reduced.includes(form) ? 0 : -1) : findWords(words, parts);
          if (at < 0) continue;
          if (!unspaced && negated(words, at)) {
            negatedKeyword ??= written;
            continue;
          }
          if (other !== undefined && other.test(reduced)) {
            otherMeaning ??= written;
            continue;
          }
          intent = 'opt-out';
          confidence = 'likely';
          keyword = written;
          reasons.push(
            reasonable
              ? reason('reply.keyword-in-reply', `The reply contains ${written}. Under the rules for ${name}, an opt-out keyword counts as a revocation even inside a longer reply.`, sourcesOf(revocationFact))
              : reason('reply.keyword-in-reply', `The reply contains ${written}, ${set.sourced ? `one of the opt-out keywords the sources give for ${name}` : 'an opt-out keyword a major provider acts on'}. The sources name whole-reply keywords only; a reply asking to stop should still be honoured.`, set.sources),
          );
          break;
        }
        if (intent !== null) break;
      }
      if (intent === null && negatedKeyword !== undefined) {
        reasons.push(reason('reply.negated', `The reply contains ${negatedKeyword}, but negated ("don't", "not", "never" before it): it is not read as an opt-out. Have a person read it if unsure.`));
      } else if (intent === null && otherMeaning !== undefined) {
        reasons.push(reason('reply.other-meaning', `The reply contains ${otherMeaning} in a phrase where it means something else (such as "stop by" or "cancel my appointment"): it is not read as an opt-out. Have a person read it if unsure.`));
      }
    }
  }

  // 3. A wording that asks to stop, where the law counts any reasonable means.
  if (intent === null && reasonable && wordCount <= MAX_WORDS) {
    const found = STOP_WORDINGS.find(([, re]) => re.test(reduced));
    if (found !== undefined) {
      intent = 'opt-out';
      confidence = 'likely';
      keyword = found[0];
      reasons.push(reason('reply.reasonable-means', `The reply asks to stop ("${found[0]}") without a keyword. Under the rules for ${name}, any wording a reasonable person would read as a request to stop revokes consent.`, sourcesOf(revocationFact)));
    }
  }

  if (intent === null && !reasons.some((x) => x.id === 'reply.negated' || x.id === 'reply.other-meaning' || x.id === 'reply.long')) {
    reasons.push(reason('reply.none', `The reply is none of ${name}'s opt-out, opt-in or help keywords${reasonable ? ', and does not ask to stop in other words' : ''}.`, r.optOut.sources));
  }

  let honourBy: IsoDate | null = null;
  let scope: RevocationRule['scope'] | null = null;
  if (intent === 'opt-out' && revocation !== undefined) {
    const law = lawReasons(r, revocationFact as KnownFact<RevocationRule>, dest.time);
    honourBy = law.honourBy;
    scope = law.scope;
    reasons.push(...law.reasons);
  }

  return {
    intent,
    confidence,
    keyword,
    honourBy,
    scope,
    reasons,
    country: dest.country,
    status: rules.status,
    date: day,
    ...(dest.e164 === undefined ? {} : { e164: dest.e164 }),
  };
}
