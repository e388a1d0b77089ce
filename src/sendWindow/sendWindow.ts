import { freezeNew } from '../_lib/freeze';
import { LEVEL_ORDER } from '../_lib/levels';
import { SendrightError, describe } from '../_lib/errors';
import { activeItems, isKnown } from '../_lib/facts';
import { inputRecord, parseSenderType, parseUseCase, resolveDestination, SENDER_TYPES, USE_CASES, type ResolvedDestination } from '../_lib/input';
import { consulted, notResearchedReason, reason } from '../_lib/reasons';
import { own } from '../_lib/own';
import type { RulesTable } from '../_lib/table';
import { S_LIBPHONENUMBER_GEOCODING, S_LIBPHONENUMBER_TIMEZONES } from '../rules/global';
import type { AllowedWindow, CountryRules, Level, PublicHoliday, RuleSource, SenderType, Sources, UseCase, Weekday } from '../rules/types';
import type { DestinationInput, Reason, ResultBase } from '../types';
import { WEEKDAYS, zoneName, localTimeText, fromClock, toClock, holidayOn, instantsOf, isoDay, transitionsIn, wallTime, weekdayOf } from './clock';
import { numberZones, regionZones, usStates } from '../_lib/recipient';

/** Input of {@link sendWindow}. */
export interface SendWindowInput extends DestinationInput {
  /** What the message is for; which time rules cover it comes from the data. */
  readonly useCase: UseCase;
  /**
   * The instant to check (Date, or ISO 8601 string with `Z` or an offset).
   * Defaults to now, read from the platform clock at the call.
   */
  readonly at?: Date | string;
  /** The recipient's IANA time zone when you know it (e.g. from their address); it replaces the zones read from the number or country. */
  readonly timeZone?: string;
  /** Your own sending window in the recipient's local time (e.g. business hours), intersected with the rules. */
  readonly businessHours?: readonly AllowedWindow[];
  /**
   * The recipient's subdivision when you know it (ISO 3166-2 such as `US-FL`,
   * or just `FL` for the destination country): rules for other subdivisions are
   * then left out. Without it, a US number's area code gives the state; with
   * neither, every subdivision's rules apply (the safe side).
   */
  readonly region?: string;
  /** The sender type, when chosen: rules for other sender types are then left out (with none given, every rule applies, the safe side). */
  readonly senderType?: SenderType;
  /** The weakest rule level to obey: `'required'` obeys only rules demanded by law or carriers; the default `'best-practice'` obeys them all. */
  readonly level?: Level;
}

/** A time rule that was applied, and the zones it was checked in. */
export interface AppliedTimeRule {
  /** Rule id, as in the country data and checklist items (or `send-window.business-hours`). */
  readonly id: string;
  /** How strongly the rule is demanded. */
  readonly level: Level;
  /** The rule in words. */
  readonly text: string;
  /** Where it comes from. */
  readonly sources: readonly RuleSource[];
  /** The zones it was checked in. */
  readonly timeZones: readonly string[];
}

/** Result of {@link sendWindow}. */
export interface SendWindowResult extends ResultBase {
  /** Whether the message may go now. */
  readonly allowed: boolean;
  /** The zone `localTime` is given in: the zone that blocks sending, or the recipient's first candidate zone; null when no zone is known. */
  readonly timeZone: string | null;
  /** Every zone the recipient may be in; all were checked. */
  readonly timeZones: readonly string[];
  /** The instant in `timeZone`, as ISO 8601 with its offset; null when no zone is known. */
  readonly localTime: string | null;
  /** When sending next becomes allowed (ISO 8601, UTC), or null when it is allowed now or no allowed time is found within a year. */
  readonly nextAllowedAt: string | null;
  /** The subdivisions (ISO 3166-2) the recipient may be in, or null when not known (then every subdivision's rules apply). */
  readonly regions: readonly string[] | null;
  /** The time rules applied. */
  readonly rules: readonly AppliedTimeRule[];
  /** Why: the zones used, what blocked or allowed sending, and what the sources leave open. */
  readonly reasons: readonly Reason[];
}

