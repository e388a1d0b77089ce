import { SendrightError } from '../_lib/errors';
import type { ClockTime, PublicHoliday, Weekday } from '../rules/types';

/** A wall-clock reading in some zone. */
export interface WallTime {
  /** Days since 1970-01-01 of the local date. */
  readonly dayNumber: number;
  /** Minutes since local midnight, with a fraction for seconds. */
  readonly minute: number;
  /** Local offset from UTC, in minutes. */
  readonly offset: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER = 15 * MINUTE;
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface ZoneClock {
  readonly format: Intl.DateTimeFormat;
  /** Offsets by quarter hour since the epoch: zone offsets change only on quarter-hour boundaries, so one reading serves a quarter hour. */
  readonly offsets: Map<number, number>;
  /** The last minute shown as local time (minutes since the epoch), and its text up to the seconds and after them. */
  shownMinute: number;
  shownHead: string;
  shownTail: string;
}

/** Quarter hours remembered per zone before the cache starts over. */
const CACHE_LIMIT = 1024;
/** Zone names remembered (as typed, lower-cased) before that cache starts over; the IANA database has about 600. */
const NAME_LIMIT = 4096;
/** Years of holidays remembered per calendar before that cache starts over. */
const YEAR_LIMIT = 64;

/** Formatters by canonical zone name: as many as the platform has zones. */
const clocks = new Map<string, ZoneClock>();
/** Canonical zone names by lower-cased name, since Intl accepts any letter case. */
const names = new Map<string, string>();

/**
 * The canonical name of a zone (`america/new_york` is `America/New_York`);
 * throws `INVALID_TIME_ZONE` for a name Intl does not know.
 */
export function zoneName(zone: string, field: string): string {
  const key = zone.toLowerCase();
  let name = names.get(key);
  if (name === undefined) {
    try {
      name = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      throw new SendrightError('INVALID_TIME_ZONE', `\`${field}\` '${zone.slice(0, 60)}' is not an IANA time zone this platform knows, such as 'America/New_York'.`, field);
    }
    if (names.size >= NAME_LIMIT) names.clear();
    names.set(key, name);
  }
  return name;
}

/** How many entries each cache holds (for tests of their bounds). */
export function cacheSizes(): { zones: number; names: number } {
  return { zones: clocks.size, names: names.size };
}

/** The formatter for a zone (a canonical name), built once; throws `INVALID_TIME_ZONE` for a name Intl does not know. */
function clockFor(zone: string, field: string): ZoneClock {
  const asked = zone;
  let clock = clocks.get(zone);
  if (clock === undefined) {
    zone = zoneName(zone, field);
    clock = clocks.get(zone);
  }
  if (clock === undefined) {
    // zoneName has checked that Intl knows the zone.
    const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
    clock = { format, offsets: new Map(), shownMinute: Number.NaN, shownHead: '', shownTail: '' };
    clocks.set(zone, clock);
  }
  // Known by the name asked for too (an alias such as Asia/Calcutta), so that the next call finds it at once.
  // (Names reach here from the zone tables or canonicalised; the bound is a guard.)
  if (asked !== zone && clocks.size < NAME_LIMIT && !clocks.has(asked)) clocks.set(asked, clock);
  return clock;
}

/** The zone's offset from UTC at an instant, in minutes. */
export function offsetAt(zone: string, time: number): number {
  const clock = clockFor(zone, 'timeZone');
  const quarter = Math.floor(time / QUARTER);
  let offset = clock.offsets.get(quarter);
  if (offset === undefined) {
    const at = quarter * QUARTER;
    const parts: Record<string, number> = {};
    for (const part of clock.format.formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
    offset = Math.round((local - at) / MINUTE);
    if (clock.offsets.size >= CACHE_LIMIT) clock.offsets.clear();
    clock.offsets.set(quarter, offset);
  }
  return offset;
}

/** The wall-clock reading of an instant in a zone. */
export function wallTime(zone: string, time: number): WallTime {
  const offset = offsetAt(zone, time);
  const local = time + offset * MINUTE;
  const dayNumber = Math.floor(local / DAY);
  return { dayNumber, minute: (local - dayNumber * DAY) / MINUTE, offset };
}

/**
 * Every instant at which the zone's clock reads a local date and minute,
 * earliest first: none for a time skipped when clocks go forward, two for a
 * time repeated when they go back.
 */
export function instantsOf(zone: string, dayNumber: number, minute: number): number[] {
  const local = dayNumber * DAY + minute * MINUTE;
  const out: number[] = [];
  // Any instant that reads `local` lies within a day of it, so the offsets in force then are among these.
  for (const probe of [local - DAY, local, local + DAY]) {
    const offset = offsetAt(zone, probe);
    const time = local - offset * MINUTE;
    if (offsetAt(zone, time) === offset && !out.includes(time)) out.push(time);
  }
  return out.sort((x, y) => x - y);
}

/**
 * The instants in [from, to) at which the zone's offset changes. Offsets
 * change on quarter-hour boundaries; a range of a day or two holds at most one
 * change each way, which is all the search looks for.
 */
export function transitionsIn(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  // Quarters lo..hi, where the offset just before quarter lo is `before` and at quarter hi is `after`.
  const find = (lo: number, hi: number, before: number, after: number): void => {
    if (before === after) return;
    if (lo === hi) {
      out.push(lo * QUARTER);
      return;
    }
    const mid = Math.floor((lo + hi) / 2);
    const atMid = offsetAt(zone, mid * QUARTER);
    find(lo, mid, before, atMid);
    find(mid + 1, hi, atMid, after);
  };
  const first = Math.ceil(from / QUARTER);
  const last = Math.ceil(to / QUARTER) - 1;
  if (last >= first) find(first, last, offsetAt(zone, first * QUARTER - 1), offsetAt(zone, last * QUARTER));
  return out;
}

/** Weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): Weekday {
  return WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7]!;
}

/** The local time of an instant in a zone as ISO 8601 with its offset, e.g. `2026-11-23T21:30:05+01:00` (the text of the last minute shown is kept per zone). */
export function localTimeText(zone: string, time: number): string {
  const clock = clockFor(zone, 'timeZone');
  const minute = Math.floor(time / MINUTE);
  if (minute !== clock.shownMinute) {
    const wall = wallTime(zone, minute * MINUTE);
    const m = Math.round(wall.minute);
    const sign = wall.offset < 0 ? '-' : '+';
    const abs = Math.abs(wall.offset);
    clock.shownHead = `${isoDay(wall.dayNumber)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:`;
    clock.shownTail = `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    clock.shownMinute = minute;
  }
  return `${clock.shownHead}${pad(Math.floor(time / 1000) - minute * 60)}${clock.shownTail}`;
}

/** Minutes since midnight of an `HH:MM` clock time. */
export function fromClock(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** The `HH:MM` clock time of minutes since midnight. */
export function toClock(minute: number): ClockTime {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}` as ClockTime;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Day number of Western (Gregorian) Easter Sunday of a year (anonymous Gregorian algorithm). */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY;
}

const calendars = new WeakMap<readonly PublicHoliday[], Map<number, Map<number, string>>>();

/** The holiday on a local day, if any: its name. */
export function holidayOn(holidays: readonly PublicHoliday[], dayNumber: number): string | undefined {
  const year = new Date(dayNumber * DAY).getUTCFullYear();
  let years = calendars.get(holidays);
  if (years === undefined) {
    years = new Map();
    calendars.set(holidays, years);
  }
  let days = years.get(year);
  if (days === undefined) {
    if (years.size >= YEAR_LIMIT) years.clear();
    days = new Map();
    const easter = easterDay(year);
    for (const h of holidays) {
      const day = 'easterOffset' in h ? easter + h.easterOffset : Date.UTC(year, h.month - 1, h.day) / DAY;
      if (!days.has(day)) days.set(day, h.name);
    }
    years.set(year, days);
  }
  return days.get(dayNumber);
}

/** A day number as YYYY-MM-DD. */
export function isoDay(dayNumber: number): string {
  // Civil date from a day count (the proleptic Gregorian calendar, as Date uses), without a Date.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Outside four-digit years, Date's own (expanded) notation.
  if (year < 1000 || year > 9999) return new Date(dayNumber * DAY).toISOString().slice(0, -14);
  return `${year}-${pad(month)}-${pad(day)}`;
}
