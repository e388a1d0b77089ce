import type { CountryCode, CountryRules, IsoDate } from '../rules/types';
import { SendrightError } from './errors';

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

/** Options of {@link createTable}. */
export interface CreateTableOptions {
  /** Resolver for phone-number input (see `createPhoneResolver` in `sendright/core`). */
  readonly resolvePhone?: PhoneResolver;
}

/**
 * Builds a rules table for the `sendright/core` functions from country rows.
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
  if (!Array.isArray(rows)) throw new SendrightError('INVALID_TABLE', 'createTable expects an array of country rows, e.g. createTable([DE, FR]).');
  const countries: { [C in CountryCode]?: CountryRules } = {};
  let dataAsOf = '0000-00-00';
  for (const row of rows as readonly unknown[]) {
    if (typeof row !== 'object' || row === null || typeof (row as CountryRules).country !== 'string' || typeof (row as CountryRules).reviewed !== 'string') {
      throw new SendrightError('INVALID_TABLE', 'Every row passed to createTable must be a country rules object from sendright/rules.');
    }
    const rules = row as CountryRules;
    if (countries[rules.country]) throw new SendrightError('INVALID_TABLE', `Country ${rules.country} appears twice in the rows passed to createTable.`);
    countries[rules.country] = rules;
    if (rules.reviewed > dataAsOf) dataAsOf = rules.reviewed;
  }
  const table: RulesTable = { dataAsOf: dataAsOf as IsoDate, countries };
  return options.resolvePhone ? { ...table, resolvePhone: options.resolvePhone } : table;
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