/** A rule to check: its windows, holidays, and a fixed zone or (null) the recipient's zones. */
interface RuleCheck {
  readonly id: string;
  readonly zone: string | null;
  readonly windows: readonly AllowedWindow[];
  readonly holidays: readonly PublicHoliday[] | undefined;
}

/** One window set checked in one zone. */
interface Constraint {
  readonly id: string;
  readonly zone: string;
  /** Whether the windows are read in a fixed zone rather than the recipient's. */
  readonly fixed: boolean;
  readonly windows: readonly AllowedWindow[];
  readonly holidays: readonly PublicHoliday[] | undefined;
}

const SEARCH_DAYS = 370;
/** More than any zone's offset from UTC (the largest are +14:00 and -12:00). */
const MAX_OFFSET = 15 * 3_600_000;
const DAY = 86_400_000;
const MAX_ROUNDS = 200;

/**
 * Tells whether a message may go to a recipient at an instant under the time
 * rules of the destination (see the `sendright` entry for the bound version).
 *
 * @param input - destination, `useCase`, optional `at`, `timeZone`, `region`, `senderType`, `businessHours`, `level`
 * @param table - the rules table
 * @returns `{ allowed, timeZone, timeZones, regions, localTime, nextAllowedAt, rules, reasons, country, status, date }`
 * @throws SendrightError for invalid input
 * @example
 * ```ts
 * import { createTable, sendWindow } from 'sendright/core';
 * import { FR } from 'sendright/rules';
 * sendWindow({ country: 'FR', useCase: 'marketing', at: '2026-11-22T10:00:00Z' }, createTable([FR])).allowed;
 * //=> false (a Sunday)
 * ```
 * @category Core
 */
export function sendWindow(input: SendWindowInput, table: RulesTable): SendWindowResult {
  const i = inputRecord(input, 'sendWindow');
  const useCase = parseUseCase(own(i, 'useCase'), true);
  const level = parseLevel(own(i, 'level'));
  const senderType = parseSenderType(own(i, 'senderType'));
  const business = parseWindows(own(i, 'businessHours'));
  const dest = resolveDestination({ to: own(i, 'to'), country: own(i, 'country'), defaultCountry: own(i, 'defaultCountry'), at: own(i, 'at') } as DestinationInput, table);
  return windowFor(dest, useCase, level, senderType, business, own(i, 'timeZone'), own(i, 'region'));
}

