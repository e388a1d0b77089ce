import fc from 'fast-check';
import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parseCountry } from './input';
import { parseDay, parseInstant } from './time';

describe('parseDay', () => {
  it('matches Date#toISOString for any instant, given as Date or ISO string', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const expected = d.toISOString().slice(0, 10);
        expect(parseDay(d)).toBe(expected);
        expect(parseDay(d.toISOString())).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads offsets and plain dates, and rejects impossible dates', () => {
    expect(parseDay('2026-01-01T01:00:00+02:00')).toBe('2025-12-31');
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
    expect(() => parseDay('2023-02-29')).toThrow(/at/);
    expect(() => parseDay('2026-13-01')).toThrow(/at/);
    expect(() => parseDay('2026-11-23T25:00:00Z')).toThrow(/at/);
  });
});

describe('parseInstant', () => {
  it('reads Z, offsets with and without a colon, fractions, and a plain date as midnight UTC', () => {
    expect(parseInstant('2026-03-29T01:30:00Z', 'at')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('2026-03-29T03:30+02:00', 'at')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('2026-03-28T20:30:00.250-0500', 'at')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(parseInstant('2026-03-29', 'at')).toBe(Date.UTC(2026, 2, 29));
  });

  it('rejects a date-time without Z or an offset, whose meaning would depend on the host', () => {
    expect(() => parseInstant('2026-03-29T01:30:00', 'at')).toThrow(/offset/);
    expect(() => parseInstant('2026-03-29T01:30:00+02:60', 'at')).toThrow(/at/);
    expect(() => parseInstant('0099-01-01', 'at')).toThrow(/at/);
    expect(() => parseInstant(Date.UTC(2026, 0, 1), 'at')).toThrow(/at/);
  });

  it('names the field in the error', () => {
    expect(() => parseDay('soon', 'from')).toThrow(/`from`/);
  });
});

describe('parseCountry', () => {
  it('accepts every known region and rejects letter pairs that only straddle two codes', () => {
    expect(parseCountry(' us ', 'country')).toBe('US');
    expect(parseCountry('ac', 'country')).toBe('AC');
    expect(parseCountry('ZW', 'country')).toBe('ZW');
    // 'DA' occurs inside 'ADAE' at an odd offset; it is not a region.
    expect(() => parseCountry('DA', 'country')).toThrow(/DA/);
    expect(() => parseCountry('ZZ', 'country')).toThrow(/ZZ/);
  });
});

describe('region check', () => {
  it('accepts exactly the regions libphonenumber-js knows, over all 676 letter pairs', () => {
    const known = new Set<string>(getCountries());
    const accepted: string[] = [];
    for (let a = 65; a < 91; a++) {
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        try {
          parseCountry(code, 'country');
          accepted.push(code);
        } catch {
          // rejected
        }
      }
    }
    expect(accepted).toEqual([...known].sort());
  });
});
