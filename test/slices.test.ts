// The default entry builds its rows on first use, and binds classifyTraffic and
// sendWindow to rows that hold only the facts each reads (src/rules/table/lazy.ts). These tests check that they
// answer exactly as the same functions do with the full table, for every region.
import metadata from 'libphonenumber-js/max/metadata';
import { describe, expect, it } from 'vitest';
import { classifyTraffic as classifyWith, createPhoneResolver, createTable, sendWindow as windowWith } from '../src/core';
import { classifyTraffic, dataAsOf, ORIGINS, sendWindow, USE_CASES } from '../src/index';
import { ALL_COUNTRIES } from '../src/rules/index';
import { FULL_ROWS, TRAFFIC_ROWS, WINDOW_ROWS } from '../src/rules/table/lazy';

const full = createTable(ALL_COUNTRIES, { resolvePhone: createPhoneResolver(metadata) });
const AT = ['2026-03-01T03:30:00Z', '2026-07-15T12:00:00Z', '2026-12-25T21:45:00Z'] as const;

describe('default-entry slices', () => {
  it('cover every region, and dataAsOf is the latest review of any row', () => {
    const codes = ALL_COUNTRIES.map((r) => r.country);
    expect(Object.keys(FULL_ROWS)).toEqual(codes);
    expect(Object.keys(TRAFFIC_ROWS)).toEqual(codes);
    expect(Object.keys(WINDOW_ROWS)).toEqual(codes);
    for (const row of ALL_COUNTRIES) expect(FULL_ROWS[row.country]?.(row.country)).toEqual(row);
    expect(dataAsOf).toBe(full.dataAsOf);
  });

  it('classifyTraffic answers as with the full table, for every region, origin, use case and long-code flag', () => {
    let calls = 0;
    for (const { country } of ALL_COUNTRIES) {
      for (const origin of ORIGINS) {
        for (const useCase of [undefined, ...USE_CASES]) {
          for (const unregisteredLongCode of [false, true]) {
            const input = { country, origin, ...(useCase ? { useCase } : {}), unregisteredLongCode, at: AT[1] };
            expect(classifyTraffic(input)).toEqual(classifyWith(input, full));
            calls += 1;
          }
        }
      }
    }
    expect(calls).toBe(ALL_COUNTRIES.length * ORIGINS.length * (USE_CASES.length + 1) * 2);
  });

  it('sendWindow answers as with the full table, for every region and use case at three instants', () => {
    for (const { country } of ALL_COUNTRIES) {
      for (const useCase of USE_CASES) {
        for (const at of AT) {
          const input = { country, useCase, at };
          expect(sendWindow(input)).toEqual(windowWith(input, full));
        }
      }
    }
    for (const to of ['+33612345678', '+13055550123', '+16045550123', '+61412345678']) {
      for (const senderType of [undefined, 'short-code', 'alphanumeric'] as const) {
        const input = { to, useCase: 'marketing' as const, at: '2026-12-25T10:00:00Z', ...(senderType ? { senderType } : {}) };
        expect(sendWindow(input)).toEqual(windowWith(input, full));
      }
    }
  });

  it('the comparison can fail: a slice that drops a fact classifyTraffic reads answers differently', () => {
    const us = ALL_COUNTRIES.find((r) => r.country === 'US')!;
    const stripped = createTable([{ ...us, traffic: { ...us.traffic, regime: { value: 'unknown' } } }]);
    const input = { country: 'US' as const, origin: 'agent' as const };
    expect(classifyWith(input, stripped)).not.toEqual(classifyWith(input, full));
  });
});