/** The send window for a resolved destination and parsed options; `timeZone` and `region` are read here. */
export function windowFor(dest: ResolvedDestination, useCase: UseCase, level: Level, senderType: SenderType | undefined, business: readonly AllowedWindow[] | undefined, timeZone: unknown, region: unknown): SendWindowResult {
  const { rules, day, time: at } = dest;
  const reasons: Reason[] = [];

  // The zones the recipient may be in (lists kept, so that they can key the caches below).
  let zones: readonly string[];
  if (timeZone !== undefined) {
    if (typeof timeZone !== 'string') throw new SendrightError('INVALID_TIME_ZONE', `\`timeZone\` must be an IANA zone name such as 'Europe/Paris'; got ${describe(timeZone)}.`, 'timeZone');
    const zone = zoneName(timeZone, 'timeZone');
    zones = oneItem(zone);
    reasons.push(reason('send-window.zone-given', `The recipient's time zone is ${zone}, as given.`));
  } else {
    const byNumber = dest.e164 !== undefined;
    zones = byNumber ? numberZones(dest.country, dest.e164!) : regionZones(dest.country);
    reasons.push(zoneReason(zones, dest.country, byNumber));
  }

  // The subdivisions the recipient may be in.
  let regions: readonly string[] | undefined;
  if (region !== undefined) {
    regions = oneItem(parseRegion(region, dest.country, rules));
    reasons.push(reason('send-window.region-given', `The recipient is in ${regions[0]}, as given.`));
  } else if (dest.e164 !== undefined && dest.country === 'US') {
    regions = usStates(dest.e164);
    if (regions !== undefined) reasons.push(stateReason(regions));
  }
  // The rules that cover this use case, and the constraints they make: the same for every
  // call with the same row, day, use case, level, sender type, subdivisions and zones, so kept.
  const prepared = business === undefined ? preparedRules(rules, dest.country, day, useCase, level, senderType, regions, zones) : prepare(rules, dest.country, day, useCase, level, senderType, regions, zones, business);
  const { applied, constraints } = prepared;
  const unchecked = prepared.unchecked;
  for (let k = 0; k < prepared.reasons.length; k++) reasons.push(prepared.reasons[k]!);

  // Is it allowed now, and if not, when next? The same for every instant of one UTC minute, so kept per minute.
  const verdict = business === undefined ? minuteVerdict(prepared, at) : verdictAt(prepared, at);
  const blocking = verdict.blocking;
  const allowed = blocking === undefined && !unchecked;

  const shownZone = blocking?.zone ?? zones[0] ?? constraints[0]?.zone ?? null;
  const localTime = shownZone === null ? null : localTimeText(shownZone, at);
  if (blocking !== undefined) {
    const closed = verdict.closed!;
    reasons.push(reason('send-window.closed', closed.showsTime ? `${closed.before}${localTime}${closed.after}` : `${closed.before}${closed.after}`, closed.sources));
  } else if (allowed && prepared.open !== undefined) {
    reasons.push(prepared.open);
  }
  if (rules.status === 'not-researched') reasons.push(notResearchedReason(dest.country));

  const nextAllowedAt = verdict.nextAllowedAt;
  const status = rules.status;
  const country = dest.country;
  // Two literals rather than a spread: the answer is read fast either way.
  return dest.e164 === undefined
    ? { country, status, date: day, allowed, timeZone: shownZone, timeZones: zones, regions: regions ?? null, localTime, nextAllowedAt, rules: applied, reasons }
    : { country, status, date: day, e164: dest.e164, allowed, timeZone: shownZone, timeZones: zones, regions: regions ?? null, localTime, nextAllowedAt, rules: applied, reasons };
}

/** Whether the constraints allow an instant: the first one closed, named by the rule that closes it, and the next allowed instant. */
interface WindowVerdict {
  readonly blocking: Constraint | undefined;
  readonly nextAllowedAt: string | null;
  /** The text of the closed reason around the local time (shown only when the day is no holiday), and its sources. */
  readonly closed: { readonly before: string; readonly after: string; readonly showsTime: boolean; readonly sources: readonly RuleSource[] | undefined } | undefined;
}

const MINUTE = 60_000;
/** Minutes remembered per prepared rule set before that cache starts over. */
const MINUTES_KEPT = 16;
const verdicts = /* @__PURE__ */ new WeakMap<Prepared, Map<number, WindowVerdict>>();

/**
 * The verdict for an instant, kept per prepared rule set and UTC minute. It is
 * the same for every instant of a minute: windows open and close on whole local
 * minutes, and offsets are read in whole minutes (rounded, for the few zones
 * whose offsets had seconds before 1972), so the whole minute is open or closed
 * alike, and the next opening is a whole minute after it.
 */
function minuteVerdict(prepared: Prepared, time: number): WindowVerdict {
  let byMinute = verdicts.get(prepared);
  if (byMinute === undefined) verdicts.set(prepared, (byMinute = new Map()));
  const minute = Math.floor(time / MINUTE);
  let hit = byMinute.get(minute);
  if (hit === undefined) {
    if (byMinute.size >= MINUTES_KEPT) byMinute.clear();
    hit = verdictAt(prepared, minute * MINUTE);
    byMinute.set(minute, hit);
  }
  return hit;
}

