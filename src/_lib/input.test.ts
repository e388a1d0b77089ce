import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay } from './input';

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
