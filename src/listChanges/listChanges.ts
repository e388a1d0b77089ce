import { describe, SendrightError } from '../_lib/errors';
import { parseDay } from '../_lib/time';
import { isRecord, own } from '../_lib/own';
import type { RulesTable } from '../_lib/table';
import type { CountryCode, IsoDate, RuleSource } from '../rules/types';
import type { RegionCode } from '../types';
import { getCountryRules } from '../getCountryRules/getCountryRules';

/** Options of {@link listChanges}. */
export interface ListChangesOptions {
  /** List changes on or after this day (Date or ISO string); defaults to today. */
  readonly from?: Date | string;
}

/** A dated change in a country's rules. */
export interface RuleChange {
  /** The day the change happens. */
  readonly date: IsoDate;
  /** `starts`: a rule or value takes effect; `ends`: it stops applying. */
  readonly kind: 'starts' | 'ends';
  /** Where in the rules row the change is, e.g. `senders.alphanumeric-dynamic.supported`. */
  readonly path: string;
  /** The id of the rule that changes, when it has one. */
  readonly id?: string;
  /** What changes, in words. */
  readonly text: string;
  /** Where the change comes from. */
  readonly sources: readonly RuleSource[];
}

/** Result of {@link listChanges}. */
export interface ListChangesResult {
  /** The country. */
  readonly country: CountryCode;
  /** The first day considered. */
  readonly from: IsoDate;
  /** The changes, earliest first. */
  readonly changes: readonly RuleChange[];
}

/**
 * Lists the dated changes in a country's rules from a given day: facts and
 * rules that take effect or end on known dates (a sender-ID ban, a new
 * registration programme, an FCC rule).
 *
 * @param country - ISO 3166-1 alpha-2 code, case-insensitive
 * @param table - the rules table (the default entry binds the full table)
 * @param options - `from`: the first day to list (default today)
 * @returns the changes, earliest first
 * @throws SendrightError `INVALID_COUNTRY` or `INVALID_DATE`
 * @example
 * ```ts
 * listChanges('ES', { from: '2026-01-01' }).changes.some((c) => c.date === '2026-09-15');
 * //=> true
 * ```
 * @category Functions
 */
export function listChanges(country: RegionCode, table: RulesTable, options: ListChangesOptions = {}): ListChangesResult {
  const rules = getCountryRules(country, table);
  if (!isRecord(options)) {
    throw new SendrightError('INVALID_INPUT', `listChanges's options must be an object such as { from: '2026-01-01' }; got ${describe(options)}.`, 'options');
  }
  const from = parseDay(own(options, 'from'), 'from');
  const changes: RuleChange[] = [];
  walk(rules, '', (node, path) => {
    // Own properties only: nothing added to Object.prototype may add a change.
    const field = (key: string): unknown => own(node, key);
    const listed = field('sources');
    const sources = Array.isArray(listed) ? (listed as readonly RuleSource[]) : [];
    const ruleId = field('id');
    const id = typeof ruleId === 'string' ? ruleId : undefined;
    const text = field('text');
    const name = field('name');
    const describe = typeof text === 'string' ? text : typeof name === 'string' ? name : describeValue(field('value'));
    for (const [kind, key] of [['starts', 'effectiveFrom'], ['ends', 'effectiveUntil']] as const) {
      const date = field(key);
      if (typeof date === 'string' && date >= from) {
        changes.push({ date: date as IsoDate, kind, path, ...(id === undefined ? {} : { id }), text: describe, sources });
      }
    }
  });
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.path < b.path ? -1 : 1));
  return { country: rules.country, from, changes };
}

function walk(node: unknown, path: string, visit: (node: Record<string, unknown>, path: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}[${i}]`, visit));
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  visit(record, path);
  for (const [key, child] of Object.entries(record)) {
    if (key === 'sources') continue;
    walk(child, path ? `${path}.${key}` : key, visit);
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value === 'unknown' ? 'becomes unknown' : `value becomes '${value}'`;
  return `value becomes ${JSON.stringify(value)}`;
}
