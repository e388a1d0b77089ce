import { activeItems, factAt, isKnown } from '../_lib/facts';
import { SENDER_TYPES, inputRecord, parseBoolean, parseCount, parseUseCase, resolveDestination } from '../_lib/input';
import { deepFreeze } from '../_lib/freeze';
import { perRowAndDay } from '../_lib/memo';
import { consulted, noteOf, notResearchedReason, reason, sourcesOf } from '../_lib/reasons';
import { own as ownField } from '../_lib/own';
import type { RulesTable } from '../_lib/table';
import type { CountryRules, Fact, LeadTime, ProgrammeCategory, ProgrammeLimit, Provider, ProviderOffer, RegistrationNeed, RegistrationProgramme, RuleSource, SenderKind, SenderRestriction, SenderRules, SenderType, Throughput, UseCase } from '../rules/types';
import type { DestinationInput, Origin, Reason, ResultBase } from '../types';
import { classifyTraffic, type ClassifyTrafficInput, type ClassifyTrafficResult, type TrafficClass } from '../classifyTraffic/classifyTraffic';
import { TYPICAL_CONSUMER_OPERATION } from '../rules/global';

/** Input of {@link recommendSender}. */
export interface RecommendSenderInput extends DestinationInput {
  /** What the messages are for. */
  readonly useCase: UseCase;
  /** Whether recipients must be able to reply. */
  readonly twoWay?: boolean;
  /** Expected messages per day, to weigh throughput and daily caps. */
  readonly messagesPerDay?: number;
  /** Peak send rate needed, in messages per second (e.g. a burst of OTPs). */
  readonly messagesPerSecond?: number;
  /** Whether showing the brand name as the sender matters. */
  readonly brandDisplay?: boolean;
  /** Days until the first message must go out, to weigh provisioning lead time. */
  readonly launchWithinDays?: number;
  /**
   * Who originates the messages, as for `classifyTraffic`. When given, the
   * traffic is classified first; where it is P2P in the destination (a
   * conversation relayed by an application where the country allows it), the
   * route that carries P2P (local numbers, a masked-number pool) comes first,
   * with its per-number limits, and A2P-only senders follow.
   */
  readonly origin?: Origin;
  /** Whether software writes or triggers the messages, as for `classifyTraffic`. */
  readonly automated?: boolean;
  /** Messages per minute from one number at peak, as for `classifyTraffic`. */
  readonly messagesPerMinute?: number;
  /** Distinct recipients per day from one number, as for `classifyTraffic`. */
  readonly uniqueRecipientsPerDay?: number;
  /** Recipients one send goes to, as for `classifyTraffic`. */
  readonly recipientsPerSend?: number;
}

/** A registration programme an option needs. */
export interface ProgrammeRef {
  /** Programme id, e.g. `us.10dlc`. */
  readonly id: string;
  /** Programme name. */
  readonly name: string;
  /**
   * The programme's categories the use case is registered under (e.g. the 10DLC
   * campaign use case `2FA`); absent when the programme has no categories.
   * More than one means any of them fits.
   */
  readonly categories?: readonly CategoryRef[];
}

/** A sender type that fits, with what it takes. */
export interface SenderOption {
  /** The sender type. */
  readonly type: SenderType;
  /** Whether it must be registered first. */
  readonly registration: RegistrationNeed | 'unknown';
  /** Registration programmes that apply (e.g. `us.10dlc`), with the categories the use case files under. */
  readonly programmes: readonly ProgrammeRef[];
  /** Whether recipients can reply. */
  readonly twoWay: boolean | 'unknown';
  /** Typical throughput. */
  readonly throughput: Throughput | 'unknown';
  /** Typical provisioning lead time. */
  readonly leadTime: LeadTime | 'unknown';
  /** Whether the sender ID reaches the handset unchanged. */
  readonly senderIdPreserved: boolean | 'unknown';
  /**
   * How the operators limit it, when they accept it only with limits (filtered,
   * some networks only, or discouraged for A2P). Such an option ranks below
   * every option without limits.
   */
  readonly restriction?: OptionRestriction;
  /**
   * The major providers whose own pages say they sell this sender type here
   * (and, when replies are needed, that theirs can receive them; a provider
   * whose page does not say is listed too). Empty when no page in the table says.
   */
  readonly providers: readonly Provider[];
  /** Why it ranks where it does. */
  readonly reasons: readonly Reason[];
}

