import { activeItems, factAt, isKnown } from '../_lib/facts';
import { LEVEL_ORDER } from '../_lib/levels';
import { inputRecord, parseSenderType, parseUseCase, resolveDestination, type ResolvedDestination } from '../_lib/input';
import { deepFreeze } from '../_lib/freeze';
import { perRowAndDay } from '../_lib/memo';
import { usStates } from '../_lib/recipient';
import { noteOf, notResearchedReason, reason, rowSources, sourcesOf } from '../_lib/reasons';
import { own } from '../_lib/own';
import type { RulesTable } from '../_lib/table';
import { MARKETING_USE_CASES, S_TWILIO_MESSAGING_POLICY } from '../rules/global';
import type { ChecklistCategory, ConsentKind, CountryRules, Fact, Level, MessageCheck, ProgrammeCategory, Requirement, RuleSource, SenderKind, SenderType, Sources, UseCase } from '../rules/types';
import type { DestinationInput, Reason, ResultBase } from '../types';

/** Input of {@link complianceChecklist}. */
export interface ComplianceChecklistInput extends DestinationInput {
  /** What the messages are for. */
  readonly useCase: UseCase;
  /** The sender type that will carry the messages; omitted: items for every sender type. */
  readonly senderType?: SenderType;
}

/** One thing to do to stay compliant. */
export interface ChecklistItem {
  /** Stable id, e.g. `optout.stop-keyword` or `quiet-hours.fr.marketing`. */
  readonly id: string;
  /** What kind of duty it is. */
  readonly category: ChecklistCategory;
  /** `required` (law or carrier rule), `recommended`, or `best-practice`. */
  readonly level: Level;
  /** What to do, in plain words. */
  readonly text: string;
  /** Where the duty comes from; empty only for the conservative items of a country whose rules are unknown. */
  readonly sources: readonly RuleSource[];
  /** What a message's text must contain for the duty to be met, when the text can show it (e.g. a required prefix). */
  readonly check?: MessageCheck;
}

/** Result of {@link complianceChecklist}. */
export interface ComplianceChecklistResult extends ResultBase {
  /** The items that apply, `required` first. */
  readonly items: readonly ChecklistItem[];
  /** Reasons about the checklist as a whole (e.g. `country.not-researched`, unknown facts). */
  readonly reasons: readonly Reason[];
}

const CONSENT_TEXT: Readonly<Record<ConsentKind, string>> = {
  'express-written': 'Get the recipient\'s prior express written consent (a signed or electronic written agreement naming the sender and the kind of messages) before sending.',
  express: 'Get the recipient\'s explicit opt-in consent before sending, and keep a record of it.',
  'implied-or-express': 'Have the recipient\'s consent before sending: explicit opt-in, or consent implied by an existing relationship within the limits the law sets.',
  'opt-out': 'Prior consent is not required, but the recipient must be able to refuse further messages at any time.',
  none: 'No specific consent rule is established for these messages; general data-protection law still applies.',
};


const SENDER_KINDS: Readonly<Record<SenderType, readonly SenderKind[]>> = {
  'short-code': ['short-code'],
  'toll-free': ['toll-free'],
  'local-long-code': ['local-long-code'],
  'international-long-code': ['international-long-code'],
  alphanumeric: ['alphanumeric-dynamic', 'alphanumeric-preregistered'],
};

/**
 * Lists what must be done to send this use case to this destination (and,
 * optionally, from this sender type): consent, opt-out, HELP, identification,
 * quiet hours, registration, content, data protection and record-keeping.
 *
 * Items come from the country's rules; marketing and non-marketing messages
 * differ where the law differs. Where a fact is unknown, the item asks for the
 * safe course and says so. Required items come first.
 *
 * @param input - destination, use case and optional sender type
 * @param table - the rules table (the default entry binds the full table)
 * @returns the applicable items with stable ids, levels and sources
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * const { items } = complianceChecklist({ country: 'FR', useCase: 'marketing' });
 * items.some((i) => i.category === 'quiet-hours');
 * //=> true
 * ```
 * @category Functions
 */
