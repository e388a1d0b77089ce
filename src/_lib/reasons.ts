import type { CountryCode, Fact, RuleSource } from '../rules/types';
import type { Reason } from '../types';
import { own } from './table';

const NO_SOURCES: readonly RuleSource[] = Object.freeze([]);

/** Builds a reason. */
export function reason(id: string, text: string, sources: readonly RuleSource[] = NO_SOURCES): Reason {
  return { id, text, sources };
}

/** The sources of a fact (an unknown fact may list the sources that were silent). */
export function sourcesOf(fact: Fact<unknown>): readonly RuleSource[] {
  return own<readonly RuleSource[]>(fact, 'sources') ?? NO_SOURCES;
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