/** How an option is limited: the networks concerned (when only some) and the risk. */
export interface OptionRestriction {
  /** The networks the limit concerns, when it concerns only some. */
  readonly networks?: readonly string[];
  /** What the limit is and what it risks. */
  readonly text: string;
}

/**
 * Why a sender type is excluded:
 * `not-supported` (the country does not offer it for this traffic),
 * `one-way-only` (replies are needed and it cannot receive them),
 * `use-case-restricted` (carriers do not accept this use case on it),
 * `lead-time` (it cannot be provisioned by the launch date),
 * `unknown` (the sources do not establish that it is supported).
 */
export type ExclusionCode = 'not-supported' | 'one-way-only' | 'use-case-restricted' | 'lead-time' | 'unknown';

/** A sender type that does not fit. */
export interface ExcludedSender {
  /** The sender type. */
  readonly type: SenderType;
  /** Why, as a stable code. */
  readonly code: ExclusionCode;
  /** Why, in words. */
  readonly text: string;
  /** Where the fact behind the exclusion comes from. */
  readonly sources: readonly RuleSource[];
}

/** Result of {@link recommendSender}. */
export interface RecommendSenderResult extends ResultBase {
  /** The traffic class the options are for, when `origin` was given (see `classifyTraffic`). */
  readonly traffic?: TrafficClass;
  /** Sender types that fit, best first. */
  readonly options: readonly SenderOption[];
  /** Sender types that do not fit. Every sender type is in exactly one of the two lists. */
  readonly excluded: readonly ExcludedSender[];
  /** Reasons about the answer as a whole (e.g. `country.not-researched`). */
  readonly reasons: readonly Reason[];
}

const LABEL: Readonly<Record<SenderType, string>> = {
  'short-code': 'Short codes',
  'toll-free': 'Toll-free numbers',
  'local-long-code': 'Local long codes',
  'international-long-code': 'International long codes',
  alphanumeric: 'Alphanumeric sender IDs',
};

/** Order among options of equal score: dedicated domestic senders first. */
const TIE_ORDER: readonly SenderType[] = ['short-code', 'local-long-code', 'toll-free', 'alphanumeric', 'international-long-code'];

/** Hours of sending beyond which throughput counts against a sender. */
const SLOW_HOURS = 1;
const VERY_SLOW_HOURS = 8;

/**
 * Ranks the sender types for a destination and use case, and says why each
 * other type is excluded.
 *
 * Options come best first, each with the registration it needs, two-way
 * support, typical throughput and lead time from the rules table. Excluded
 * types carry a stable code: alphanumeric IDs to the US and Canada are
 * `not-supported`; alphanumeric IDs when replies are needed are
 * `one-way-only`; a type the sources do not establish is `unknown`.
 *
 * @param input - destination, use case and needs (two-way, volume, branding, launch date)
 * @param table - the rules table (the default entry binds the full table)
 * @returns ranked options and excluded types
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * const r = recommendSender({ country: 'US', useCase: 'otp' });
 * r.excluded.find((e) => e.type === 'alphanumeric')?.code;
 * //=> 'not-supported'
 * ```
 * @category Functions
 */
export function recommendSender(input: RecommendSenderInput, table: RulesTable): RecommendSenderResult {
  return recommendSenderFor(input, table, undefined);
}