function verdictAt(prepared: Prepared, at: number): WindowVerdict {
  const { checks, constraints } = prepared;
  let blocking: Constraint | undefined;
  for (const c of constraints) {
    if (!isOpen(c, at)) {
      // Name the rule that blocks: the first of the merged ones closed in that zone.
      const rule = checks.find((r) => (r.zone ?? c.zone) === c.zone && (r.zone !== null) === c.fixed && !isOpen({ ...r, zone: c.zone, fixed: c.fixed }, at));
      blocking = { ...c, id: rule?.id ?? c.id, windows: rule?.windows ?? c.windows, holidays: rule ? rule.holidays : c.holidays };
      break;
    }
  }
  const next = blocking !== undefined && !prepared.unchecked ? nextAllowed(constraints, at) : null;
  const nextAllowedAt = next === null ? null : new Date(next).toISOString();
  if (blocking === undefined) return { blocking, nextAllowedAt, closed: undefined };
  const b = blocking;
  const wall = wallTime(b.zone, at);
  const holiday = b.holidays ? holidayOn(b.holidays, wall.dayNumber) : undefined;
  const tail = ` (${b.id}).${nextAllowedAt === null ? ' No allowed time is found within a year.' : ` Next allowed: ${nextAllowedAt}.`}`;
  const sources = prepared.applied.find((r) => r.id === b.id)?.sources;
  const before = `Not allowed now: in ${b.zone}, `;
  return {
    blocking,
    nextAllowedAt,
    closed: holiday
      ? { before, after: `${isoDay(wall.dayNumber)} is ${holiday}, a public holiday${tail}`, showsTime: false, sources }
      : { before, after: ` (${weekdayName(weekdayOf(wall.dayNumber))}) is outside ${describeWindows(b.windows)}${tail}`, showsTime: true, sources },
  };
}

/** What the rules make of one row, day, use case, level, sender type, subdivisions and zones (and your own window). */
interface Prepared {
  /** The reason given when sending is allowed. */
  readonly open: Reason | undefined;
  readonly checks: readonly RuleCheck[];
  readonly applied: readonly AppliedTimeRule[];
  readonly constraints: readonly Constraint[];
  readonly unchecked: boolean;
  readonly reasons: readonly Reason[];
}

/** One-item lists of zones or subdivisions, one per name, so that equal lists key the caches alike. */
const oneItemLists = /* @__PURE__ */ new Map<string, readonly string[]>();
function oneItem(name: string): readonly string[] {
  let list = oneItemLists.get(name);
  if (list === undefined) {
    // Zone names are canonical and subdivisions checked, so the names are a few thousand at most.
    if (oneItemLists.size >= 8192) oneItemLists.clear();
    oneItemLists.set(name, (list = Object.freeze([name])));
  }
  return list;
}

const zoneReasons = /* @__PURE__ */ new WeakMap<readonly string[], [Reason | undefined, Reason | undefined]>();
/** The reason naming the zones a recipient may be in, from the country or from the number, kept per list of zones (the zone tables keep their lists). */
function zoneReason(zones: readonly string[], country: string, byNumber: boolean): Reason {
  if (zones.length === 0) return reason('send-window.zone-unknown', `No time zone is known for ${country}; rules in the recipient's local time cannot be checked, so sending is not confirmed. Pass \`timeZone\`.`);
  let pair = zoneReasons.get(zones);
  if (pair === undefined) zoneReasons.set(zones, (pair = [undefined, undefined]));
  const slot = byNumber ? 1 : 0;
  let r = pair[slot];
  if (r === undefined) {
    const from = byNumber ? `the number's prefix` : `the country ${country}`;
    r = freezeNew(
      zones.length > 1
        ? reason('send-window.zone-uncertain', `From ${from}, the recipient may be in any of ${zones.length} time zones (${zones.join(', ')}); the answer is the one that is safe in all of them.`, [S_LIBPHONENUMBER_TIMEZONES])
        : reason('send-window.zone', `From ${from}, the recipient's time zone is ${zones[0]}.`, [S_LIBPHONENUMBER_TIMEZONES]),
    );
    pair[slot] = r;
  }
  return r;
}

/** The area-code reason, kept per list of states (the zone tables keep their lists). */
const stateReasons = /* @__PURE__ */ new WeakMap<readonly string[], Reason>();
function stateReason(states: readonly string[]): Reason {
  let r = stateReasons.get(states);
  if (r === undefined) stateReasons.set(states, (r = freezeNew(reason('send-window.region', `From the area code, the recipient's number belongs to ${states.join(' or ')}.`, [S_LIBPHONENUMBER_GEOCODING]))));
  return r;
}

