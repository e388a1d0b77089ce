import { activeItems, factAt, isKnown } from '../_lib/facts';
import { assertObject, parseSenderType, parseUseCase, resolveDestination } from '../_lib/input';
import { notResearchedReason, sourcesOf } from '../_lib/reasons';
import type { RulesTable } from '../_lib/table';
import { MARKETING_USE_CASES, S_TWILIO_MESSAGING_POLICY } from '../rules/global';
import type { ChecklistCategory, ConsentKind, Fact, Level, Requirement, RuleSource, SenderKind, SenderType, Sources, UseCase } from '../rules/types';
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

const LEVEL_ORDER: Readonly<Record<Level, number>> = { required: 0, recommended: 1, 'best-practice': 2 };

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
  assertObject(input, 'complianceChecklist');
  const useCase = parseUseCase(input.useCase, true);
  const senderType = parseSenderType(input.senderType);
  const dest = resolveDestination(input, table);
  const { rules, day } = dest;
  const marketing = MARKETING_USE_CASES.value.includes(useCase);
  const items: ChecklistItem[] = [];
  const reasons: Reason[] = [];
  const unknownFacts: string[] = [];

  // Consent.
  const consent = factAt(marketing ? rules.consent.marketing : rules.consent.transactional, day);
  if (isKnown(consent)) {
    if (consent.value !== 'none') items.push(item(`consent.${consent.value}`, 'consent', 'required', withNote(CONSENT_TEXT[consent.value], consent), consent.sources));
  } else {
    unknownFacts.push('consent');
    items.push(item('consent.express', 'consent', 'recommended', `The sources do not establish the consent rule for these messages in ${dest.country}; get explicit opt-in consent and keep a record of it (the safe course).`, [S_TWILIO_MESSAGING_POLICY]));
  }
  const laws = rules.consent.laws;
  if (isKnown(laws) && laws.value.length > 0) items.push(item('consent.laws', 'consent', 'required', `Follow the laws that govern consent for SMS in ${dest.country}: ${laws.value.join('; ')}.`, laws.sources));

  // Opt-out.
  const instructions = factAt(marketing ? rules.optOut.marketingInstructions : rules.optOut.transactionalInstructions, day);
  const keywords = rules.optOut.keywords;
  const keywordText = isKnown(keywords) && keywords.value.length > 0 ? ` Treat ${keywords.value.join(', ')} as opt-out requests.` : '';
  pushRequirement(items, 'optout.instructions', 'opt-out', instructions, `Tell recipients in each message how to opt out.${keywordText}`, () => {
    unknownFacts.push('opt-out instructions');
    return marketing ? 'recommended' : 'best-practice';
  });
  if (isKnown(keywords) && keywords.value.length > 0) {
    items.push(item('optout.stop-keyword', 'opt-out', 'required', `Honour the opt-out keywords ${keywords.value.join(', ')} (in any letter case) and stop sending to that number.`, keywords.sources));
  } else {
    unknownFacts.push('opt-out keywords');
    items.push(item('optout.stop-keyword', 'opt-out', 'recommended', 'The sources do not establish the local opt-out keywords; honour STOP and any clear request to stop, in the local languages too.', [S_TWILIO_MESSAGING_POLICY]));
  }
  const wording = rules.optOut.wording;
  if (isKnown(wording) && (marketing || isRequiredFact(factAt(rules.optOut.transactionalInstructions, day)))) {
    items.push(item('optout.wording', 'opt-out', levelOf(factAt(marketing ? rules.optOut.marketingInstructions : rules.optOut.transactionalInstructions, day), 'recommended'), wording.value, wording.sources));
  }
  const deadline = rules.optOut.deadline;
  if (isKnown(deadline)) items.push(item('optout.deadline', 'opt-out', 'required', `Process opt-outs in time: ${deadline.value}`, deadline.sources));

  // HELP.
  const help = factAt(rules.help.required, day);
  const helpKeywords = rules.help.keywords;
  const helpWords = isKnown(helpKeywords) && helpKeywords.value.length > 0 ? helpKeywords.value.join(', ') : 'HELP';
  pushRequirement(items, 'help.keyword', 'help', help, `Answer ${helpWords} with the sender's name and how to get support or opt out.`, () => 'best-practice');

  // Quiet hours: the same rules sendWindow reads.
  const quiet = rules.quietHours;
  if (isKnown(quiet)) {
    for (const rule of activeItems(quiet.value, day)) {
      if (!rule.useCases.includes(useCase)) continue;
      items.push(item(rule.id, 'quiet-hours', rule.level, rule.text, rule.sources));
    }
  } else if (marketing) {
    unknownFacts.push('quiet hours');
    items.push(item('quiet-hours.unknown', 'quiet-hours', 'recommended', `The sources do not establish sending-time rules for ${dest.country}; send marketing only in the daytime on working days, in the recipient's local time (the safe course).`, [S_TWILIO_MESSAGING_POLICY]));
  }

  // Registration.
  const kinds = senderType === undefined ? undefined : SENDER_KINDS[senderType];
  for (const programme of activeItems(rules.registrations, day)) {
    if (kinds && !programme.senderKinds.some((k) => kinds.includes(k))) continue;
    const scope = kinds ? '' : ` (applies to: ${programme.senderKinds.join(', ')})`;
    items.push(item(`registration.${programme.id}`, 'registration', programme.level, `${programme.name}: ${programme.text}${scope}`, programme.sources));
  }

  // Content.
  const content = rules.content;
  if (isKnown(content)) {
    for (const rule of activeItems(content.value, day)) {
      if (rule.useCases && !rule.useCases.includes(useCase)) continue;
      if (kinds && rule.senderKinds && !rule.senderKinds.some((k) => kinds.includes(k))) continue;
      items.push(item(rule.id, 'content', 'required', rule.text, rule.sources));
    }
  } else {
    unknownFacts.push('content rules');
  }

  // Data protection.
  const privacy = rules.dataProtection;
  if (isKnown(privacy) && privacy.value.length > 0) {
    items.push(item('data-protection.laws', 'data-protection', 'required', `Handle phone numbers and message data under ${privacy.value.join('; ')}.`, privacy.sources));
  } else {
    unknownFacts.push('data-protection law');
  }

  // Country-specific duties.
  for (const duty of activeItems(rules.obligations, day)) {
    if (duty.useCases && !duty.useCases.includes(useCase)) continue;
    if (senderType && duty.senderTypes && !duty.senderTypes.includes(senderType)) continue;
    items.push(item(duty.id, duty.category, duty.level, duty.text, duty.sources));
  }

  items.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
  if (rules.status === 'not-researched') reasons.push(notResearchedReason(dest.country));
  else if (unknownFacts.length > 0) {
    reasons.push({ id: 'checklist.unknown-facts', text: `The sources do not establish these rules for ${dest.country}: ${unknownFacts.join(', ')}. The related items take the safe course.`, sources: [] });
  }

  return {
    country: dest.country,
    status: rules.status,
    date: day,
    ...(dest.e164 === undefined ? {} : { e164: dest.e164 }),
    items,
    reasons,
  };
}

