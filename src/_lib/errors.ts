/**
 * Stable codes carried by {@link SendrightError}.
 *
 * - `INVALID_INPUT`: the input is not an object, or a field has the wrong type.
 * - `MISSING_DESTINATION`: neither `to` nor `country` was given.
 * - `CONFLICTING_DESTINATION`: both `to` and `country` were given.
 * - `INVALID_COUNTRY`: `country` or `defaultCountry` is not an ISO 3166-1 alpha-2 code known to libphonenumber-js.
 * - `INVALID_PHONE_NUMBER`: `to` cannot be parsed, or is not a valid number.
 * - `PHONE_PARSER_MISSING`: a phone number was given to a `sendright/core` table built without a phone resolver.
 * - `INVALID_USE_CASE`: `useCase` is missing or not one of the known use cases.
 * - `INVALID_ORIGIN`: `origin` is missing or not one of the known origins.
 * - `INVALID_SENDER_TYPE`: `senderType` is not one of the known sender types.
 * - `INVALID_DATE`: `at` (or `from`) is not a valid Date or ISO 8601 date or date-time with `Z` or an offset.
 * - `INVALID_TIME_ZONE`: `timeZone` is not an IANA time zone the platform's Intl knows.
 * - `INVALID_WINDOW`: `businessHours` is not a list of `{ days, start, end }` windows.
 * - `INVALID_TABLE`: a rules table passed to `sendright/core` is malformed, or its phone resolver answered in the wrong shape.
 * - `INVALID_REGION`: `region` is not a subdivision sendright knows for the destination country.
 * - `INVALID_ENCODING`: `encoding` is not `'auto'`, `'GSM-7'` or `'UCS-2'`, or GSM-7 was asked for text with characters outside it.
 *
 * @category Errors
 */
export type SendrightErrorCode =
  | 'INVALID_INPUT'
  | 'MISSING_DESTINATION'
  | 'CONFLICTING_DESTINATION'
  | 'INVALID_COUNTRY'
  | 'INVALID_PHONE_NUMBER'
  | 'PHONE_PARSER_MISSING'
  | 'INVALID_USE_CASE'
  | 'INVALID_ORIGIN'
  | 'INVALID_SENDER_TYPE'
  | 'INVALID_DATE'
  | 'INVALID_TIME_ZONE'
  | 'INVALID_WINDOW'
  | 'INVALID_TABLE'
  | 'INVALID_REGION'
  | 'INVALID_ENCODING';

/**
 * The one error class sendright throws, for input it cannot answer.
 * Its `code` is stable across versions; its message says what to fix.
 *
 * @example
 * ```ts
 * try {
 *   classifyTraffic({ country: 'XX', origin: 'application' });
 * } catch (error) {
 *   if (isSendrightError(error)) console.log(error.code);
 *   //=> 'INVALID_COUNTRY'
 * }
 * ```
 * @category Errors
 */
export class SendrightError extends Error {
  /** Stable machine-readable code. */
  readonly code: SendrightErrorCode;
  /** The input field at fault, when there is one. */
  readonly field: string | undefined;

  /**
   * @param code - stable code
   * @param message - what went wrong and how to fix it
   * @param field - the input field at fault
   */
  constructor(code: SendrightErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'SendrightError';
    this.code = code;
    this.field = field;
  }
}

/**
 * Tells whether a value is a {@link SendrightError}, also across bundle copies
 * (checks the `name` and `code`, not only `instanceof`).
 *
 * @param error - any caught value
 * @returns `true` when `error` is a SendrightError
 * @example
 * ```ts
 * isSendrightError(new SendrightError('INVALID_COUNTRY', 'bad'))
 * //=> true
 * ```
 * @category Errors
 */
export function isSendrightError(error: unknown): error is SendrightError {
  return (
    error instanceof SendrightError ||
    (error instanceof Error && error.name === 'SendrightError' && typeof (error as { code?: unknown }).code === 'string')
  );
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.slice(0, 40)}'`;
  if (typeof value !== 'object' || value === null) return String(value);
  return value instanceof Date ? (Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString()) : Array.isArray(value) ? 'an array' : 'an object';
}
