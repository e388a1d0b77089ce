/**
 * Public input and result types shared by the functions.
 *
 * @module
 */
import type { CountryCode, IsoDate, RuleSource, SenderType, UseCase } from './rules/types';

/** A reason behind an answer: a stable id, an explanation, and where it comes from. */
export interface Reason {
  /** Stable id users can store and compare across versions, e.g. `traffic.platform-rule`. */
  readonly id: string;
  /** The reason in plain words. */
  readonly text: string;
  /** Where the rule behind the reason comes from; empty only for reasons about the input itself. */
  readonly sources: readonly RuleSource[];
}

/**
 * A region code libphonenumber-js knows (ISO 3166-1 alpha-2), in upper or
 * lower case, e.g. `'DE'` or `'de'`. An unknown code such as `'XX'` is a type
 * error; at run time it is `INVALID_COUNTRY`.
 */
export type RegionCode = CountryCode | Lowercase<CountryCode>;

/** The destination: a phone number (`to`) or a country (`country`). Give one; both only when they agree. */
export interface DestinationInput {
  /** Recipient phone number: E.164 (`+14155550100`), or national with `defaultCountry`. */
  readonly to?: string;
  /** Recipient country, ISO 3166-1 alpha-2, case-insensitive. With `to`, it must be the number's country. */
  readonly country?: RegionCode;
  /** Country used to read a national-format `to`. */
  readonly defaultCountry?: RegionCode;
  /** The day the answer is for (Date or ISO 8601 string); facts that take effect or end on known dates are read for this day (UTC). Defaults to today. */
  readonly at?: Date | string;
}

/** How far the table's knowledge of a country goes. */
export type CountryStatus = 'researched' | 'not-researched';

/** Fields every result carries. */
export interface ResultBase {
  /** The destination country, ISO 3166-1 alpha-2. */
  readonly country: CountryCode;
  /** Whether the country's rules are researched or a conservative placeholder. */
  readonly status: CountryStatus;
  /** The day (UTC, YYYY-MM-DD) whose rules were applied. */
  readonly date: IsoDate;
  /** The E.164 form of `to`, when a phone number was given. */
  readonly e164?: string;
}

/** Who or what originates the message. */
export type Origin = 'application' | 'agent' | 'personal' | 'proxy';

export type { CountryCode, SenderType, UseCase };
