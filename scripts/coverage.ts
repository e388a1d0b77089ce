/**
 * How much of the rules table is sourced: per schema field, and the issue's
 * headline figures (alphanumeric support, two-way support, sender support in
 * the largest markets). Used by scripts/rules-coverage.ts and test/coverage.test.ts.
 */
import { factAt, isKnown } from '../src/_lib/facts';
import type { CountryRules, SenderKind, Timeline } from '../src/rules/types';

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
const senderSupportFields = (row: CountryRules): readonly [SenderKind, Timeline<boolean>][] => KINDS.map((kind) => [kind, row.senders[kind].supported]);

export interface Coverage {
  readonly regions: number;
  readonly researched: number;
  readonly fields: readonly { readonly name: string; readonly sourced: number }[];
  readonly alphanumeric: number;
  readonly twoWay: number;
  /** Sender-support fields sourced in the given markets, out of six per market. */
  readonly markets: { readonly known: number; readonly total: number; readonly gaps: readonly string[] };
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
  const gaps: string[] = [];
  let known = 0;
  for (const code of markets) {
    const row = byCode.get(code);
    for (const [kind, fact] of row ? senderSupportFields(row) : KINDS.map((k) => [k, undefined] as const)) {
      if (fact !== undefined && sourced(fact, day)) known++;
      else gaps.push(`${code} ${kind}`);
    }
  }
  return {
    regions: regions.length,
    researched: present.length,
    fields: FIELDS.map(([name, read]) => ({ name, sourced: present.filter((r) => sourced(read(r), day)).length })),
    alphanumeric: present.filter((r) => alphanumericKnown(r, day)).length,
    twoWay: present.filter((r) => twoWayKnown(r, day)).length,
    markets: { known, total: markets.length * KINDS.length, gaps },
    stale: present.filter((r) => r.reviewed < staleBefore),
    staleBefore,
  };
}