/** recommendSender, for a caller that has classified the traffic already (preflight): the answer is the same. */
export function recommendSenderFor(input: RecommendSenderInput, table: RulesTable, classified: ClassifyTrafficResult | undefined): RecommendSenderResult {
  const i = inputRecord(input, 'recommendSender');
  input = { to: ownField(i, 'to'), country: ownField(i, 'country'), defaultCountry: ownField(i, 'defaultCountry'), at: ownField(i, 'at'), useCase: ownField(i, 'useCase'), twoWay: ownField(i, 'twoWay'), messagesPerDay: ownField(i, 'messagesPerDay'), messagesPerSecond: ownField(i, 'messagesPerSecond'), brandDisplay: ownField(i, 'brandDisplay'), launchWithinDays: ownField(i, 'launchWithinDays'), origin: ownField(i, 'origin'), automated: ownField(i, 'automated'), messagesPerMinute: ownField(i, 'messagesPerMinute'), uniqueRecipientsPerDay: ownField(i, 'uniqueRecipientsPerDay'), recipientsPerSend: ownField(i, 'recipientsPerSend') } as unknown as RecommendSenderInput;
  // With an origin, the traffic is classified first (its input errors come first too).
  const traffic = input.origin === undefined ? undefined : (classified ?? classifyTraffic(input as unknown as ClassifyTrafficInput, table));
  const useCase = parseUseCase(input.useCase, true);
  const twoWay = parseBoolean(input.twoWay, 'twoWay') === true;
  const brandDisplay = parseBoolean(input.brandDisplay, 'brandDisplay') === true;
  const perDay = parseCount(input.messagesPerDay, 'messagesPerDay');
  const perSecond = parseCount(input.messagesPerSecond, 'messagesPerSecond');
  const launchWithin = parseCount(input.launchWithinDays, 'launchWithinDays');
  const dest = resolveDestination(input, table);
  const { rules, day } = dest;
  const country = dest.country;
  const compiled = compile(rules, day);
  const views = viewsFor(compiled, useCase, twoWay);

  const scored: { option: SenderOption; score: number; tie: number; limited: number }[] = [];
  const excluded: ExcludedSender[] = [];
  for (let i = 0; i < compiled.senders.length; i++) {
    const sender = compiled.senders[i]!;
    const { type } = sender;
    if (sender.excluded) {
      excluded.push(sender.excluded);
      continue;
    }
    if (twoWay && sender.twoWay === false) {
      excluded.push(sender.oneWayOnly);
      continue;
    }
    const restricted = sender.restricted;
    if (isKnown(restricted) && restricted.value.includes(useCase)) {
      excluded.push({ type, code: 'use-case-restricted', text: `Carriers in ${country} do not accept '${useCase}' traffic on ${LABEL[type].toLowerCase()}.${noteOf(restricted)}`, sources: restricted.sources });
      continue;
    }
    const lead = sender.leadTime;
    if (launchWithin !== undefined && lead !== 'unknown' && lead.minDays > launchWithin) {
      excluded.push({ type, code: 'lead-time', text: `${LABEL[type]} take at least ${lead.minDays} days to provision in ${country}; the launch is in ${launchWithin}.`, sources: sender.leadSources });
      continue;
    }

    // The reasons that depend only on the country, the use case and the two-way need are
    // prebuilt; copy them only when this call adds its own.
    let score = sender.score + (twoWay ? (sender.twoWay === true ? 3 : -2) : 0);
    const view = views[i]!;
    const own: Reason[] = [];
    if (brandDisplay && type === 'alphanumeric') {
      score += sender.senderIdPreserved === false ? 1 : 3;
      own.push(sender.brandReason);
    }
    const throughput = sender.throughput;
    if (throughput !== 'unknown' && perDay !== undefined && perDay > 0) {
      const hours = perDay / throughput.messagesPerSecond / 3600;
      if (hours > VERY_SLOW_HOURS) score -= 2;
      else if (hours > SLOW_HOURS) score -= 1;
      own.push(reason(`sender.${type}.throughput`, `At a typical ${throughput.messagesPerSecond} messages a second, ${perDay} messages take about ${formatHours(hours)}.`, sender.throughputSources));
      const cap = ownField<number>(throughput, 'messagesPerDay');
      if (cap !== undefined && perDay > cap) {
        const tier = sender.limitFor(perDay, 'day');
        score -= tier ? 2 : 4;
        own.push(reason(`sender.${type}.daily-cap`, `By default this sender is capped at ${cap} messages a day, below the ${perDay} planned. ${tier ? `The lowest tier that allows it: ${describeLimit(tier)}.` : 'No tier in the sources allows that many.'}`, [...sender.throughputSources, ...(tier ? tier.sources : [])]));
      }
    }
    if (throughput !== 'unknown' && perSecond !== undefined && perSecond > throughput.messagesPerSecond) {
      const tier = sender.limitFor(perSecond, 'second');
      score -= tier ? 1 : 2;
      own.push(reason(`sender.${type}.rate`, `The typical rate is ${throughput.messagesPerSecond} messages a second, below the ${perSecond} needed. ${tier ? `The lowest tier that reaches it: ${describeLimit(tier)}.` : 'No tier in the sources reaches it.'}`, [...sender.throughputSources, ...(tier ? tier.sources : [])]));
    }
    if (launchWithin !== undefined) {
      if (lead === 'unknown') {
        score -= 1;
        own.push(reason(`sender.${type}.lead-time-unknown`, 'The sources do not give a provisioning lead time; check it against the launch date.', sender.leadSources));
      } else if (lead.maxDays > launchWithin) {
        score -= 1;
        own.push(reason(`sender.${type}.lead-time-risk`, `Provisioning typically takes ${lead.minDays} to ${lead.maxDays} days; it may not be ready in ${launchWithin}.`, sender.leadSources));
      } else {
        score += 1;
        own.push(reason(`sender.${type}.lead-time-ok`, `Provisioning typically takes ${lead.minDays} to ${lead.maxDays} days, within the ${launchWithin} available.`, sender.leadSources));
      }
    }
    const providers = twoWay ? sender.providersTwoWay : sender.providers;
    const reasons = own.length > 0 ? [...view.reasons, ...own] : view.reasons;
    const limits = sender.restriction;
    // Two fixed shapes, written out: a spread would give each option a shape of its own.
    const option: SenderOption =
      limits === undefined
        ? { type, registration: sender.registration, programmes: view.programmes, twoWay: sender.twoWay, throughput, leadTime: lead, senderIdPreserved: sender.senderIdPreserved, providers, reasons }
        : { type, registration: sender.registration, programmes: view.programmes, twoWay: sender.twoWay, throughput, leadTime: lead, senderIdPreserved: sender.senderIdPreserved, restriction: limits, providers, reasons };
    scored.push({ score, tie: sender.tie, limited: limits === undefined ? 0 : 1, option });
  }
  // A sender the operators accept only with limits ranks below every sender without them.
  scored.sort((a, b) => a.limited - b.limited || b.score - a.score || a.tie - b.tie);
  let options = scored.map((s) => s.option);
  // When the caller's needs were weighed, say how the options compare.
  const weighed = perDay !== undefined || perSecond !== undefined || launchWithin !== undefined;
  let reasons = weighed && options.length > 1 ? [...compiled.reasons, tradeOff(options)] : compiled.reasons;
  let kept = excluded;
  if (traffic !== undefined) {
    const decided = traffic.reasons[0];
    if (traffic.traffic === 'P2P') {
      // The P2P route first; every other sender carries the conversation as A2P.
      const route = p2pRoute(rules, day, country, twoWay ? compiled.senders.find((x) => x.type === 'local-long-code')?.providersTwoWay : compiled.senders.find((x) => x.type === 'local-long-code')?.providers, compiled.senders.find((x) => x.type === 'local-long-code')?.excluded);
      options = [route, ...options.filter((o) => o.type !== 'local-long-code').map((o) => withReason(o, reason(`sender.${o.type}.a2p-only`, `${LABEL[o.type]} carry A2P traffic: the conversation sent through one is A2P, with the registration, consent and opt-out rules of A2P.`, decided?.sources ?? [])))];
      kept = excluded.filter((e) => e.type !== 'local-long-code');
    }
    reasons = [...reasons, reason('sender.traffic', `The options are for ${traffic.traffic} traffic: ${decided?.text ?? ''}`, decided?.sources ?? [])];
  }

  return {
    country,
    status: rules.status,
    date: day,
    ...(dest.e164 === undefined ? {} : { e164: dest.e164 }),
    ...(traffic === undefined ? {} : { traffic: traffic.traffic }),
    options,
    excluded: kept,
    reasons,
  };
}

