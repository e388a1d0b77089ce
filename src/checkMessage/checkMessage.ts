import { describe, SendrightError } from '../_lib/errors';
import { LEVEL_ORDER } from '../_lib/levels';
import { isKnown } from '../_lib/facts';
import { inputRecord, parseSenderType, parseUseCase, resolveDestination } from '../_lib/input';
import { isRecord, own } from '../_lib/own';
import type { RulesTable } from '../_lib/table';
import { replyWords } from '../classifyReply/classifyReply';
import { checklistFor, type ChecklistItem } from '../complianceChecklist/complianceChecklist';
import { countSegments, type SegmentCount } from '../countSegments/countSegments';
import { DEFAULT_REPLY_KEYWORDS, S_TELNYX_URL_SHORTENING } from '../rules/global';
import type { ContentTopic, CountryRules, Level, MessageCheck, RuleSource, SenderType, UseCase } from '../rules/types';
import type { DestinationInput, Reason, ResultBase } from '../types';
import { PUBLIC_SHORTENERS, TOPIC_WORDS, UNFILLED_VARIABLE } from './lexicon';

/** Input of {@link checkMessage}. */
export interface CheckMessageInput extends DestinationInput {
  /** The text of the message, as it will be sent. */
  readonly text: string;
  /** What the message is for. */
  readonly useCase: UseCase;
  /** The sender type that will carry it; omitted: the duties of every sender type apply. */
  readonly senderType?: SenderType;
  /** The sender's name as recipients know it (brand, company or programme name): needed to check duties to name the sender. */
  readonly brand?: string;
  /**
   * The templates registered for the sender (India's DLT, China's template
   * approval), with `{#var#}` for each variable part (up to 30 characters
   * each): needed to check that the text matches one.
   */
  readonly templates?: readonly string[];
  /** A message longer than this many segments gets a finding; default 3. */
  readonly maxSegments?: number;
}

/** How sure a finding is: `certain` (the text shows it) or `likely` (a keyword or pattern suggests it; read the message). */
export type FindingCertainty = 'certain' | 'likely';

/** A stretch of the text, in UTF-16 offsets (`end` excluded). */
export interface TextSpan {
  /** Offset of the first character. */
  readonly start: number;
  /** Offset after the last character. */
  readonly end: number;
}

/** Something in the message that breaks, or may break, a rule. */
export interface MessageFinding {
  /**
   * Stable id: the id of the rule or duty (as in `complianceChecklist`, e.g.
   * `identification.kr.advertising-prefix`, `content.us.cannabis`), or
   * `message.url-shortener`, `message.unfilled-variable`, `message.segments`,
   * `message.encoding` for checks of the text itself.
   */
  readonly id: string;
  /** The level of the rule broken: `required`, `recommended` or `best-practice`. */
  readonly level: Level;
  /** `certain`, or `likely` when a keyword or pattern suggests it. */
  readonly certainty: FindingCertainty;
  /** What is wrong and what the rule says, in plain words. */
  readonly text: string;
  /** Where the rule comes from; empty for checks of the text's own form (unfilled variables, length, encoding). */
  readonly sources: readonly RuleSource[];
  /** What to do about it, in one line. */
  readonly fix: string;
  /** Where in the text, when the finding points at a part of it. */
  readonly span?: TextSpan;
}

/** A duty the text could be checked against, but not without more input. */
export interface UncheckedDuty {
  /** The duty's id, as in `complianceChecklist`. */
  readonly id: string;
  /** Its level. */
  readonly level: Level;
  /** The duty. */
  readonly text: string;
  /** Where it comes from. */
  readonly sources: readonly RuleSource[];
  /** What to pass to check it: `brand` or `templates`. */
  readonly needs: 'brand' | 'templates';
}

