import type { IsoDate } from '../rules/types';
import { describe, SendrightError } from './errors';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * Reads an instant (Date or ISO 8601 string) as milliseconds since the epoch;
 * defaults to now. A date alone means midnight UTC of that day; a date-time
 * needs `Z` or an offset, so the answer never depends on the host's zone.
 */
export function parseInstant(value: unknown, field: string): number {
  if (value === undefined) return Date.now();
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' ? parseIso(value) : NaN;
  // NaN fails both comparisons.
  if (!(time >= FIRST_INSTANT && time < END_INSTANT)) {
    throw new SendrightError('INVALID_DATE', `\`${field}\` must be a Date, or an ISO 8601 date or date-time with Z or an offset (e.g. '2026-09-15T09:30:00Z'), from 1900 to 9999; got ${describe(value)}.`, field);
  }
  return time;
}

/** The dates accepted: 1900-01-01T00:00:00Z (before it, many zones' offsets are not whole minutes) up to the end of 9999. */
const FIRST_INSTANT = -2_208_988_800_000;
const END_INSTANT = 253_402_300_800_000;

/**
 * Reads YYYY-MM-DD, optionally followed by THH:MM[:SS[.fraction]] and Z or
 * ±HH[:]MM. Out-of-range fields (2023-02-29, 25:00) give NaN rather than
 * rolling over as Date.UTC would; so does anything malformed.
 */
function parseIso(text: string): number {
  const year = num(text, 0, 4);
  const month = num(text, 5, 2);
  const day = num(text, 8, 2);
  let hour = 0;
  let minute = 0;
  let second = 0;
  let offset = 0;
  if (text[4] !== '-' || text[7] !== '-') return NaN;
  if (text.length > 10) {
    if (text[10] !== 'T' || text[13] !== ':') return NaN;
    hour = num(text, 11, 2);
    minute = num(text, 14, 2);
    let i = 16;
    if (text[i] === ':') {
      second = num(text, 17, 2);
      i = 19;
      if (text[i] === '.') {
        const start = ++i;
        while (text[i]! >= '0' && text[i]! <= '9') i++;
        if (i === start) return NaN;
      }
    }
    const sign = text[i];
    if (sign === 'Z') i++;
    else if (sign === '+' || sign === '-') {
      const hours = num(text, i + 1, 2);
      i += text[i + 3] === ':' ? 4 : 3;
      const minutes = num(text, i, 2);
      i += 2;
      if (!(hours < 24 && minutes < 60)) return NaN;
      offset = (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
    } else return NaN;
    if (i !== text.length) return NaN;
  }
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60 && second < 60
    ? (((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute - offset) * 60 + second) * 1000
    : NaN;
}

/** Days since 1970-01-01 of a date in the proleptic Gregorian calendar (as Date.UTC counts them, without its two-digit years). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/** The number in `digits` characters of `text` from `at`; NaN unless all are digits (past the end too). */
function num(text: string, at: number, digits: number): number {
  let n = 0;
  for (let i = at; i < at + digits; i++) {
    const d = text.charCodeAt(i) - 48;
    n = d >= 0 && d <= 9 ? n * 10 + d : NaN;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return 30 + ((month + (month >> 3)) & 1);
}

let cachedStart = Number.NaN;
let cachedDay = '';

/** The instant the UTC day of `time` starts. */
export function dayStart(time: number): number {
  return time - (((time % DAY_MS) + DAY_MS) % DAY_MS);
}

/** The UTC day of an instant; the last day is cached, as calls mostly fall on the same day. */
export function utcDay(time: number): IsoDate {
  const start = dayStart(time);
  if (start !== cachedStart) cachedDay = new Date((cachedStart = start)).toISOString().slice(0, 10);
  return cachedDay as IsoDate;
}

/** Reads `at`-style input (Date or ISO 8601 string) as a UTC day; defaults to today. */
export function parseDay(value: unknown, field = 'at'): IsoDate {
  return utcDay(parseInstant(value, field));
}