/** The same option with one more reason. */
function withReason(o: SenderOption, extra: Reason): SenderOption {
  const reasons = [...o.reasons, extra];
  const restriction = ownField<OptionRestriction>(o, 'restriction');
  return restriction === undefined
    ? { type: o.type, registration: o.registration, programmes: o.programmes, twoWay: o.twoWay, throughput: o.throughput, leadTime: o.leadTime, senderIdPreserved: o.senderIdPreserved, providers: o.providers, reasons }
    : { type: o.type, registration: o.registration, programmes: o.programmes, twoWay: o.twoWay, throughput: o.throughput, leadTime: o.leadTime, senderIdPreserved: o.senderIdPreserved, restriction, providers: o.providers, reasons };
}

let p2pThroughput: Throughput | undefined;
/** Per number, what a person-to-person number may carry before its traffic is A2P (built on first use, so bundles without recommendSender do not carry it). */
function p2pLimits(): Throughput {
  const limits = TYPICAL_CONSUMER_OPERATION.value;
  p2pThroughput ??= deepFreeze({
    messagesPerSecond: 1,
    messagesPerDay: limits.messagesPerDay,
    text: `Per number, stay within typical person-to-person use: about ${limits.messagesPerMinute} messages a minute, ${limits.messagesPerDay} a day and ${limits.uniqueRecipientsPerDay} distinct recipients a day (CTIA's figures, the best published description outside North America too); beyond them the traffic is A2P. Spread a busy service over a pool of numbers.`,
  });
  return p2pThroughput;
}