/** Result of {@link checkMessage}. */
export interface CheckMessageResult extends ResultBase {
  /** What the message breaks or may break, `required` first; empty when it breaks nothing the rules let the text show. */
  readonly findings: readonly MessageFinding[];
  /** What the message costs: `countSegments` of the text. */
  readonly segments: SegmentCount;
  /** Duties that need `brand` or `templates` to be checked. */
  readonly unchecked: readonly UncheckedDuty[];
  /** Reasons about the rules as a whole (e.g. facts the sources leave open), as in `complianceChecklist`. */
  readonly reasons: readonly Reason[];
}

const NO_SOURCES: readonly RuleSource[] = /* @__PURE__ */ Object.freeze([]);
const DEFAULT_MAX_SEGMENTS = 3;

/** Words of opt-out instructions in the largest markets' languages, beyond the keywords of the country and the provider defaults. */
const OPT_OUT_WORDS: readonly string[] = ['UNSUB', 'OPT OUT', 'DESABONNER', 'DESINSCRIRE', 'DESINSCRIPTION', 'ABMELDEN', 'ABBESTELLEN', 'DARSE DE BAJA', 'DESCADASTRAR', 'CANCELAR', '수신거부', '退订', '拒收', '配信停止'];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN_WORDS = /^[A-Z0-9 ]+$/;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Terms (reduced as replyWords reduces them: upper case, words split by
 * anything but letters and digits) to look for in a text. Text in ASCII is
 * searched in lower case, with one pattern of the terms of Latin letters and
 * digits (no other term can occur in it); other text is reduced first and
 * searched for whole words (terms of other scripts anywhere).
 */
interface Terms {
  readonly ascii: RegExp | undefined;
  readonly latin: readonly string[];
  readonly other: readonly string[];
}

/**
 * A pattern over ASCII text in lower case for reduced Latin terms (matching
 * lower case is faster than ignoring case): a match takes the character
 * before the term too, which is faster than a lookbehind.
 */
const asciiPattern = (list: readonly string[], flags: string): RegExp =>
  new RegExp(`(?:^|[^a-z0-9])(?:${[...list].sort((a, b) => b.length - a.length).map((t) => t.toLowerCase().split(' ').map(escape).join('[^a-z0-9]+')).join('|')})(?![a-z0-9])`, flags);

function terms(list: readonly string[]): Terms {
  const unique = [...new Set(list.map(replyWords).filter((t) => t !== ''))];
  const latin = unique.filter((t) => LATIN_WORDS.test(t));
  return { ascii: latin.length === 0 ? undefined : asciiPattern(latin, 'g'), latin, other: unique.filter((t) => !LATIN_WORDS.test(t)) };
}

/** The span of a match of an ASCII pattern, without the character taken before the term. */
function matchSpan(m: RegExpExecArray): TextSpan {
  const first = m[0].charCodeAt(0);
  const lead = (first >= 97 && first <= 122) || (first >= 48 && first <= 57) ? 0 : 1;
  return { start: m.index + lead, end: m.index + m[0].length };
}

/** Whether the text has one of the terms. */
function hasTerm(set: Terms, ctx: Context): boolean {
  if (ctx.ascii) {
    if (set.ascii === undefined) return false;
    set.ascii.lastIndex = 0;
    return set.ascii.test(ctx.lower);
  }
  const words = wordsOf(ctx);
  return set.latin.some((t) => words.includes(` ${t} `)) || set.other.some((t) => words.includes(t));
}

/** Whether the text has one term given as written by the caller or the rules (a brand, a required word). */
function hasPhrase(phrase: string, ctx: Context): boolean {
  const reduced = replyWords(phrase);
  if (reduced === '') return false;
  if (!LATIN_WORDS.test(reduced)) return !ctx.ascii && wordsOf(ctx).includes(reduced);
  if (ctx.ascii) return cached(`a${reduced}`, () => asciiPattern([reduced], '')).test(ctx.lower);
  return wordsOf(ctx).includes(` ${reduced} `);
}