/** The key for a subdivision list that is not known. */
const ANY_REGION: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** Prepared rules per row: by day, zone list, subdivision list, then use case, level and sender type as one number. */
interface RowPrepared {
  size: number;
  readonly byDay: Map<string, Map<readonly string[], Map<readonly string[], Map<number, Prepared>>>>;
}
/** Prepared rule sets kept per row before that cache starts over. */
const PREPARED_KEPT = 256;
const preparedByRow = /* @__PURE__ */ new WeakMap<CountryRules, RowPrepared>();

/** Prepared rules, kept: the lists of zones and subdivisions key the cache by identity (the zone tables and oneItem keep them). */
function preparedRules(rules: CountryRules, country: string, day: string, useCase: UseCase, level: Level, senderType: SenderType | undefined, regions: readonly string[] | undefined, zones: readonly string[]): Prepared {
  let row = preparedByRow.get(rules);
  if (row === undefined || row.size >= PREPARED_KEPT) preparedByRow.set(rules, (row = { size: 0, byDay: new Map() }));
  let byZones = row.byDay.get(day);
  if (byZones === undefined) row.byDay.set(day, (byZones = new Map()));
  let byRegions = byZones.get(zones);
  if (byRegions === undefined) byZones.set(zones, (byRegions = new Map()));
  const regionKey = regions ?? ANY_REGION;
  let byCode = byRegions.get(regionKey);
  if (byCode === undefined) byRegions.set(regionKey, (byCode = new Map()));
  const code = (USE_CASES.indexOf(useCase) * 3 + LEVEL_ORDER[level]) * 8 + (senderType === undefined ? 7 : SENDER_TYPES.indexOf(senderType));
  let hit = byCode.get(code);
  if (hit === undefined) {
    row.size++;
    // Frozen: the applied rules and reasons go into answers, and nobody may change them for later calls.
    hit = freezeNew(prepare(rules, country, day, useCase, level, senderType, regions, zones, undefined));
    byCode.set(code, hit);
  }
  return hit;
}