export function complianceChecklist(input: ComplianceChecklistInput, table: RulesTable): ComplianceChecklistResult {
  const i = inputRecord(input, 'complianceChecklist');
  input = { to: own(i, 'to'), country: own(i, 'country'), defaultCountry: own(i, 'defaultCountry'), at: own(i, 'at'), useCase: own(i, 'useCase'), senderType: own(i, 'senderType') } as unknown as ComplianceChecklistInput;
  const useCase = parseUseCase(input.useCase, true);
  const senderType = parseSenderType(input.senderType);
  const dest = resolveDestination(input, table);
  const { items, reasons } = checklistFor(dest, useCase, senderType);
  return {
    country: dest.country,
    status: dest.rules.status,
    date: dest.day,
    ...(dest.e164 === undefined ? {} : { e164: dest.e164 }),
    items,
    reasons,
  };
}

/** The checklist's items and reasons for a resolved destination: what complianceChecklist and checkMessage share. */
export function checklistFor(dest: ResolvedDestination, useCase: UseCase, senderType: SenderType | undefined): { readonly items: readonly ChecklistItem[]; readonly reasons: readonly Reason[] } {
  const { rules, day } = dest;
  const marketing = MARKETING_USE_CASES.value.includes(useCase);
  const variants = compile(rules, day);
  const compiled = (marketing ? (variants.marketing ??= compileFor(rules, day, true)) : (variants.other ??= compileFor(rules, day, false)));
  const kinds = senderType === undefined ? undefined : SENDER_KINDS[senderType];
  // A US number's area code gives the state, so other states' rules can be left out.
  const regions = dest.e164 !== undefined && dest.country === 'US' ? usStates(dest.e164) : undefined;
  let items: readonly ChecklistItem[];
  if (kinds === undefined && regions === undefined) {
    // The common case depends on the use case alone: filter once per row, day and use case.
    items = compiled.byUseCase.get(useCase) ?? filterItems(compiled, useCase, undefined, undefined, undefined, true);
  } else {
    items = filterItems(compiled, useCase, senderType, kinds, regions, false);
  }

  return { items, reasons: compiled.reasons };
}

/** The items of a compiled checklist that apply to a use case, sender type and subdivisions. */
function filterItems(
  compiled: Compiled,
  useCase: UseCase,
  senderType: SenderType | undefined,
  kinds: readonly SenderKind[] | undefined,
  regions: readonly string[] | undefined,
  remember: boolean,
): readonly ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const candidate of compiled.candidates) {
    // Own properties only: nothing added to Object.prototype may filter an item in or out.
    const only = <T>(key: string): readonly T[] | undefined => own<readonly T[]>(candidate, key);
    const forRegions = only<string>('regions');
    const forUseCases = only<UseCase>('useCases');
    const forKinds = only<SenderKind>('senderKinds');
    const forTypes = only<SenderType>('senderTypes');
    if (regions && forRegions && !forRegions.some((r) => regions.includes(r))) continue;
    if (forUseCases && !forUseCases.includes(useCase)) continue;
    if (kinds && forKinds && !forKinds.some((k) => kinds.includes(k))) continue;
    if (senderType && forTypes && !forTypes.includes(senderType)) continue;
    const variant = own<ChecklistItem>(candidate, 'forSenderType');
    items.push(kinds && variant ? variant : candidate.item);
  }
  if (!remember) return items;
  const frozen = Object.freeze(items);
  compiled.byUseCase.set(useCase, frozen);
  return frozen;
}

/** A checklist item and the inputs it applies to. */
interface Candidate {
  readonly item: ChecklistItem;
  /** The item to use instead when a sender type is given. */
  readonly forSenderType?: ChecklistItem;
  /** Only for these use cases. */
  readonly useCases?: readonly UseCase[] | undefined;
  /** With a sender type given, only if it covers one of these sender kinds. */
  readonly senderKinds?: readonly SenderKind[] | undefined;
  /** With a sender type given, only for these types. */
  readonly senderTypes?: readonly SenderType[] | undefined;
  /** With the recipient's subdivision known, only for these (ISO 3166-2). */
  readonly regions?: readonly string[] | undefined;
}

/** Every item a country's rules can yield on a day, for marketing or other use cases, required first. */
interface Compiled {
  readonly candidates: readonly Candidate[];
  readonly reasons: readonly Reason[];
  /** The items for a use case with no sender type or subdivision given, filled on first use. */
  readonly byUseCase: Map<UseCase, readonly ChecklistItem[]>;
}

// Everything that depends only on the row and the day is built once per row, day and
// marketing-or-not, on first use;
// a call only filters the candidates by use case and sender type.
const compile = /* @__PURE__ */ perRowAndDay((): { marketing?: Compiled; other?: Compiled } => ({}));

