import type { CountryCode, CountryRules, Fact, RuleSource } from '../rules/types';
import type { Reason } from '../types';
import { own } from './own';

const NO_SOURCES: readonly RuleSource[] = Object.freeze([]);

/** Builds a reason. */
export function reason(id: string, text: string, sources: readonly RuleSource[] = NO_SOURCES): Reason {
  return { id, text, sources };
}

/** The sources of a fact (an unknown fact may list the sources that were silent). */
export function sourcesOf(fact: Fact<unknown>): readonly RuleSource[] {
  return own<readonly RuleSource[]>(fact, 'sources') ?? NO_SOURCES;
}

const consultedByRow = new WeakMap<CountryRules, readonly RuleSource[]>();

/** Every source a row cites, once each: what was consulted for the region. */
export function rowSources(rules: CountryRules): readonly RuleSource[] {
  const listed = own<readonly RuleSource[]>(rules, 'consulted');
  if (listed !== undefined) return listed;
  let out = consultedByRow.get(rules);
  if (out === undefined) {
    const seen = new Set<string>();
    const found: RuleSource[] = [];
    const walk = (x: unknown, key: string): void => {
      if (Array.isArray(x)) {
        for (const y of x) {
          if (key === 'sources' && typeof y === 'object' && y !== null) {
            const id = JSON.stringify(y);
            if (!seen.has(id)) found.push(y as RuleSource), seen.add(id);
          } else walk(y, key);
        }
      } else if (typeof x === 'object' && x !== null) for (const k of Object.keys(x)) walk((x as Record<string, unknown>)[k], k);
    };
    walk(rules, '');
    out = Object.freeze(found);
    consultedByRow.set(rules, out);
  }
  return out;
}

/**
 * What a reason about a fact rests on: the fact's sources, or for an unknown
 * fact that lists none, every source consulted for the region.
 */
export function consulted(fact: Fact<unknown>, rules: CountryRules): readonly RuleSource[] {
  const cited = sourcesOf(fact);
  return cited.length > 0 ? cited : rowSources(rules);
}

/** A fact's note as a sentence to append (with a leading space), or nothing. */
export function noteOf(fact: Fact<unknown>): string {
  const note = own<string>(fact, 'note');
  return note ? ` ${note}` : '';
}

/** The reason every answer for a not-researched country carries. */
export function notResearchedReason(country: CountryCode): Reason {
  return reason(
    'country.not-researched',
    `${country} is not researched yet: this answer takes the safe side.`,
  );
}