function prepare(rules: CountryRules, country: string, day: string, useCase: UseCase, level: Level, senderType: SenderType | undefined, regions: readonly string[] | undefined, zones: readonly string[], business: readonly AllowedWindow[] | undefined): Prepared {
  const reasons: Reason[] = [];
  let regionalRules = 0;
  const regionalSources: RuleSource[] = [];

  // The rules that cover this use case.
  const checks: RuleCheck[] = [];
  const applied: AppliedTimeRule[] = [];
  let unchecked = false;
  const quiet = rules.quietHours;
  if (isKnown(quiet)) {
    for (const rule of activeItems(quiet.value, day)) {
      if (!rule.useCases.includes(useCase) || LEVEL_ORDER[rule.level] > LEVEL_ORDER[level]) continue;
      const onlyFor = own<readonly SenderType[]>(rule, 'senderTypes');
      if (senderType !== undefined && onlyFor !== undefined && !onlyFor.includes(senderType)) continue;
      const ruleRegions = own<readonly string[]>(rule, 'regions');
      if (ruleRegions !== undefined) {
        if (regions !== undefined && !ruleRegions.some((r) => regions!.includes(r))) continue;
        regionalRules++;
        regionalSources.push(...rule.sources);
      }
      const fixedZone = rule.timeBasis === 'recipient-local' ? null : rule.timeBasis.zone;
      const ruleZones = fixedZone === null ? zones : [fixedZone];
      if (ruleZones.length === 0) unchecked = true;
      let holidays: readonly PublicHoliday[] | undefined;
      if (rule.publicHolidays === 'closed') {
        if (isKnown(rules.holidays)) holidays = rules.holidays.value;
        else reasons.push(reason('send-window.holidays-unknown', `${rule.id} closes public holidays, but no holiday calendar for ${country} is encoded: the answer does not check holidays. Do not send on public holidays.`, rule.sources));
      } else if (rule.publicHolidays === 'unknown') {
        reasons.push(reason('send-window.holidays-open-question', `The sources do not say whether ${rule.id} also closes public holidays; the answer does not check them.`, rule.sources));
      }
      checks.push({ id: rule.id, zone: fixedZone, windows: rule.allowed, holidays });
      applied.push({ id: rule.id, level: rule.level, text: rule.text, sources: sourcesOfRule(rule.sources, holidays ? rules.holidays : undefined), timeZones: ruleZones });
    }
    if (applied.length === 0) reasons.push(reason('send-window.no-rule', `No sending-time rule in ${country} covers '${useCase}' messages${level === 'best-practice' ? '' : ` at level '${level}' or stronger`}.`, quiet.sources));
  } else {
    reasons.push(reason('send-window.rules-unknown', `The sources do not establish sending-time rules for ${country}; only your own window is checked. Keep marketing to daytime on working days in the recipient's local time.`, consulted(quiet, rules)));
  }
  if (regions === undefined && regionalRules > 0) {
    reasons.push(reason('send-window.region-unknown', `The recipient's subdivision is not known, so the rules of every subdivision apply (${regionalRules} of them); pass \`region\` or a phone number to narrow them.`, [...new Set(regionalSources)]));
  }
  if (business !== undefined) {
    if (zones.length === 0) unchecked = true;
    checks.push({ id: 'send-window.business-hours', zone: null, windows: business, holidays: undefined });
    applied.push({ id: 'send-window.business-hours', level: 'best-practice', text: 'Your own sending window (businessHours), in the recipient\'s local time.', sources: [], timeZones: zones });
  }

  const constraints = toConstraints(checks, zones);
  const open = constraints.length === 0 ? undefined : reason('send-window.open', `Allowed now: the instant is inside every applicable window in ${[...new Set(constraints.map((c) => c.zone))].join(', ')}.`, [...new Set(applied.flatMap((r) => r.sources))]);
  return { open, checks, applied, constraints, unchecked, reasons };
}

/** The US subdivisions in ISO 3166-2:US (the states, the District of Columbia and the outlying areas), space-separated. */
const US_SUBDIVISIONS = ' AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC AS GU MP PR UM VI ';

/**
 * Reads `region` as an ISO 3166-2 code of the destination country that
 * sendright knows: a US state, district or outlying area, or elsewhere a
 * subdivision the country's rules name. An unknown one is an error, since
 * answering as if it were given would drop every regional rule.
 */
function parseRegion(value: unknown, country: string, rules: CountryRules): string {
  const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const code = /^[A-Z0-9]{1,3}$/.test(text) ? `${country}-${text}` : text;
  if (country === 'US' ? code.startsWith('US-') && US_SUBDIVISIONS.includes(` ${code.slice(3)} `) : namedRegions(rules).includes(code)) return code;
  const known = country === 'US' ? ['US-FL'] : namedRegions(rules);
  throw new SendrightError(
    'INVALID_REGION',
    known.length === 0
      ? `\`region\`: sendright knows no subdivisions of ${country}, as none of its rules is regional; leave \`region\` out. Got ${describe(value)}.`
      : `\`region\` must be a subdivision of ${country} sendright knows, such as '${known[0]}'; got ${describe(value)}.`,
    'region',
  );
}

/** The subdivisions a row's rules name. */
function namedRegions(rules: CountryRules): string[] {
  const quiet = isKnown(rules.quietHours) ? rules.quietHours.value : [];
  return [...new Set([...quiet, ...rules.obligations].flatMap((r) => own<readonly string[]>(r, 'regions') ?? []))];
}

const FULL_DAY: readonly (readonly [number, number])[] = [[0, 1440]];

/**
 * The constraints to check: the rules read in the recipient's clock merged
 * into one window set and checked in each candidate zone, and the rules read
 * in a fixed zone merged per zone.
 */