/**
 * The route that carries P2P traffic: local numbers, one per conversation or
 * from a masked-number pool. Operators accept person-to-person messages on
 * them whatever they accept for A2P; when they do not accept A2P on local
 * numbers, the route is limited to genuine conversation and says so.
 */
function p2pRoute(rules: CountryRules, day: string, country: string, providers: readonly Provider[] | undefined, a2pExcluded: ExcludedSender | undefined): SenderOption {
  const regime = factAt(rules.traffic.regime, day);
  const limits = TYPICAL_CONSUMER_OPERATION;
  const reasons: Reason[] = [
    reason('sender.local-long-code.p2p', `Local numbers (one per conversation, or a masked-number pool) carry person-to-person traffic in ${country}: a conversation relayed by an application is P2P here.${noteOf(regime)}`, sourcesOf(regime)),
    reason('sender.local-long-code.p2p-limits', p2pLimits().text, limits.sources),
    reason('sender.local-long-code.p2p-registration', 'The A2P registration rules for local numbers do not settle what a person-to-person number pool needs; ask your provider.', sourcesOf(regime)),
  ];
  if (providers !== undefined && providers.length > 0) {
    const offers = (ownField<readonly ProviderOffer[]>(rules.senders['local-long-code'], 'offers') ?? []).filter((o) => providers.includes(o.provider));
    reasons.push(reason('sender.local-long-code.providers', `Local numbers are sold here by ${providers.map((p) => PROVIDER_NAME[p]).join(', ')}.`, offers.flatMap((o) => o.sources)));
  }
  const restriction: OptionRestriction | undefined =
    a2pExcluded === undefined ? undefined : { text: `Only for genuine conversation within person-to-person volumes: ${a2pExcluded.code === 'not-supported' ? 'the operators do not accept A2P on local numbers here' : 'the sources do not establish that local numbers can carry A2P here'}, so anything automated or beyond those volumes is filtered.` };
  if (a2pExcluded !== undefined) reasons.push(reason('sender.local-long-code.p2p-only', restriction?.text ?? '', a2pExcluded.sources));
  const option = { type: 'local-long-code' as const, registration: 'unknown' as const, programmes: [], twoWay: true, throughput: p2pLimits(), leadTime: 'unknown' as const, senderIdPreserved: 'unknown' as const, providers: providers ?? [], reasons };
  return restriction === undefined ? option : { ...option, restriction };
}

/** One line per option, best first: what it offers on throughput and lead time. */
function tradeOff(options: readonly SenderOption[]): Reason {
  const lines = options.map((o, i) => {
    const perDay = o.throughput === 'unknown' ? undefined : ownField<number>(o.throughput, 'messagesPerDay');
    const t = o.throughput === 'unknown' ? 'throughput unknown' : `about ${o.throughput.messagesPerSecond}/s${perDay === undefined ? '' : ` and ${perDay}/day by default`}`;
    const l = o.leadTime === 'unknown' ? 'lead time unknown' : `${o.leadTime.minDays}-${o.leadTime.maxDays} days to provision`;
    return `${i + 1}. ${o.type}: ${t}, ${l}, registration ${o.registration}`;
  });
  // It rests on what each option's reasons rest on.
  const sources = [...new Set(options.flatMap((o) => o.reasons.flatMap((r) => r.sources)))];
  return reason('sender.trade-off', `How the options compare for these needs: ${lines.join('; ')}.`, sources);
}

function describeLimit(limit: ProgrammeLimit): string {
  return `${limit.setBy}, ${limit.tier}: ${limit.messages} messages a ${limit.per} per ${limit.scope}`;
}

