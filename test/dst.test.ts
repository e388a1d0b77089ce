// sendWindow across daylight-saving changes, checked against an independent
// oracle built on Intl alone: an instant is allowed when the local time that
// Intl reports for it is inside the window. The property: `allowed` agrees
// with the oracle, `nextAllowedAt` is allowed, and no earlier minute is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTable, sendWindow } from '../src/core';
import type { Weekday } from '../src/rules/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Zones with clock changes of different kinds: an hour at 02:00 (New York), at
// 01:00 UTC (London), at midnight (Havana, Santiago, São Paulo in 2019), half an
// hour (Lord Howe), a 45-minute zone (Chatham), a half-hour zone (St John's).
const ZONES = ['America/New_York', 'Europe/London', 'America/Havana', 'America/Santiago', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Europe/Berlin', 'Australia/Sydney'];

const formats = new Map<string, Intl.DateTimeFormat>();
/** The local weekday and minute of the day of an instant in a zone, read with Intl. */
function local(zone: string, time: number): { weekday: Weekday; minute: number } {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' });
    formats.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(time).map((p) => [p.type, p.value]));
  return { weekday: String(parts.weekday).slice(0, 3).toLowerCase() as Weekday, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** The instants in [from, to) at which a zone's offset changes, found by scanning with Intl (an hour at a time, then to the minute). */
function transitions(zone: string, from: number, to: number): number[] {
  const offset = (t: number): number => {
    const l = local(zone, t);
    const utc = new Date(t);
    return ((l.minute - (utc.getUTCHours() * 60 + utc.getUTCMinutes())) % 1440 + 1440 + 720) % 1440 - 720;
  };
  const out: number[] = [];
  for (let t = from; t < to; t += HOUR) {
    if (offset(t) === offset(t + HOUR)) continue;
    let u = t;
    while (offset(u) === offset(t)) u += MINUTE;
    out.push(u);
  }
  return out;
}

const CASES = ZONES.flatMap((zone) => transitions(zone, Date.UTC(2019, 0, 1), Date.UTC(2027, 0, 1)).map((t) => ({ zone, t })));
const table = createTable([]);

const clock = (m: number): `${number}:${number}` => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}` as `${number}:${number}`;

describe('sendWindow across clock changes', () => {
  it('finds clock changes to test in every zone', () => {
    for (const zone of ZONES) expect(CASES.filter((c) => c.zone === zone).length).toBeGreaterThan(0);
  });

  it('allowed agrees with the local time; nextAllowedAt is allowed and no earlier minute is', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES),
        fc.integer({ min: -36 * 60, max: 36 * 60 }),
        fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 24 * 12 - 1 }),
        fc.integer({ min: 1, max: 36 }),
        ({ zone, t }, shift, days, startStep, length) => {
          const start = startStep * 5;
          const end = Math.min(1440, start + length * 5);
          const window = { days, start: clock(start), end: clock(end) };
          const open = (u: number): boolean => {
            const l = local(zone, u);
            return days.includes(l.weekday) && start <= l.minute && l.minute < end;
          };
          const at = t + shift * MINUTE;
          const r = sendWindow({ country: 'KE', useCase: 'otp', timeZone: zone, at: new Date(at), businessHours: [window] }, table);
          expect(r.allowed).toBe(open(at));
          if (r.allowed) {
            expect(r.nextAllowedAt).toBeNull();
            return;
          }
          expect(r.nextAllowedAt).not.toBeNull();
          const next = Date.parse(r.nextAllowedAt!);
          expect(open(next)).toBe(true);
          expect(sendWindow({ country: 'KE', useCase: 'otp', timeZone: zone, at: new Date(next), businessHours: [window] }, table).allowed).toBe(true);
          for (let u = at + MINUTE; u < next; u += MINUTE) if (open(u)) expect.fail(`${new Date(u).toISOString()} is allowed in ${zone}, before nextAllowedAt ${r.nextAllowedAt} (at ${new Date(at).toISOString()}, ${JSON.stringify(window)})`);
        },
      ),
      { numRuns: Number(process.env.DST_RUNS ?? 300) },
    );
  }, 600_000);

  it('the cases from the report: a repeated hour, a skipped hour, a zone east of UTC', () => {
    const ny = { country: 'KE' as const, useCase: 'otp' as const, timeZone: 'America/New_York' };
    // 06:06 UTC on 2026-11-01 is 01:06 EST, after the window's first occurrence (01:30 EDT) and before its second (01:30 EST).
    const repeated = sendWindow({ ...ny, at: '2026-11-01T06:06:00Z', businessHours: [{ days: ['sun'], start: '01:30', end: '01:45' }] }, table);
    expect(repeated.allowed).toBe(false);
    expect(repeated.nextAllowedAt).toBe('2026-11-01T06:30:00.000Z');
    // Clocks skip 02:00-03:00 on 2026-03-08: a 02:30-03:30 window opens at 03:00 EDT (07:00 UTC).
    const skipped = sendWindow({ ...ny, at: '2026-03-08T05:00:00Z', businessHours: [{ days: ['sun'], start: '02:30', end: '03:30' }] }, table);
    expect(skipped.nextAllowedAt).toBe('2026-03-08T07:00:00.000Z');
    // London repeats 01:00-02:00 on 2026-10-25: the first occurrence (BST, 00:00 UTC) comes first.
    const london = sendWindow({ country: 'KE', useCase: 'otp', timeZone: 'Europe/London', at: '2026-10-24T23:30:00Z', businessHours: [{ days: ['sun'], start: '01:00', end: '02:00' }] }, table);
    expect(london.nextAllowedAt).toBe('2026-10-25T00:00:00.000Z');
    // Once the first occurrence has passed, the second (GMT, 01:00 UTC) is next.
    const second = sendWindow({ country: 'KE', useCase: 'otp', timeZone: 'Europe/London', at: '2026-10-25T00:45:00Z', businessHours: [{ days: ['sun'], start: '01:00', end: '01:30' }] }, table);
    expect(second.nextAllowedAt).toBe('2026-10-25T01:00:00.000Z');
  });
});