function compileFor(rules: CountryRules, day: string, marketing: boolean): Compiled {
  const country = rules.country;
  const candidates: Candidate[] = [];
  const add = (candidate: Candidate): void => {
    candidates.push(candidate);
  };
  const unknownFacts: string[] = [];

  // Consent.
  const consent = factAt(marketing ? rules.consent.marketing : rules.consent.transactional, day);
  if (isKnown(consent)) {
    if (consent.value !== 'none') add({ item: item(`consent.${consent.value}`, 'consent', 'required', withNote(CONSENT_TEXT[consent.value], consent), consent.sources) });
  } else {
    unknownFacts.push('consent');
    add({ item: item('consent.express', 'consent', 'recommended', `The sources do not establish the consent rule for these messages in ${country}; get explicit opt-in consent and keep a record of it (the safe course).`, [S_TWILIO_MESSAGING_POLICY]) });
  }
  const laws = rules.consent.laws;
  if (isKnown(laws) && laws.value.length > 0) add({ item: item('consent.laws', 'consent', 'required', `Follow the laws that govern consent for SMS in ${country}: ${laws.value.join('; ')}.`, laws.sources) });

  // Opt-out.
  const instructions = factAt(marketing ? rules.optOut.marketingInstructions : rules.optOut.transactionalInstructions, day);
  const keywords = rules.optOut.keywords;
  const keywordText = isKnown(keywords) && keywords.value.length > 0 ? ` Treat ${keywords.value.join(', ')} as opt-out requests.` : '';
  const instructionsItem = requirementItem('optout.instructions', 'opt-out', instructions, `Tell recipients in each message how to opt out.${keywordText}`, marketing ? 'recommended' : 'best-practice', OPT_OUT_CHECK);
  if (!isKnown(instructions)) unknownFacts.push('opt-out instructions');
  if (instructionsItem) add({ item: instructionsItem });
  if (isKnown(keywords) && keywords.value.length > 0) {
    add({ item: item('optout.stop-keyword', 'opt-out', 'required', `Honour the opt-out keywords ${keywords.value.join(', ')} (in any letter case) and stop sending to that number.`, keywords.sources) });
  } else {
    unknownFacts.push('opt-out keywords');
    add({ item: item('optout.stop-keyword', 'opt-out', 'recommended', 'The sources do not establish the local opt-out keywords; honour STOP and any clear request to stop, in the local languages too.', [S_TWILIO_MESSAGING_POLICY]) });
  }
  const wording = rules.optOut.wording;
  if (isKnown(wording) && (marketing || isRequiredFact(factAt(rules.optOut.transactionalInstructions, day)))) {
    add({ item: item('optout.wording', 'opt-out', levelOf(instructions, 'recommended'), wording.value, wording.sources) });
  }
  const deadline = rules.optOut.deadline;
  if (isKnown(deadline)) add({ item: item('optout.deadline', 'opt-out', 'required', `Process opt-outs in time: ${deadline.value}`, deadline.sources) });

  // HELP.
  const help = factAt(rules.help.required, day);
  const helpKeywords = rules.help.keywords;
  const helpWords = isKnown(helpKeywords) && helpKeywords.value.length > 0 ? helpKeywords.value.join(', ') : 'HELP';
  const helpItem = requirementItem('help.keyword', 'help', help, `Answer ${helpWords} with the sender's name and how to get support or opt out.`, 'best-practice');
  if (helpItem) add({ item: helpItem });

  // Quiet hours: the same rules sendWindow reads.
  const quiet = rules.quietHours;
  if (isKnown(quiet)) {
    for (const rule of activeItems(quiet.value, day)) add({ item: item(rule.id, 'quiet-hours', rule.level, rule.text, rule.sources), useCases: rule.useCases, senderTypes: own(rule, 'senderTypes'), regions: own(rule, 'regions') });
  } else if (marketing) {
    unknownFacts.push('quiet hours');
    add({ item: item('quiet-hours.unknown', 'quiet-hours', 'recommended', `The sources do not establish sending-time rules for ${country}; send marketing only in the daytime on working days, in the recipient's local time (the safe course).`, [S_TWILIO_MESSAGING_POLICY]) });
  }

  // Registration: without a sender type, each item says which sender kinds it covers.
  for (const programme of activeItems(rules.registrations, day)) {
    const text = `${programme.name}: ${programme.text}`;
    add({
      item: item(`registration.${programme.id}`, 'registration', programme.level, `${text} (applies to: ${programme.senderKinds.join(', ')})`, programme.sources),
      forSenderType: item(`registration.${programme.id}`, 'registration', programme.level, text, programme.sources),
      senderKinds: programme.senderKinds,
    });
    // The category a use case is registered under (e.g. a 10DLC campaign use case).
    for (const c of own<readonly ProgrammeCategory[]>(programme, 'categories') ?? []) {
      const categoryText = `${programme.name}: register the campaign under '${c.name}'${c.kind === 'special' ? ', a special use case that needs extra vetting or carrier approval' : ''}. ${c.text}`;
      add({
        item: item(`registration.${c.id}`, 'registration', programme.level, `${categoryText} (applies to: ${programme.senderKinds.join(', ')})`, c.sources),
        forSenderType: item(`registration.${c.id}`, 'registration', programme.level, categoryText, c.sources),
        useCases: c.useCases,
        senderKinds: programme.senderKinds,
      });
    }
  }

  // Content.
  const content = rules.content;
  if (isKnown(content)) {
    for (const rule of activeItems(content.value, day)) add({ item: item(rule.id, 'content', 'required', rule.text, rule.sources), useCases: own(rule, 'useCases'), senderKinds: own(rule, 'senderKinds') });
  } else {
    unknownFacts.push('content rules');
  }

  // Data protection.
  const privacy = rules.dataProtection;
  if (isKnown(privacy) && privacy.value.length > 0) {
    add({ item: item('data-protection.laws', 'data-protection', 'required', `Handle phone numbers and message data under ${privacy.value.join('; ')}.`, privacy.sources) });
  } else {
    unknownFacts.push('data-protection law');
  }

  // Country-specific duties.
  for (const duty of activeItems(rules.obligations, day)) add({ item: item(duty.id, duty.category, duty.level, duty.text, duty.sources, own<MessageCheck>(duty, 'check')), useCases: own(duty, 'useCases'), senderTypes: own(duty, 'senderTypes'), regions: own(duty, 'regions') });

  // A stable sort: required first, then recommended, then best practice, each in the order above.
  candidates.sort((a, b) => LEVEL_ORDER[a.item.level] - LEVEL_ORDER[b.item.level]);
  let reasons: readonly Reason[] = [];
  if (rules.status === 'not-researched') reasons = [notResearchedReason(country)];
  else if (unknownFacts.length > 0) {
    reasons = [reason('checklist.unknown-facts', `The sources do not establish these rules for ${country}: ${unknownFacts.join(', ')}. The related items take the safe course.`, rowSources(rules))];
  }
  // Frozen with everything in it: cached items go into answers, and nobody may change them.
  return deepFreeze({ candidates, reasons, byUseCase: new Map() });
}