/** What a sender type offers in a country on a day, before the caller's needs are weighed. */
interface CompiledSender {
  readonly type: SenderType;
  /** Set when the type is out whatever the needs: not supported, or unknown. */
  readonly excluded: ExcludedSender | undefined;
  readonly oneWayOnly: ExcludedSender;
  readonly restricted: Fact<readonly UseCase[]>;
  readonly registration: RegistrationNeed | 'unknown';
  readonly programmes: readonly RegistrationProgramme[];
  readonly twoWay: boolean | 'unknown';
  readonly throughput: Throughput | 'unknown';
  readonly throughputSources: readonly RuleSource[];
  readonly leadTime: LeadTime | 'unknown';
  readonly leadSources: readonly RuleSource[];
  readonly senderIdPreserved: boolean | 'unknown';
  /** Set when the operators accept the sender only with limits. */
  readonly restriction: OptionRestriction | undefined;
  /** Providers that sell it, and those of them not known to be one-way. */
  readonly providers: readonly Provider[];
  readonly providersTwoWay: readonly Provider[];
  /** Score from registration and sender-ID facts. */
  readonly score: number;
  /** Rank among equal scores (TIE_ORDER). */
  readonly tie: number;
  /** Supported, registration and sender-ID reasons, when replies are not needed. */
  readonly reasonsOneWay: readonly Reason[];
  /** The same with the two-way reason, when replies are needed. */
  readonly reasonsTwoWay: readonly Reason[];
  readonly brandReason: Reason;
  /** The smallest programme limit that allows `amount` messages per second or per day, if any. */
  limitFor(amount: number, per: 'second' | 'day'): ProgrammeLimit | undefined;
}

/** A programme category a use case files under, in short. */
export interface CategoryRef {
  /** Stable id of the category, e.g. `us.10dlc.2fa`. */
  readonly id: string;
  /** The programme's own name for it, e.g. `2FA`. */
  readonly name: string;
  /** `standard`, or `special` (extra vetting, proof of eligibility or carrier approval). */
  readonly kind: 'standard' | 'special';
}

/** What an option says for one use case: its programmes with categories, and its prebuilt reasons. */
interface UseCaseView {
  readonly programmes: readonly ProgrammeRef[];
  readonly reasons: readonly Reason[];
}

/** Each sender's view for a use case and two-way need, built on first use. */
function viewsFor(compiled: Compiled, useCase: UseCase, twoWay: boolean): readonly UseCaseView[] {
  const cache = compiled.views[twoWay ? 1 : 0];
  let views = cache.get(useCase);
  if (views === undefined) {
    // Frozen with everything in it: cached views go into answers, and nobody may change them.
    views = deepFreeze(compiled.senders.map((sender) => buildView(sender, useCase, twoWay)));
    cache.set(useCase, views);
  }
  return views;
}

function buildView(sender: CompiledSender, useCase: UseCase, twoWay: boolean): UseCaseView {
  const refs: ProgrammeRef[] = [];
  const reasons = [...(twoWay ? sender.reasonsTwoWay : sender.reasonsOneWay)];
  for (const p of sender.programmes) {
    const categories = ownField<readonly ProgrammeCategory[]>(p, 'categories');
    if (categories === undefined) {
      refs.push(Object.freeze({ id: p.id, name: p.name }));
      continue;
    }
    const fits = categories.filter((c) => c.useCases.includes(useCase));
    refs.push(Object.freeze({ id: p.id, name: p.name, categories: Object.freeze(fits.map((c) => Object.freeze({ id: c.id, name: c.name, kind: c.kind }))) }));
    reasons.push(
      Object.freeze(
        fits.length === 0
          ? reason(`sender.${sender.type}.category-unknown`, `The sources map '${useCase}' to none of the ${p.name} categories; ask your provider which one to register.`, p.sources)
          : reason(
              `sender.${sender.type}.category`,
              `Register '${useCase}' traffic under ${fits.map((c) => `'${c.name}'${c.kind === 'special' ? ' (a special use case: extra vetting or carrier approval)' : ''}: ${c.text}`).join(' Or ')}`,
              fits.flatMap((c) => c.sources),
            ),
      ),
    );
  }
  return Object.freeze({ programmes: Object.freeze(refs), reasons: Object.freeze(reasons) });
}

// The per-country, per-day part of the answer is built once per row and day;
// a call only weighs the caller's needs.
const compile = /* @__PURE__ */ perRowAndDay(
  (rules, day): Compiled =>
    deepFreeze({
      senders: SENDER_TYPES.map((type) => compileSender(rules, type, day)),
      reasons: rules.status === 'not-researched' ? [notResearchedReason(rules.country)] : [],
      views: [new Map(), new Map()],
    }),
);

/** A country's senders on a day, and their views per use case (one-way, two-way). */
interface Compiled {
  readonly senders: readonly CompiledSender[];
  readonly reasons: readonly Reason[];
  readonly views: readonly [Map<UseCase, readonly UseCaseView[]>, Map<UseCase, readonly UseCaseView[]>];
}