function toConstraints(checks: readonly RuleCheck[], zones: readonly string[]): Constraint[] {
  const out: Constraint[] = [];
  const local = checks.filter((c) => c.zone === null);
  if (local.length > 0) {
    const windows = mergeWindows(local);
    const holidays = local.find((c) => c.holidays !== undefined)?.holidays;
    const id = local.map((c) => c.id).join('+');
    for (const zone of zones) out.push({ id, zone, fixed: false, windows, holidays });
  }
  const fixedZones = new Set(checks.flatMap((c) => (c.zone === null ? [] : [c.zone])));
  for (const zone of fixedZones) {
    const group = checks.filter((c) => c.zone === zone);
    out.push({ id: group.map((c) => c.id).join('+'), zone, fixed: true, windows: mergeWindows(group), holidays: group.find((c) => c.holidays !== undefined)?.holidays });
  }
  return out;
}

const serials = new WeakMap<readonly AllowedWindow[], number>();
let nextSerial = 0;
const mergedCache = new Map<string, readonly AllowedWindow[]>();
const MERGED_CACHE_LIMIT = 512;

/** Per weekday, the intersection of the window lists (cached by the identity of the lists). */
function mergeWindows(checks: readonly RuleCheck[]): readonly AllowedWindow[] {
  if (checks.length === 1) return checks[0]!.windows;
  let key = '';
  for (const c of checks) {
    let serial = serials.get(c.windows);
    if (serial === undefined) serials.set(c.windows, (serial = nextSerial++));
    key += `${serial},`;
  }
  let merged = mergedCache.get(key);
  if (merged === undefined) {
    const windows: AllowedWindow[] = [];
    for (const day of WEEKDAYS) {
      let open = FULL_DAY;
      for (const c of checks) open = intersect(open, c.windows.filter((w) => w.days.includes(day)).map((w) => [fromClock(w.start), fromClock(w.end)] as const));
      for (const [start, end] of open) windows.push({ days: [day], start: toClock(start), end: toClock(end) });
    }
    if (mergedCache.size >= MERGED_CACHE_LIMIT) mergedCache.clear();
    mergedCache.set(key, (merged = windows));
  }
  return merged;
}

/** The intersection of two sets of [start, end) minute intervals. */
function intersect(a: readonly (readonly [number, number])[], b: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const [s1, e1] of a) {
    for (const [s2, e2] of b) {
      const start = Math.max(s1, s2);
      const end = Math.min(e1, e2);
      if (start < end) out.push([start, end]);
    }
  }
  return out;
}

/** Whether a constraint is open at an instant: the local day is no closed holiday and the local time is inside a window of that weekday. */
function isOpen(c: Constraint, time: number): boolean {
  const wall = wallTime(c.zone, time);
  if (c.holidays !== undefined && holidayOn(c.holidays, wall.dayNumber) !== undefined) return false;
  const bit = 1 << ((((wall.dayNumber + 4) % 7) + 7) % 7);
  for (const [mask, start, end] of parsedWindows(c.windows)) if ((mask & bit) !== 0 && start <= wall.minute && wall.minute < end) return true;
  return false;
}

const parsedCache = /* @__PURE__ */ new WeakMap<readonly AllowedWindow[], readonly (readonly [number, number, number])[]>();

/** Windows as [weekday bits (bit 0 Sunday, as WEEKDAYS), start minute, end minute], kept per window list. */
function parsedWindows(windows: readonly AllowedWindow[]): readonly (readonly [number, number, number])[] {
  let out = parsedCache.get(windows);
  if (out === undefined) {
    out = windows.map((w) => [w.days.reduce((mask, d) => mask | (1 << WEEKDAYS.indexOf(d)), 0), fromClock(w.start), fromClock(w.end)] as const);
    parsedCache.set(windows, out);
  }
  return out;
}

/**
 * The earliest instant at or after `time` when a constraint is open; null if
 * none within SEARCH_DAYS. A closed constraint opens either when the local
 * clock reaches a window's start (twice in a repeated hour, never in a skipped
 * one) or when a clock change moves the local time into a window.
 */
