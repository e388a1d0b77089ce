import { parseCountry, rowOf } from '../_lib/input';
import { assertTable, type RulesTable } from '../_lib/table';
import type { CountryRules } from '../rules/types';
import type { RegionCode } from '../types';

/**
 * Returns the typed rules row for a country: the table's row, or a
 * `not-researched` placeholder whose every fact is `unknown` for a region
 * libphonenumber-js knows but the table leaves out (the default table has a
 * row for every region; a table from `createTable` may not).
 *
 * @param country - ISO 3166-1 alpha-2 code, case-insensitive
 * @param table - the rules table (the default entry binds the full table)
 * @returns the country's rules row
 * @throws SendrightError `INVALID_COUNTRY` for a code libphonenumber-js does not know
 * @example
 * ```ts
 * getCountryRules('ca').senders['alphanumeric-dynamic'].supported.value;
 * //=> false
 * ```
 * @category Functions
 */
export function getCountryRules(country: RegionCode, table: RulesTable): CountryRules {
  assertTable(table);
  return rowOf(table, parseCountry(country, 'country'));
}
