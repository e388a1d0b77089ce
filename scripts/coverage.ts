/**
 * How much of the rules table is sourced: per schema field, and the issue's
 * headline figures (alphanumeric support, two-way support, sender support in
 * the largest markets). Used by scripts/rules-coverage.ts and test/coverage.test.ts.
 */
import { factAt, isKnown } from '../src/_lib/facts';
import type { CountryRules, Fact, ProviderOffer, RuleSource, SenderKind, SourceKind, Timeline } from '../src/rules/types';
import { restsOnOffers } from '../src/vitest/validateRules';

const KINDS: readonly SenderKind[] = ['short-code', 'toll-free', 'local-long-code', 'international-long-code', 'alphanumeric-dynamic', 'alphanumeric-preregistered'];
const NUMBER_KINDS: readonly SenderKind[] = ['short-code', 'toll-free', 'local-long-code', 'international-long-code'];
const SENDER_FIELDS = ['supported', 'registration', 'twoWay', 'throughput', 'leadTime', 'senderIdPreserved', 'restrictedUseCases'] as const;

type Read = (row: CountryRules) => Timeline<unknown>;

/** Every field reported, with how to read it from a row. */
export const FIELDS: readonly (readonly [string, Read])[] = [
  ['traffic.regime', (r) => r.traffic.regime],
  ['traffic.a2pOnP2pRoutesFiltered', (r) => r.traffic.a2pOnP2pRoutesFiltered],
  ...KINDS.flatMap((kind) => SENDER_FIELDS.map((field): readonly [string, Read] => [`senders.${kind}.${field}`, (r) => r.senders[kind][field]])),
  ['consent.marketing', (r) => r.consent.marketing],
  ['consent.transactional', (r) => r.consent.transactional],
  ['consent.laws', (r) => r.consent.laws],
  ['optOut.keywords', (r) => r.optOut.keywords],
  ['optOut.optInKeywords', (r) => r.optOut.optInKeywords],
  ['optOut.revocation', (r) => r.optOut.revocation],
  ['optOut.marketingInstructions', (r) => r.optOut.marketingInstructions],
  ['optOut.transactionalInstructions', (r) => r.optOut.transactionalInstructions],
  ['optOut.wording', (r) => r.optOut.wording],
  ['optOut.deadline', (r) => r.optOut.deadline],
  ['help.keywords', (r) => r.help.keywords],
  ['help.required', (r) => r.help.required],
  ['quietHours', (r) => r.quietHours],
  ['holidays', (r) => r.holidays],
  ['content', (r) => r.content],
  ['dataProtection', (r) => r.dataProtection],
];

/** Whether a fact in force on `day` has a sourced value. */
export function sourced(timeline: Timeline<unknown>, day: string): boolean {
  // A known fact always carries sources: the type and the schema check demand at least one.
  return isKnown(factAt(timeline, day));
}

/**
 * A region has a sourced alphanumeric answer when the sources say a sender name
 * works without registration, or say both whether it works without registration
 * and whether it works with one.
 */
export function alphanumericKnown(row: CountryRules, day: string): boolean {
  const dynamic = row.senders['alphanumeric-dynamic'].supported;
  if (!sourced(dynamic, day)) return false;
  return factAt(dynamic, day).value === true || sourced(row.senders['alphanumeric-preregistered'].supported, day);
}

/** A region has a sourced two-way answer when a number sender (not a name) says whether replies work, with sources. */
export const twoWayKnown = (row: CountryRules, day: string): boolean => NUMBER_KINDS.some((kind) => sourced(row.senders[kind].twoWay, day));

/** The sender-support fields of a row: `supported` for each of the six sender kinds. */
const senderSupportFields = (row: CountryRules): readonly [SenderKind, Timeline<unknown>][] => KINDS.map((kind) => [kind, row.senders[kind].supported]);

/** Source kinds from the strongest to the weakest (docs/research-policy.md). */
const RANK: readonly SourceKind[] = ['law', 'regulator', 'carrier', 'provider', 'secondary'];

/** The strongest source of a list (the most recent page among equals), or undefined for none. */
export function bestSource(sources: readonly RuleSource[]): RuleSource | undefined {
  let best: RuleSource | undefined;
  for (const s of sources) {
    if (best === undefined) best = s;
    else {
      const d = RANK.indexOf(s.kind) - RANK.indexOf(best.kind);
      if (d < 0 || (d === 0 && (pageDate(s) ?? '') > (pageDate(best) ?? ''))) best = s;
    }
  }
  return best;
}

/** The date a page shows for itself: its last update, else its publication. */
export const pageDate = (s: RuleSource): string | undefined => s.updated ?? s.published;

/** Whether every source of a known fact is secondary. */
export const secondaryOnly = (fact: Fact<unknown>): boolean => isKnown(fact) && fact.sources.every((s) => s.kind === 'secondary');

