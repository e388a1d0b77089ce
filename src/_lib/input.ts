import type { CountryCode, CountryRules, IsoDate, SenderType, UseCase } from '../rules/types';
import type { DestinationInput, Origin } from '../types';
import { describe, SendrightError, type SendrightErrorCode } from './errors';
import { parseInstant, utcDay } from './time';
import { notResearchedRules } from './fallback';
import { REGION_BITS } from './regions';
import { isRecord, own } from './own';
import { assertTable, badTable, type RulesTable } from './table';

/** Every use case, in the order documented. */
export const USE_CASES: readonly UseCase[] = [
  'otp', 'transactional', 'notification', 'reminder', 'alert', 'customer-care', 'conversational',
  'chatbot', 'marketing', 'polling', 'charity', 'political', 'emergency', 'mixed',
];

/** Every sender type, in the order documented. */
export const SENDER_TYPES: readonly SenderType[] = ['short-code', 'toll-free', 'local-long-code', 'international-long-code', 'alphanumeric'];

/** Every origin. */
export const ORIGINS: readonly Origin[] = ['application', 'agent', 'personal', 'proxy'];

/** A destination resolved against the table. */
export interface ResolvedDestination {
  readonly country: CountryCode;
  readonly rules: CountryRules;
  readonly day: IsoDate;
  /** The instant asked about (`at`, or now), in milliseconds since the epoch. */
  readonly time: number;
  readonly e164: string | undefined;
}

/**
 * The input as a record; throws unless it is a plain object. Each function
 * then copies the fields it reads, as the input's own properties, into a new
 * object that has every one of them (undefined when the caller left it out),
 * so nothing added to Object.prototype is read as input. The copies name each
 * field, which keeps them fast.
 */
export function inputRecord(input: unknown, fn: string): Record<string, unknown> {
  if (!isRecord(input)) throw new SendrightError('INVALID_INPUT', `${fn} expects an object such as { country: 'US' }; got ${describe(input)}.`);
  return input;
}

/** Reads a country code (case-insensitive) and checks libphonenumber-js knows it. */
export function parseCountry(value: unknown, field: string): CountryCode {
  if (typeof value !== 'string') {
    throw new SendrightError('INVALID_COUNTRY', `\`${field}\` must be an ISO 3166-1 alpha-2 code; got ${describe(value)}.`, field);
  }
  const code = value.trim().toUpperCase();
  if (!isRegion(code)) {
    throw new SendrightError('INVALID_COUNTRY', `\`${field}\` '${value}' is not a known region code (ISO 3166-1 alpha-2, e.g. 'US').`, field);
  }
  return code as CountryCode;
}

/** Whether libphonenumber-js knows a region code (upper case). */
export function isRegion(code: string): boolean {
  const first = code.charCodeAt(0) - 65;
  const second = code.charCodeAt(1) - 65;
  if (code.length !== 2 || !(first >= 0 && first < 26 && second >= 0 && second < 26)) return false;
  const n = first * 26 + second;
  return ((REGION_BITS.charCodeAt((n / 6) | 0) - 48) >> n % 6) & 1 ? true : false;
}

/** Reads a field that must be one of `allowed`; `undefined` passes when `optional`. */
function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, code: SendrightErrorCode, optional: boolean): T | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new SendrightError(code, `\`${field}\` must be one of ${allowed.map((a) => `'${a}'`).join(', ')}; got ${describe(value)}.`, field);
}

/** Reads the `useCase` field. */
export function parseUseCase(value: unknown, required: true): UseCase;
export function parseUseCase(value: unknown, required: false): UseCase | undefined;
export function parseUseCase(value: unknown, required: boolean): UseCase | undefined {
  return oneOf(value, USE_CASES, 'useCase', 'INVALID_USE_CASE', !required);
}

/** Reads the `origin` field. */
export function parseOrigin(value: unknown): Origin {
  return oneOf(value, ORIGINS, 'origin', 'INVALID_ORIGIN', false) as Origin;
}

/** Reads an optional `senderType` field. */
export function parseSenderType(value: unknown): SenderType | undefined {
  return oneOf(value, SENDER_TYPES, 'senderType', 'INVALID_SENDER_TYPE', true);
}

/** Reads an optional boolean field. */
export function parseBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  throw new SendrightError('INVALID_INPUT', `\`${field}\` must be true or false; got ${describe(value)}.`, field);
}

/** Reads an optional non-negative finite number field. */
export function parseCount(value: unknown, field: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  throw new SendrightError('INVALID_INPUT', `\`${field}\` must be a non-negative number; got ${describe(value)}.`, field);
}

/** Resolves `to` / `country` / `defaultCountry` / `at` against the table. */
export function resolveDestination(input: DestinationInput, table: RulesTable): ResolvedDestination {
  assertTable(table);
  const { to, country, defaultCountry } = input;
  const time = parseInstant(input.at, 'at');
  const day = utcDay(time);
  let code: CountryCode;
  let e164: string | undefined;
  if (to !== undefined) {
    if (typeof to !== 'string' || to.trim() === '') {
      throw new SendrightError('INVALID_PHONE_NUMBER', `\`to\` must be a phone number such as '+14155550100'; got ${describe(to)}.`, 'to');
    }
    const fallbackCountry = defaultCountry === undefined ? undefined : parseCountry(defaultCountry, 'defaultCountry');
    const given = country === undefined ? undefined : parseCountry(country, 'country');
    if (!table.resolvePhone) {
      throw new SendrightError('PHONE_PARSER_MISSING', 'No phone resolver in this table: pass `country`, or use createTable(rows, { resolvePhone }).', 'to');
    }
    const resolved: unknown = table.resolvePhone(to, fallbackCountry);
    const r = isRecord(resolved) ? resolved : {};
    if (typeof r.country !== 'string' || !isRegion(r.country) || typeof r.e164 !== 'string') badTable('The phone resolver must return { country, e164 }', resolved, 'resolvePhone');
    code = r.country as CountryCode;
    e164 = r.e164 as string;
    if (given !== undefined && given !== code) {
      throw new SendrightError('CONFLICTING_DESTINATION', `\`to\` is a number of ${code}, but \`country\` says ${given}.`, 'country');
    }
  } else if (country !== undefined) {
    code = parseCountry(country, 'country');
  } else {
    throw new SendrightError('MISSING_DESTINATION', 'Give `to` (a phone number) or `country` (an ISO code such as \'US\').', 'to');
  }
  return { country: code, rules: rowOf(table, code), day, time, e164 };
}

/** The table's row for a region (or the not-researched placeholder); throws `INVALID_TABLE` for a row that is not one. */
export function rowOf(table: RulesTable, code: CountryCode): CountryRules {
  const row = own<CountryRules>(table.countries, code);
  if (row === undefined) return notResearchedRules(code, table.dataAsOf);
  if (!isRecord(row) || row.country !== code) badTable(`The row under ${code} is not ${code}'s rules`, row);
  return row;
}