function compileSender(rules: CountryRules, type: SenderType, day: string): CompiledSender {
  const country = rules.country;
  const row = senderRow(rules, type, day);
  const supported = factAt(row.rules.supported, day);
  const twoWayFact = factAt(row.rules.twoWay, day);
  const registration = factAt(row.rules.registration, day);
  const preserved = factAt(row.rules.senderIdPreserved, day);
  const throughput = factAt(row.rules.throughput, day);
  const lead = factAt(row.rules.leadTime, day);
  const programmes = activeItems(rules.registrations, day).filter((p) => p.senderKinds.includes(row.kind));
  const names = programmes.map((p) => p.name).join(', ');

  const offers = ownField<readonly ProviderOffer[]>(row.rules, 'offers') ?? [];
  const selling = offers.filter((o) => o.offered);
  const offerText = describeOffers(offers);
  const offerSources = offers.flatMap((o) => o.sources);

  let excluded: ExcludedSender | undefined;
  if (!isKnown(supported)) {
    excluded = { type, code: 'unknown', text: `The sources do not establish whether ${LABEL[type].toLowerCase()} can send A2P SMS to ${country}.${offerText}`, sources: [...sourcesOf(supported), ...offerSources] };
  } else if (supported.value === false) {
    excluded = { type, code: 'not-supported', text: `${LABEL[type]} are not available for A2P SMS to ${country}.${noteOf(supported)}`, sources: supported.sources };
  }

  // A restricted value always ranks as one; a row of the caller's own that gives no restriction still says so.
  const limits: { readonly networks?: readonly string[]; readonly text: string; readonly sources: readonly RuleSource[] } | undefined =
    supported.value === 'restricted' ? (ownField<SenderRestriction>(row.rules, 'restriction') ?? { text: 'The operators accept it only with limits; the row does not say which.', sources: sourcesOf(supported) }) : undefined;
  const restriction: OptionRestriction | undefined = limits === undefined ? undefined : limits.networks === undefined ? { text: limits.text } : { networks: limits.networks, text: limits.text };
  const reasons: Reason[] = [
    limits === undefined
      ? reason(`sender.${type}.supported`, `${LABEL[type]} can send A2P SMS to ${country}.${noteOf(supported)}`, sourcesOf(supported))
      : reason(`sender.${type}.restricted`, `${LABEL[type]} are accepted for A2P SMS to ${country}, with limits${limits.networks === undefined ? '' : ` (${limits.networks.join(', ')})`}: ${limits.text}`, [...sourcesOf(supported), ...limits.sources]),
  ];
  if (selling.length > 0) reasons.push(reason(`sender.${type}.providers`, `Sold here by ${selling.map((o) => PROVIDER_NAME[o.provider]).join(', ')}.`, selling.flatMap((o) => o.sources)));
  let score = 0;
  if (!isKnown(registration)) {
    score -= 1;
    reasons.push(reason(`sender.${type}.registration-unknown`, 'The sources do not establish whether registration is needed; ask your provider before relying on it.', consulted(registration, rules)));
  } else if (registration.value === 'none') {
    score += 2;
    reasons.push(reason(`sender.${type}.no-registration`, 'No registration is needed before sending.', registration.sources));
  } else {
    score += registration.value === 'recommended' ? 1 : 0;
    reasons.push(reason(`sender.${type}.registration-${registration.value}`, `Registration is ${registration.value}${names ? `: ${names}` : ''}.${noteOf(registration)}`, registration.sources));
  }
  const preservedValue = isKnown(preserved) ? preserved.value : 'unknown';
  let preservedReason: Reason | undefined;
  if (preservedValue === false) {
    score -= 1;
    preservedReason = reason(`sender.${type}.id-not-preserved`, `Carriers may replace the sender ID before it reaches the handset.${noteOf(preserved)}`, sourcesOf(preserved));
  }

  const twoWayReason = isKnown(twoWayFact) && twoWayFact.value
    ? reason(`sender.${type}.two-way`, 'Recipients can reply, as needed.', sourcesOf(twoWayFact))
    : reason(`sender.${type}.two-way-unknown`, 'Replies are needed, and the sources do not establish that recipients can reply to this sender.', consulted(twoWayFact, rules));
  return {
    type,
    excluded: excluded ? Object.freeze(excluded) : undefined,
    oneWayOnly: Object.freeze({ type, code: 'one-way-only', text: `${LABEL[type]} cannot receive replies in ${country}, and replies are needed.`, sources: sourcesOf(twoWayFact) }),
    restricted: factAt(row.rules.restrictedUseCases, day),
    registration: isKnown(registration) ? registration.value : 'unknown',
    programmes,
    twoWay: isKnown(twoWayFact) ? twoWayFact.value : 'unknown',
    throughput: isKnown(throughput) ? throughput.value : 'unknown',
    throughputSources: sourcesOf(throughput),
    leadTime: isKnown(lead) ? lead.value : 'unknown',
    leadSources: consulted(lead, rules),
    senderIdPreserved: preservedValue,
    restriction,
    providers: Object.freeze(selling.map((o) => o.provider)),
    providersTwoWay: Object.freeze(selling.filter((o) => ownField(o, 'twoWay') !== false).map((o) => o.provider)),
    score,
    tie: TIE_ORDER.indexOf(type),
    reasonsOneWay: Object.freeze([...reasons, ...(preservedReason ? [preservedReason] : [])].map((r) => Object.freeze(r))),
    reasonsTwoWay: Object.freeze(
      [...reasons, twoWayReason, ...(preservedReason ? [preservedReason] : [])].map((r) => Object.freeze(r)),
    ),
    brandReason: Object.freeze(reason('sender.alphanumeric.brand', 'Shows your brand name as the sender, as wanted.', sourcesOf(supported))),
    limitFor(amount, per) {
      let best: ProgrammeLimit | undefined;
      let bestRate = Infinity;
      for (const limit of programmes.flatMap((p) => ownField<readonly ProgrammeLimit[]>(p, 'limits') ?? [])) {
        // Per-second needs are met by per-second or per-minute limits, per-day needs by per-day limits.
        const rate = per === 'day' ? (limit.per === 'day' ? limit.messages : -1) : limit.per === 'second' ? limit.messages : limit.per === 'minute' ? limit.messages / 60 : -1;
        if (rate >= amount && rate < bestRate) {
          best = limit;
          bestRate = rate;
        }
      }
      return best;
    },
  };
}