/** A pattern finding a reduced term in the text as written: its words in any case, separated by anything but letters and digits. */
const asWritten = (term: string): RegExp => cached(`w${term}`, () => new RegExp(`(?<![\\p{L}\\p{N}])${term.split(' ').map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'giu'));

/** Words that suggest a topic, and the topic of each (reduced). */
let topicTerms: Terms | undefined;
const topicOf = /* @__PURE__ */ new Map<string, ContentTopic>();
function topicSet(): Terms {
  if (topicTerms === undefined) {
    const all: string[] = [];
    for (const [topic, list] of Object.entries(TOPIC_WORDS) as [ContentTopic, readonly string[]][]) {
      for (const w of list) {
        topicOf.set(replyWords(w), topic);
        all.push(w);
      }
    }
    topicTerms = terms(all);
  }
  return topicTerms;
}

let shortenerSet: Set<string> | undefined;
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;

/** Whether a host-like word around any dot of the text is a public shortener's domain: a quick test before the pattern. */
function hasShortener(text: string): boolean {
  shortenerSet ??= new Set(PUBLIC_SHORTENERS);
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    let start = dot;
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let end = dot + 1;
    while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
    if (start < dot && end > dot + 1 && shortenerSet.has(text.slice(start, end).toLowerCase())) return true;
  }
  return false;
}

let shortenerPattern: RegExp | undefined;
/** A link through a public shortener, with or without a scheme, up to the next space. */
const shortenerLink = (): RegExp =>
  (shortenerPattern ??= new RegExp(`(?<![A-Za-z0-9.-])(?:https?://)?(?:www\\.)?(${PUBLIC_SHORTENERS.map(escape).join('|')})(?=/|[^A-Za-z0-9.-]|\\.(?![A-Za-z0-9])|$)\\S*`, 'gi'));
const CONTACT = /\+?\d[\d\s().-]{5,}\d|https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+\.(?:com|net|org|co|io|in|cn|kr|jp|br|mx|de|fr|uk|es|it|id|ph|ng|za|ke|eg|tr)\b/u;

/** The text reduced by replyWords, with a space at each end. */
function wordsOf(ctx: Context): string {
  ctx.words ??= ` ${replyWords(ctx.text)} `;
  return ctx.words;
}

/** The first match of `re` in `text`, as a span. */
function spanOf(re: RegExp, text: string): TextSpan | undefined {
  re.lastIndex = 0;
  const m = re.exec(text);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length };
}

/** A pattern matching `exact` with spaces inside and brackets of other shapes: `(광고)` also finds `[광 고]`. */
function lookAlike(exact: string): RegExp {
  const BRACKETS: Readonly<Record<string, string>> = { '(': '[(\\[（【〔{<［]', ')': '[)\\]）】〕}>］]', '[': '[(\\[（【〔{<［]', ']': '[)\\]）】〕}>］]' };
  const parts = [...exact].map((c) => BRACKETS[c] ?? escape(c));
  return new RegExp(parts.join('\\s*'), 'u');
}

/** A registered template as a pattern: `{#var#}` stands for up to 30 characters. */
function templatePattern(template: string): RegExp {
  return new RegExp(`^${template.split(/\{#[^#]*#\}/).map(escape).join('[\\s\\S]{0,30}')}$`, 'u');
}

interface Context {
  readonly text: string;
  /** Whether the text is all ASCII (searched as written, in lower case). */
  readonly ascii: boolean;
  /** The text in lower case, when it is ASCII (the same offsets). */
  readonly lower: string;
  /** The text reduced by replyWords, with a space at each end, once asked for. */
  words: string | undefined;
  readonly rules: CountryRules;
  readonly brand: string | undefined;
  readonly templates: readonly string[] | undefined;
  /** A signature at the start or end of the text, where the rules ask for one. */
  readonly signature: RegExp | undefined;
  /** The free opt-out number the rules ask for, where they name its prefix. */
  readonly optOutNumber: RegExp | undefined;
  /** Words of an opt-out instruction, the country's keywords first. */
  readonly optOutWords: Terms;
}


type Outcome = { readonly ok: true } | { readonly ok: false; readonly text: string; readonly fix: string; readonly certainty: FindingCertainty; readonly span?: TextSpan; readonly sources?: readonly RuleSource[] } | { readonly needs: 'brand' | 'templates' };
const OK: Outcome = { ok: true };

/** A free opt-out number starting with `prefix`, e.g. 080-123-4567. */
const freeNumber = (prefix: string): RegExp => new RegExp(`(?<!\\d)${escape(prefix)}[\\d\\s-]{6,}\\d`, 'gu');

interface Plan {
  /** Duties with a check, grouped by what they ask of the text: each group is checked once, with its strictest check. */
  readonly groups: readonly { readonly key: string; readonly items: readonly ChecklistItem[]; readonly strictest: ChecklistItem }[];
  /** Content duties by topic. */
  readonly topicItems: ReadonlyMap<ContentTopic, readonly ChecklistItem[]>;
  readonly signature: RegExp | undefined;
  readonly optOutNumber: RegExp | undefined;
  readonly optOutWords: Terms;
}

/** What the checks of a checklist need, built once per checklist (the checklist's items are kept per row, day and use case). */
const plans = /* @__PURE__ */ new WeakMap<readonly ChecklistItem[], Plan>();

function planFor(items: readonly ChecklistItem[], rules: CountryRules): Plan {
  const hit = plans.get(items);
  if (hit !== undefined) return hit;
  // Several duties may ask the same of the text (a country's opt-out duty and
  // the general opt-out instruction): each group is checked once, and a
  // failure is reported under the strictest of them. Every opt-out duty asks
  // for one opt-out instruction: they are checked together, with the strictest
  // form (a free-number prefix) when one applies.
  const byCheck = new Map<string, ChecklistItem[]>();
  let signature: RegExp | undefined;
  let optOutNumber: RegExp | undefined;
  for (const item of items) {
    const check = own<MessageCheck>(item, 'check');
    if (!isRecord(check)) continue;
    if (check.kind === 'signature') {
      const [o, c] = [escape(check.open), escape(check.close)];
      signature = new RegExp(`^${o}[^${c}]*${c}|${o}[^${o}]*${c}$`, 'u');
    }
    const prefix = check.kind === 'opt-out' ? own<string>(check, 'numberPrefix') : undefined;
    if (typeof prefix === 'string') optOutNumber = freeNumber(prefix);
    const key = check.kind === 'opt-out' ? 'opt-out' : JSON.stringify(check);
    const group = byCheck.get(key);
    if (group === undefined) byCheck.set(key, [item]);
    else group.push(item);
  }
  const groups = [...byCheck].map(([key, group]) => ({
    key,
    items: group,
    strictest: group.find((i) => (i.check as MessageCheck).kind === 'opt-out' && own(i.check as MessageCheck, 'numberPrefix') !== undefined) ?? (group[0] as ChecklistItem),
  }));
  const content = rules.content;
  const contentRules = isKnown(content) ? content.value : [];
  const topicItems = new Map<ContentTopic, ChecklistItem[]>();
  for (const item of items) {
    if (item.category !== 'content') continue;
    const rule = contentRules.find((r) => r.id === item.id);
    if (rule === undefined) continue;
    const list = topicItems.get(rule.topic);
    if (list === undefined) topicItems.set(rule.topic, [item]);
    else list.push(item);
  }
  const own_ = rules.optOut.keywords;
  const optOutWords = terms([...(isKnown(own_) ? own_.value : []), ...DEFAULT_REPLY_KEYWORDS.optOut, ...OPT_OUT_WORDS]);
  const plan: Plan = { groups, topicItems, signature, optOutNumber, optOutWords };
  plans.set(items, plan);
  return plan;
}

/** Patterns built from rule texts and templates, kept (a few hundred at most). */
const patterns = /* @__PURE__ */ new Map<string, RegExp>();
function cached(key: string, build: () => RegExp): RegExp {
  let re = patterns.get(key);
  if (re === undefined) {
    if (patterns.size >= 512) patterns.clear();
    re = build();
    patterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Checks the text against one duty's check. */
function evaluate(check: MessageCheck, ctx: Context): Outcome {
  const { text } = ctx;
  switch (check.kind) {
    case 'starts-with': {
      if (text.trimStart().startsWith(check.text)) return OK;
      const at = text.indexOf(check.text);
      if (at >= 0) return { ok: false, certainty: 'certain', fix: `Move "${check.text}" to the very start of the message.`, text: `"${check.text}" must come first in the message; here it comes later.`, span: { start: at, end: at + check.text.length } };
      const similar = spanOf(cached(`l${check.text}`, () => new RegExp(lookAlike(check.text).source, 'gu')), text);
      if (similar !== undefined) return { ok: false, certainty: 'certain', fix: `Replace "${text.slice(similar.start, similar.end)}" with "${check.text}", written exactly so.`, text: `The message has "${text.slice(similar.start, similar.end)}", not the exact "${check.text}" the rule demands at its very start.`, span: similar };
      return { ok: false, certainty: 'certain', fix: `Start the message with "${check.text}".`, text: `The message does not start with "${check.text}".` };
    }
    case 'contains':
      return hasPhrase(check.text, ctx) ? OK : { ok: false, certainty: 'certain', fix: `Add "${check.text}" as the rule says.`, text: `The message does not contain "${check.text}".` };
    case 'signature': {
      const re = cached(`s${check.open}${check.close}`, () => new RegExp(`${escape(check.open)}([^${escape(check.open)}${escape(check.close)}\\n]{1,40})${escape(check.close)}`, 'gu'));
      const trimmed = text.trim();
      const found = spanOf(re, text);
      if (found === undefined) return { ok: false, certainty: 'certain', fix: `Open the message with your approved signature in ${check.open}${check.close}.`, text: `The message has no ${check.open}sender name${check.close} signature.` };
      const signature = text.slice(found.start, found.end);
      if (!trimmed.startsWith(signature) && !trimmed.endsWith(signature)) return { ok: false, certainty: 'certain', fix: `Move ${signature} to the start of the message.`, text: `The signature ${signature} must open or close the message.`, span: found };
      if (ctx.brand !== undefined && signature !== `${check.open}${ctx.brand}${check.close}`) return { ok: false, certainty: 'certain', fix: `Sign with ${check.open}${ctx.brand}${check.close}, the approved signature.`, text: `The signature is ${signature}, not ${check.open}${ctx.brand}${check.close}.`, span: found };
      return OK;
    }
    case 'sender-name':
      if (ctx.brand === undefined) return { needs: 'brand' };
      return hasPhrase(ctx.brand, ctx) ? OK : { ok: false, certainty: 'certain', fix: `Name "${ctx.brand}" in the message.`, text: `The message does not name the sender ("${ctx.brand}").` };
    case 'contact':
      // The free opt-out number (South Korea's 080) is not the sender's contact.
      return CONTACT.test(ctx.optOutNumber === undefined ? text : text.replace(ctx.optOutNumber, ' ')) ? OK : { ok: false, certainty: 'likely', fix: 'Add a phone number, web address or e-mail where recipients can reach you.', text: 'No contact details (phone number, web address or e-mail) were found in the message.' };
    case 'opt-out': {
      const prefix = own<string>(check, 'numberPrefix');
      if (prefix !== undefined) {
        return cached(`n${prefix}`, () => freeNumber(prefix)).test(text) ? OK : { ok: false, certainty: 'certain', fix: `Add your free ${prefix} opt-out number.`, text: `The message gives no free opt-out number starting ${prefix}.` };
      }
      const wording = ctx.rules.optOut.wording;
      if (hasTerm(ctx.optOutWords, ctx)) return OK;
      return {
        ok: false,
        certainty: 'likely',
        fix: 'Add an opt-out line such as "Reply STOP to opt out", in the wording used here.',
        text: `No opt-out instruction (such as "Reply STOP to opt out") was found in the message.${isKnown(wording) ? ` The wording used here: ${wording.value}` : ''}`,
        ...(isKnown(wording) ? { sources: wording.sources } : {}),
      };
    }
    case 'registered-template': {
      if (ctx.templates === undefined) return { needs: 'templates' };
      // A signature (China's 【】) is registered apart from the template: the text is also tried without it.
      const bare = ctx.signature === undefined ? text : text.trim().replace(ctx.signature, '');
      if (ctx.templates.some((t) => {
        const re = cached(`t${t}`, () => templatePattern(t));
        return re.test(text) || re.test(bare);
      })) return OK;
      return { ok: false, certainty: 'certain', fix: 'Send the text of a registered template, with only its variable parts changed.', text: `The message matches none of the ${ctx.templates.length} registered template${ctx.templates.length === 1 ? '' : 's'} passed in \`templates\` (each \`{#var#}\` stands for up to 30 characters).` };
    }
  }
}

function checkInput(record: Record<string, unknown>): { text: string; brand: string | undefined; templates: readonly string[] | undefined; maxSegments: number } {
  const text = own(record, 'text');
  if (typeof text !== 'string') throw new SendrightError('INVALID_INPUT', `\`text\` must be the message as a string; got ${describe(text)}.`, 'text');
  const brand = own(record, 'brand');
  if (brand !== undefined && (typeof brand !== 'string' || brand.trim() === '')) throw new SendrightError('INVALID_INPUT', `\`brand\` must be the sender's name as a non-empty string; got ${describe(brand)}.`, 'brand');
  const templates = own(record, 'templates');
  if (templates !== undefined && !(Array.isArray(templates) && templates.every((t) => typeof t === 'string' && t !== ''))) {
    throw new SendrightError('INVALID_INPUT', `\`templates\` must be a list of registered template texts, e.g. ['Your OTP is {#var#}']; got ${describe(templates)}.`, 'templates');
  }
  const max = own(record, 'maxSegments');
  if (max !== undefined && !(typeof max === 'number' && Number.isInteger(max) && max >= 1)) throw new SendrightError('INVALID_INPUT', `\`maxSegments\` must be a whole number of at least 1; got ${describe(max)}.`, 'maxSegments');
  return { text, brand: brand === undefined ? undefined : (brand as string).trim(), templates: templates as readonly string[] | undefined, maxSegments: (max as number | undefined) ?? DEFAULT_MAX_SEGMENTS };
}

/**
 * Checks a message's text against the destination's rules for its use case
 * (and sender type): the duties a text can show (a required prefix, the
 * sender's name, contact details, opt-out instructions, a signature, a
 * registered template), prohibited and restricted content, public URL
 * shorteners, unfilled template variables and length. See `checkMessage` in
 * `sendright` for what each finding means.
 *
 * @param input - `text`, destination, `useCase`, and optional `senderType`, `brand`, `templates`, `maxSegments`, `at`
 * @param table - the rules table (see `createTable`)
 * @returns `{ findings, segments, unchecked, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * import { checkMessage, createTable } from 'sendright/core';
 * import { KR } from 'sendright/rules';
 * checkMessage({ text: '[광고] 세일', country: 'KR', useCase: 'marketing' }, createTable([KR])).findings[0].id;
 * //=> 'identification.kr.advertising-prefix'
 * ```
 * @category Functions
 */
export function checkMessage(input: CheckMessageInput, table: RulesTable): CheckMessageResult {
  const record = inputRecord(input, 'checkMessage');
  const { text, brand, templates, maxSegments } = checkInput(record);
  const useCase = parseUseCase(own(record, 'useCase'), true);
  const senderType = parseSenderType(own(record, 'senderType'));
  const dest = resolveDestination({ to: own(record, 'to'), country: own(record, 'country'), defaultCountry: own(record, 'defaultCountry'), at: own(record, 'at') } as DestinationInput, table);
  const { rules } = dest;
  const checklist = checklistFor(dest, useCase, senderType);
  const plan = planFor(checklist.items, rules);
  const ascii = ASCII.test(text);
  const ctx: Context = { text, ascii, lower: ascii ? text.toLowerCase() : '', words: undefined, rules, brand, templates, signature: plan.signature, optOutNumber: plan.optOutNumber, optOutWords: plan.optOutWords };
  const findings: MessageFinding[] = [];
  const unchecked: UncheckedDuty[] = [];

  let otherOptOutFailed = false;
  let genericOptOut: MessageFinding | undefined;
  for (const { key, items: group, strictest } of plan.groups) {
    const outcome = evaluate(strictest.check as MessageCheck, ctx);
    const needs = own<'brand' | 'templates'>(outcome, 'needs');
    if (needs !== undefined) {
      for (const item of group) unchecked.push({ id: item.id, level: item.level, text: item.text, sources: item.sources, needs });
      continue;
    }
    if (own(outcome, 'ok') === true) continue;
    const failed = outcome as Extract<Outcome, { readonly ok: false }>;
    const lead = group.reduce((a, b) => (LEVEL_ORDER[b.level] < LEVEL_ORDER[a.level] || (b === strictest && LEVEL_ORDER[b.level] === LEVEL_ORDER[a.level]) ? b : a));
    // Own properties only: an outcome without a span or sources has none, whatever Object.prototype holds.
    const span = own<TextSpan>(failed, 'span');
    const sources = [...new Set(group.flatMap((i) => i.sources).concat(own<readonly RuleSource[]>(failed, 'sources') ?? []))];
    const finding: MessageFinding = { id: lead.id, level: lead.level, certainty: failed.certainty, text: `${failed.text} ${lead.text}`, sources, fix: failed.fix, ...(span === undefined ? {} : { span }) };
    if (key === 'opt-out') genericOptOut = finding;
    else {
      if (lead.category === 'opt-out') otherOptOutFailed = true;
      findings.push(finding);
    }
  }
  // A country's own opt-out format (France's "STOP" line) already says the instruction is missing.
  if (genericOptOut !== undefined && !otherOptOutFailed) findings.push(genericOptOut);

  // Content: topics suggested by words, and public URL shorteners.
  const topicItems = plan.topicItems;
  if (topicItems.size > 0) {
    // The first word or phrase of each topic the country has a rule on.
    const set = topicSet();
    const found = new Map<ContentTopic, { term: string; span: TextSpan | undefined }>();
    const note = (topic: ContentTopic | undefined, span: TextSpan | undefined, term: string): void => {
      if (topic === undefined || !topicItems.has(topic)) return;
      const seen = found.get(topic);
      if (seen === undefined || (span !== undefined && (seen.span === undefined || span.start < seen.span.start))) found.set(topic, { term: span === undefined ? term.toLowerCase() : text.slice(span.start, span.end), span });
    };
    if (ctx.ascii) {
      const re = set.ascii as RegExp;
      re.lastIndex = 0;
      for (let m = re.exec(ctx.lower); m !== null; m = re.exec(ctx.lower)) {
        const span = matchSpan(m);
        const term = text.slice(span.start, span.end);
        note(topicOf.get(replyWords(term)), span, term);
      }
    } else {
      // The finding points at the topic's first word in the text as written.
      const words = wordsOf(ctx);
      for (const term of set.latin) if (words.includes(` ${term} `)) note(topicOf.get(term), spanOf(asWritten(term), text), term);
    }
    for (const [topic, { term, span }] of found) {
      const shown = term;
      for (const item of topicItems.get(topic) ?? []) {
        findings.push({
          id: item.id,
          level: item.level,
          certainty: 'likely',
          fix: item.level === 'required' ? `Remove "${shown}" unless the message is not about ${topic.replace(/-/g, ' ')}, or your programme is approved for it.` : `Check that "${shown}" meets the rule.`,
          text: `The message mentions "${shown}", which suggests ${topic.replace(/-/g, ' ')} content (a keyword match; read the message to confirm). ${item.text}`,
          sources: item.sources,
          ...(span === undefined ? {} : { span }),
        });
      }
    }
  }
  const shortener = hasShortener(text) ? spanOf(shortenerLink(), text) : undefined;
  if (shortener !== undefined) {
    const link = text.slice(shortener.start, shortener.end);
    const items = topicItems.get('url-shorteners');
    if (items !== undefined) {
      for (const item of items) findings.push({ id: item.id, level: item.level, certainty: 'certain', fix: 'Use a link on a domain you own.', text: `The link ${link} goes through a public URL shortener. ${item.text}`, sources: item.sources, span: shortener });
    } else {
      findings.push({ id: 'message.url-shortener', level: 'best-practice', certainty: 'certain', fix: 'Use a link on a domain you own.', text: `The link ${link} goes through a public URL shortener; spam filters block links through the most popular ones. Use a link on a domain you own.`, sources: [S_TELNYX_URL_SHORTENING], span: shortener });
    }
  }

  // The text's own form.
  UNFILLED_VARIABLE.lastIndex = 0;
  // Every placeholder has one of these characters; most messages have none but '%'.
  const marked = text.includes('{') || text.includes('[') || text.includes('<') || text.includes('%');
  for (let m = marked ? UNFILLED_VARIABLE.exec(text) : null; m !== null; m = UNFILLED_VARIABLE.exec(text)) {
    findings.push({ id: 'message.unfilled-variable', level: 'recommended', certainty: 'likely', fix: `Fill in ${m[0]} before sending.`, text: `"${m[0]}" looks like a template variable that was not filled in.`, sources: NO_SOURCES, span: { start: m.index, end: m.index + m[0].length } });
  }
  const segments = countSegments(text);
  if (segments.segments > maxSegments) {
    findings.push({ id: 'message.segments', level: 'best-practice', certainty: 'certain', fix: `Shorten the message to ${maxSegments} segment${maxSegments === 1 ? '' : 's'} or fewer.`, text: `The message takes ${segments.segments} segments (${segments.encoding}), more than ${maxSegments}; each segment is billed, and long messages are more often filtered or cut.`, sources: NO_SOURCES });
  }
  if (segments.encoding === 'UCS-2' && segments.replacements.length > 0) {
    const smart = countSegments(text, { smartEncoding: true });
    if (smart.encoding === 'GSM-7' && smart.segments < segments.segments) {
      const chars = [...new Set(segments.replacements.map((r) => r.char))].join(' ');
      findings.push({
        id: 'message.encoding',
        level: 'best-practice',
        certainty: 'certain',
        fix: `Replace ${chars} with their GSM-7 look-alikes (or send with Smart Encoding).`,
        text: `Only ${chars} force UCS-2: replaced by their GSM-7 look-alikes (countSegments with smartEncoding), the message takes ${smart.segments} segment${smart.segments === 1 ? '' : 's'} instead of ${segments.segments}.`,
        sources: NO_SOURCES,
        span: { start: (segments.replacements[0] as { index: number }).index, end: (segments.replacements[0] as { index: number }).index + (segments.replacements[0] as { char: string }).char.length },
      });
    }
  }

  const CERTAINTY: Readonly<Record<FindingCertainty, number>> = { certain: 0, likely: 1 };
  // Own properties only: a finding without a span has none, whatever Object.prototype holds.
  const at = (f: MessageFinding): number => own<TextSpan>(f, 'span')?.start ?? Infinity;
  findings.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || CERTAINTY[a.certainty] - CERTAINTY[b.certainty] || at(a) - at(b));
  return {
    country: dest.country,
    status: rules.status,
    date: dest.day,
    ...(dest.e164 === undefined ? {} : { e164: dest.e164 }),
    findings,
    segments,
    unchecked,
    reasons: checklist.reasons,
  };
}
