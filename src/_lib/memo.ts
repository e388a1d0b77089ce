import type { CountryRules } from '../rules/types';

/**
 * Memoises work that depends only on a country row and the day (the facts
 * in force), so a call does only the part that depends on its own input.
 * One day is kept per row: calls mostly ask about today.
 */
export function perRowAndDay<T>(build: (rules: CountryRules, day: string) => T): (rules: CountryRules, day: string) => T {
  const cache = new WeakMap<CountryRules, { readonly day: string; readonly value: T }>();
  return (rules, day) => {
    const hit = cache.get(rules);
    if (hit !== undefined && hit.day === day) return hit.value;
    const value = build(rules, day);
    cache.set(rules, { day, value });
    return value;
  };
}