function nextOpen(c: Constraint, time: number): number | null {
  if (isOpen(c, time)) return time;
  const firstDay = wallTime(c.zone, time).dayNumber;
  let best = Infinity;
  for (let k = 0; k < SEARCH_DAYS; k++) {
    const dayNumber = firstDay + k;
    // Every instant of this local day and later ones comes after `best`: nothing left can be earlier.
    if (dayNumber * DAY - MAX_OFFSET > best) break;
    const weekday = weekdayOf(dayNumber);
    const candidates: number[] = [];
    for (const w of c.windows) if (w.days.includes(weekday)) candidates.push(...instantsOf(c.zone, dayNumber, fromClock(w.start)));
    // The instants of this local day, with a margin for the largest offsets.
    candidates.push(...transitionsIn(c.zone, dayNumber * DAY - MAX_OFFSET, dayNumber * DAY + DAY + MAX_OFFSET));
    for (const u of candidates) if (u > time && u < best && isOpen(c, u)) best = u;
  }
  return best === Infinity ? null : best;
}

/** The earliest instant after `time` when every constraint is open at once; null if none is found. */
function nextAllowed(constraints: readonly Constraint[], time: number): number | null {
  let t = time;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let moved = false;
    for (const c of constraints) {
      const open = nextOpen(c, t);
      if (open === null || open - time > SEARCH_DAYS * DAY) return null;
      if (open > t) {
        t = open;
        moved = true;
      }
    }
    if (!moved) return t;
  }
  return null;
}

function sourcesOfRule(rule: Sources, holidays: { readonly sources?: readonly RuleSource[] } | undefined): readonly RuleSource[] {
  return holidays?.sources ? [...rule, ...holidays.sources] : rule;
}

const DAY_NAMES: Readonly<Record<Weekday, string>> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

function weekdayName(day: Weekday): string {
  return DAY_NAMES[day];
}

function describeWindows(windows: readonly AllowedWindow[]): string {
  if (windows.length === 0) return 'any allowed window (none is open)';
  return `the allowed windows (${windows.map((w) => `${w.days.join(', ')} ${w.start}-${w.end}`).join('; ')})`;
}

function parseLevel(value: unknown): Level {
  if (value === undefined) return 'best-practice';
  if (value === 'required' || value === 'recommended' || value === 'best-practice') return value;
  throw new SendrightError('INVALID_INPUT', `\`level\` must be 'required', 'recommended' or 'best-practice'; got ${describe(value)}.`, 'level');
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function parseWindows(value: unknown): readonly AllowedWindow[] | undefined {
  if (value === undefined) return undefined;
  const bad = (why: string): never => {
    throw new SendrightError('INVALID_WINDOW', `\`businessHours\` must be a list of { days, start, end } in local time, e.g. [{ days: ['mon', 'tue'], start: '09:00', end: '17:30' }]; ${why}.`, 'businessHours');
  };
  if (!Array.isArray(value)) return bad(`got ${describe(value)}`);
  const out: AllowedWindow[] = [];
  // An index loop, not map: map skips the holes of a sparse array.
  for (let i = 0; i < value.length; i++) {
    const w: unknown = value[i];
    if (typeof w !== 'object' || w === null || Array.isArray(w)) return bad(`entry ${i} is ${describe(w)}`);
    const days = own<unknown>(w, 'days');
    const start = own<unknown>(w, 'start');
    const end = own<unknown>(w, 'end');
    if (!Array.isArray(days) || [...days].some((d) => !(WEEKDAYS as readonly unknown[]).includes(d))) return bad(`entry ${i} needs a list of days from ${WEEKDAYS.map((d) => `'${d}'`).join(', ')}`);
    if (typeof start !== 'string' || typeof end !== 'string' || !CLOCK.test(start) || !CLOCK.test(end) || !(start < end)) return bad(`entry ${i} needs start < end as 'HH:MM'`);
    out.push({ days: [...days] as Weekday[], start: start as AllowedWindow['start'], end: end as AllowedWindow['end'] });
  }
  return out;
}