/** Whether a `false` sender-support fact rests only on provider-offer statements (product tables or offers) or secondary sources. */
export function falseOnOffers(fact: Fact<unknown>, offers: readonly ProviderOffer[] | undefined): boolean {
  return isKnown(fact) && fact.value === false && restsOnOffers(fact.sources, offers);
}

/** Per-field quality figures: restricted, unknown, aged, secondary-only and `false` on offers. */
export interface FieldQuality {
  readonly name: string;
  readonly sourced: number;
  readonly restricted: number;
  /** Known facts whose best source shows a date more than 24 months before the reference day. */
  readonly aged: number;
  /** Known facts whose best source shows no date of its own. */
  readonly undated: number;
  readonly secondaryOnly: number;
  readonly falseOnOffers: number;
}

export interface Coverage {
  readonly regions: number;
  readonly researched: number;
  readonly fields: readonly FieldQuality[];
  /** The day 24 months before the reference day: a best source dated before it is aged. */
  readonly agedBefore: string;
  readonly alphanumeric: number;
  readonly twoWay: number;
  /**
   * Sender-support fields sourced in the given markets, out of six per market;
   * and, over every sender field there, the facts that rest only on secondary
   * sources and the `false` support values that rest on provider-offer statements.
   */
  readonly markets: {
    readonly known: number;
    readonly total: number;
    readonly gaps: readonly string[];
    readonly restricted: number;
    readonly secondaryOnly: readonly string[];
    readonly falseOnOffers: readonly string[];
  };
  /** Rows reviewed before `staleBefore` (12 months before the reference day). */
  readonly stale: readonly CountryRules[];
  readonly staleBefore: string;
}

/** Coverage of `rows` over `regions` on `day`; `markets` are the largest markets' codes. */
export function coverage(rows: readonly CountryRules[], regions: readonly string[], day: string, markets: readonly string[]): Coverage {
  const byCode = new Map(rows.map((r) => [r.country as string, r]));
  const present = regions.map((c) => byCode.get(c)).filter((r): r is CountryRules => r !== undefined);
  const cutoff = new Date(`${day}T00:00:00Z`);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
  const staleBefore = cutoff.toISOString().slice(0, 10);
  const aged = new Date(`${day}T00:00:00Z`);
  aged.setUTCMonth(aged.getUTCMonth() - 24);
  const agedBefore = aged.toISOString().slice(0, 10);
  const gaps: string[] = [];
  const marketSecondary: string[] = [];
  const marketOffers: string[] = [];
  let known = 0;
  let marketRestricted = 0;
  for (const code of markets) {
    const row = byCode.get(code);
    for (const [kind, fact] of row ? senderSupportFields(row) : KINDS.map((k) => [k, undefined] as const)) {
      if (fact !== undefined && sourced(fact, day)) known++;
      else gaps.push(`${code} ${kind}`);
      if (fact !== undefined && factAt(fact, day).value === 'restricted') marketRestricted++;
    }
    if (row === undefined) continue;
    for (const kind of KINDS) {
      for (const field of SENDER_FIELDS) {
        const f = factAt<unknown>(row.senders[kind][field], day);
        if (secondaryOnly(f)) marketSecondary.push(`${code} ${kind}.${field}`);
      }
      if (falseOnOffers(factAt<unknown>(row.senders[kind].supported, day), row.senders[kind].offers)) marketOffers.push(`${code} ${kind}`);
    }
  }
  const quality = (name: string, read: Read): FieldQuality => {
    let sourcedCount = 0, restricted = 0, agedCount = 0, undated = 0, secondary = 0, offers = 0;
    for (const r of present) {
      const f = factAt<unknown>(read(r), day);
      if (!isKnown(f)) continue;
      sourcedCount++;
      if (f.value === 'restricted') restricted++;
      const date = pageDate(bestSource(f.sources)!);
      if (date === undefined) undated++;
      else if (date < agedBefore) agedCount++;
      if (secondaryOnly(f)) secondary++;
      const m = /^senders\.([a-z-]+)\.supported$/.exec(name);
      if (m && falseOnOffers(f, r.senders[m[1] as SenderKind].offers)) offers++;
    }
    return { name, sourced: sourcedCount, restricted, aged: agedCount, undated, secondaryOnly: secondary, falseOnOffers: offers };
  };
  return {
    regions: regions.length,
    researched: present.length,
    agedBefore,
    fields: FIELDS.map(([name, read]) => quality(name, read)),
    alphanumeric: present.filter((r) => alphanumericKnown(r, day)).length,
    twoWay: present.filter((r) => twoWayKnown(r, day)).length,
    markets: { known, total: markets.length * KINDS.length, gaps, restricted: marketRestricted, secondaryOnly: marketSecondary, falseOnOffers: marketOffers },
    stale: present.filter((r) => r.reviewed < staleBefore),
    staleBefore,
  };
}