function item(id: string, category: ChecklistCategory, level: Level, text: string, sources: readonly RuleSource[] | Sources, check?: MessageCheck): ChecklistItem {
  return Object.freeze(check === undefined ? { id, category, level, text, sources } : { id, category, level, text, sources, check });
}

function withNote(text: string, fact: Fact<unknown>): string {
  return text + noteOf(fact);
}

function isRequiredFact(fact: Fact<Requirement>): boolean {
  return isKnown(fact) && fact.value === 'required';
}

function levelOf(fact: Fact<Requirement>, fallback: Level): Level {
  return isKnown(fact) && fact.value !== 'not-required' ? fact.value : fallback;
}

/** Adds an item for a requirement fact: at its level when known, at the fallback level when unknown, not at all when not required. */
/** The item for a requirement fact: none when not required; when unknown, the safe level with a note saying so. */
function requirementItem(id: string, category: ChecklistCategory, fact: Fact<Requirement>, text: string, levelIfUnknown: Level, check?: MessageCheck): ChecklistItem | undefined {
  if (isKnown(fact)) return fact.value === 'not-required' ? undefined : item(id, category, fact.value, withNote(text, fact), fact.sources, check);
  return item(id, category, levelIfUnknown, `${text} (The sources do not establish whether this is demanded here; it is the safe course.)`, sourcesOf(fact).length > 0 ? sourcesOf(fact) : [S_TWILIO_MESSAGING_POLICY], check);
}

const OPT_OUT_CHECK: MessageCheck = /* @__PURE__ */ Object.freeze({ kind: 'opt-out' });
