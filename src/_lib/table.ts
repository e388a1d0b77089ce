import type { CountryCode, CountryRules, IsoDate } from '../rules/types';
import { describe, SendrightError } from './errors';
import { isRegion } from './input';
import { deepFreeze } from './freeze';
import { checkRow } from './row';
import { isRecord, own } from './own';

/** What a phone resolver returns for a valid number. */
export interface PhoneResolution {
  /** Region the number belongs to. */
  readonly country: CountryCode;
  /** The number in E.164 form. */
  readonly e164: string;
}

/**
 * Turns a phone number into its country. Throws a `SendrightError` with code
 * `INVALID_PHONE_NUMBER` for a number it cannot parse or that is not valid.
 */
export type PhoneResolver = (text: string, defaultCountry: CountryCode | undefined) => PhoneResolution;

/**
 * The rules a `sendright/core` function works from: country rows, the date
 * the data is current as of, and optionally a phone resolver.
 */
export interface RulesTable {
  /** The date the rules are current as of (the latest review date of any row). */
  readonly dataAsOf: IsoDate;
  /** Researched rows by country code; other known regions get a not-researched placeholder. */
  readonly countries: Readonly<Partial<Record<CountryCode, CountryRules>>>;
  /** Resolves `to` phone numbers; without it, only `country` input is accepted. */
  readonly resolvePhone?: PhoneResolver;
}

/** Throws `INVALID_TABLE`: `what` is wrong with the table, `got` is what was found. */
export function badTable(what: string, got: unknown, field = 'table'): never {
  throw new SendrightError('INVALID_TABLE', `${what}; got ${describe(got)}. Build tables with createTable(rows) from sendright/core.`, field);
}

/** Throws `INVALID_TABLE` unless `table` has the shape of a rules table. */
export function assertTable(table: unknown): asserts table is RulesTable {
  const t = isRecord(table) ? table : {};
  const resolvePhone = own<unknown>(t, 'resolvePhone');
  if (!isRecord(own(t, 'countries')) || typeof own(t, 'dataAsOf') !== 'string' || (resolvePhone !== undefined && typeof resolvePhone !== 'function')) badTable('Expected a rules table', table);
}

/** Options of {@link createTable}. */
export interface CreateTableOptions {
  /** Resolver for phone-number input (see `createPhoneResolver` in `sendright/core`). */
  readonly resolvePhone?: PhoneResolver;
}

/**
 * Builds a rules table for the `sendright/core` functions from country rows.
 * It checks that every row has the shape the functions read, and freezes the
 * rows (and everything in them), so no answer can be changed by editing a row
 * afterwards. A table built by hand is checked only at its top level.
 *
 * @param rows - the country rows to include (from `sendright/rules`)
 * @param options - optional phone resolver
 * @returns a table to pass to the core functions
 * @example
 * ```ts
 * import { createTable, classifyTraffic } from 'sendright/core';
 * import { DE, FR } from 'sendright/rules';
 * const table = createTable([DE, FR]);
 * classifyTraffic({ country: 'de', origin: 'application' }, table).traffic;
 * //=> 'A2P'
 * ```
 * @category Core
 */
export function createTable(rows: readonly CountryRules[], options: CreateTableOptions = {}): RulesTable {
  if (!Array.isArray(rows)) throw new SendrightError('INVALID_TABLE', `createTable expects an array of country rows, e.g. createTable([DE, FR]); got ${describe(rows)}.`, 'rows');
  if (!isRecord(options)) {
    throw new SendrightError('INVALID_TABLE', `createTable's options must be an object such as { resolvePhone }; got ${describe(options)}.`, 'options');
  }
  const resolvePhone = own<unknown>(options, 'resolvePhone');
  if (resolvePhone !== undefined && typeof resolvePhone !== 'function') {
    throw new SendrightError('INVALID_TABLE', `\`resolvePhone\` must be a function such as createPhoneResolver(metadata); got ${describe(resolvePhone)}.`, 'resolvePhone');
  }
  const countries: { [C in CountryCode]?: CountryRules } = Object.create(null) as { [C in CountryCode]?: CountryRules };
  let dataAsOf = '0000-00-00';
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    checkRow(row);
    if (!isRegion(row.country)) throw new SendrightError('INVALID_TABLE', `The row at index ${i} passed to createTable has country '${row.country}', which is not a region code libphonenumber-js knows.`, 'rows');
    if (countries[row.country]) throw new SendrightError('INVALID_TABLE', `Country ${row.country} appears twice in the rows passed to createTable.`, 'rows');
    countries[row.country] = deepFreeze(row);
    if (row.reviewed > dataAsOf) dataAsOf = row.reviewed;
  }
  const table: RulesTable = { dataAsOf: dataAsOf as IsoDate, countries };
  return resolvePhone ? { ...table, resolvePhone: resolvePhone as PhoneResolver } : table;
}

/** Functions that build each region's row (given its code), for a table that builds a row when it is first asked for. */
export type RowBuilders = Readonly<Partial<Record<CountryCode, (code: CountryCode) => CountryRules>>>;

/**
 * A rules table whose rows are built on first use, each once: importing the
 * library builds none, and an answer for one country builds that country's row.
 */
export function lazyTable(builders: RowBuilders, dataAsOf: IsoDate, resolvePhone?: PhoneResolver): RulesTable {
  const countries: Partial<Record<CountryCode, CountryRules>> = {};
  for (const code of Object.keys(builders) as CountryCode[]) {
    const build = builders[code] as (code: CountryCode) => CountryRules;
    Object.defineProperty(countries, code, {
      enumerable: true,
      configurable: true,
      get(): CountryRules {
        const row = build(code);
        Object.defineProperty(countries, code, { value: row, enumerable: true });
        return row;
      },
    });
  }
  return resolvePhone ? { dataAsOf, countries, resolvePhone } : { dataAsOf, countries };
}