const PROVIDER_NAME: Readonly<Record<Provider, string>> = { twilio: 'Twilio', vonage: 'Vonage', sinch: 'Sinch', infobip: 'Infobip', bird: 'Bird', telnyx: 'Telnyx', plivo: 'Plivo', aws: 'AWS' };

/** What the providers' own pages say they sell, in one sentence each way; empty when none says. */
function describeOffers(offers: readonly ProviderOffer[]): string {
  const names = (offered: boolean): string => offers.filter((o) => o.offered === offered).map((o) => PROVIDER_NAME[o.provider]).join(', ');
  const yes = names(true);
  const no = names(false);
  return `${yes ? ` Sold here by ${yes}.` : ''}${no ? ` Not sold here by ${no} (a fact about ${no.includes(',') ? 'those providers' : 'that provider'}, not about the operators).` : ''}`;
}

function senderRow(rules: CountryRules, type: SenderType, day: string): { kind: SenderKind; rules: SenderRules } {
  if (type !== 'alphanumeric') return { kind: type, rules: rules.senders[type] };
  const dynamic = rules.senders['alphanumeric-dynamic'];
  const dynamicSupported = factAt(dynamic.supported, day);
  if (isKnown(dynamicSupported) && dynamicSupported.value === true) return { kind: 'alphanumeric-dynamic', rules: dynamic };
  const pre = rules.senders['alphanumeric-preregistered'];
  const preSupported = factAt(pre.supported, day);
  if (isKnown(preSupported) && preSupported.value === true) return { kind: 'alphanumeric-preregistered', rules: pre };
  // Accepted only with limits: the unregistered ID first, as it needs nothing.
  if (isKnown(dynamicSupported) && dynamicSupported.value === 'restricted') return { kind: 'alphanumeric-dynamic', rules: dynamic };
  if (isKnown(preSupported) && preSupported.value === 'restricted') return { kind: 'alphanumeric-preregistered', rules: pre };
  // Neither is known to work: answer from the row that is unknown, if any, so the exclusion says `unknown`.
  if (!isKnown(dynamicSupported)) return { kind: 'alphanumeric-dynamic', rules: dynamic };
  return { kind: 'alphanumeric-preregistered', rules: pre };
}

function formatHours(hours: number): string {
  if (hours < 1 / 60) return 'under a minute';
  if (hours < 1) return `${Math.ceil(hours * 60)} minutes`;
  return `${Math.round(hours * 10) / 10} hours`;
}