function item(id: string, category: ChecklistCategory, level: Level, text: string, sources: readonly RuleSource[] | Sources): ChecklistItem {
  return { id, category, level, text, sources };
}

function withNote(text: string, fact: Fact<unknown>): string {
  return fact.note ? `${text} ${fact.note}` : text;
}

function isRequiredFact(fact: Fact<Requirement>): boolean {
  return isKnown(fact) && fact.value === 'required';
}

function levelOf(fact: Fact<Requirement>, fallback: Level): Level {
  return isKnown(fact) && fact.value !== 'not-required' ? fact.value : fallback;
}

/** Adds an item for a requirement fact: at its level when known, at the fallback level when unknown, not at all when not required. */
function pushRequirement(items: ChecklistItem[], id: string, category: ChecklistCategory, fact: Fact<Requirement>, text: string, onUnknown: () => Level): void {
  if (isKnown(fact)) {
    if (fact.value !== 'not-required') items.push(item(id, category, fact.value, withNote(text, fact), fact.sources));
    return;
  }
  items.push(item(id, category, onUnknown(), `${text} (The sources do not establish whether this is demanded here; it is the safe course.)`, sourcesOf(fact).length > 0 ? sourcesOf(fact) : [S_TWILIO_MESSAGING_POLICY]));
}

