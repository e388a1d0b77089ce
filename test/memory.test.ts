// The caches stay bounded whatever the input: a million distinct spellings of
// time-zone names, half a million distinct years of holidays, and preflight asked
// with tens of thousands of distinct inputs and minutes.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { preflight, sendWindow } from '../src/index';
import { cacheSizes, holidayOn, offsetAt, zoneName } from '../src/sendWindow/clock';
import { FR } from '../src/rules/index';

// A full garbage collection before each heap reading, so that only what is kept is counted.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** `name` with the letters at the set bits of `n` in upper case and the rest in lower case. */
function spelling(name: string, n: number): string {
  let out = '';
  let bit = 0;
  for (const ch of name) {
    if (/[a-z]/i.test(ch)) out += (n >> bit++) & 1 ? ch.toUpperCase() : ch.toLowerCase();
    else out += ch;
  }
  return out;
}

describe('bounded caches', () => {
  it('a million distinct spellings of zone names keep one formatter per zone', () => {
    const zones = ['America/Argentina/ComodRivadavia', 'America/North_Dakota/New_Salem', 'Antarctica/DumontDUrville', 'America/Indiana/Indianapolis'];
    const before = cacheSizes();
    let calls = 0;
    for (let n = 0; n < 250_000; n++) {
      for (const zone of zones) {
        offsetAt(zoneName(spelling(zone, n), 'timeZone'), 1_800_000_000_000);
        calls++;
      }
    }
    expect(calls).toBe(1_000_000);
    const after = cacheSizes();
    expect(after.zones - before.zones).toBeLessThanOrEqual(zones.length);
    expect(after.names).toBeLessThanOrEqual(4096);
  }, 120_000);

  it('sendWindow answers in the canonical name whatever the letter case', () => {
    const w = sendWindow({ country: 'FR', useCase: 'marketing', timeZone: 'eUROPE/pARIS', at: '2026-11-23T10:00:00Z' });
    expect(w.timeZone).toBe('Europe/Paris');
    expect(w.allowed).toBe(true);
  });

  it('half a million distinct years of holidays keep at most 64 years per calendar', () => {
    const holidays = FR.holidays.value === 'unknown' ? [] : FR.holidays.value;
    expect(holidays.length).toBeGreaterThan(0);
    const heap = () => process.memoryUsage().heapUsed;
    collect();
    const start = heap();
    for (let k = -250_000; k < 250_000; k++) holidayOn(holidays, k * 366);
    collect();
    // 500,000 years of 13 holidays kept would take well over 100 MB.
    expect(heap() - start).toBeLessThan(20 * 1024 * 1024);
  }, 120_000);

  it('preflight asked with 60,000 distinct volume counts and minutes keeps what it shares bounded', () => {
    const heap = () => process.memoryUsage().heapUsed;
    collect();
    const start = heap();
    const t0 = Date.parse('2026-11-23T00:00:00Z');
    for (let k = 0; k < 60_000; k++) {
      const r = preflight({ country: (['FR', 'US', 'IN'] as const)[k % 3]!, useCase: 'marketing', origin: 'application', messagesPerDay: 10_000 + k, at: new Date(t0 + k * 61_000) });
      if (r.verdict === undefined) throw new Error('no verdict');
    }
    collect();
    // Kept without bound, 60,000 shared parts and their minute verdicts would take well over 50 MB.
    expect(heap() - start).toBeLessThan(20 * 1024 * 1024);
  }, 120_000);
});
