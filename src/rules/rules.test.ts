import { readdirSync } from 'node:fs';
import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { dataAsOf, getCountryRules } from '../index';
import { validateRules } from '../vitest/validateRules';
import { notResearchedRules } from '../_lib/fallback';
import { ALL_COUNTRIES } from './countries/index';
import * as rules from './countries/index';

const today = new Date().toISOString().slice(0, 10);
const files = readdirSync(new URL('./countries/', import.meta.url)).filter((f) => /^[A-Z]{2}\.ts$/.test(f));
const MARKETS = ['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'IT', 'NL', 'IN', 'BR', 'MX', 'AU', 'SG', 'JP', 'AE', 'SA', 'ZA', 'NG', 'PH', 'ID'];

describe('rules table', () => {
  it('has a researched row for every region libphonenumber-js knows, the 20 first markets included', () => {
    const codes = ALL_COUNTRIES.map((r) => r.country).sort();
    expect(codes).toEqual([...getCountries()].sort());
    for (const market of MARKETS) expect(codes).toContain(market);
  });

  it('registers every country file, under its own code', () => {
    expect(files.map((f) => f.slice(0, 2)).sort()).toEqual(ALL_COUNTRIES.map((r) => r.country).sort());
    for (const row of ALL_COUNTRIES) expect((rules as Record<string, unknown>)[row.country]).toBe(row);
  });

  it.each(ALL_COUNTRIES.map((r) => [r.country, r] as const))('%s validates against the schema', (_code, row) => {
    expect(validateRules(row, today)).toEqual([]);
    expect(row.status).toBe('researched');
  });

  it('the validator rejects broken rows (it can fail)', () => {
    const [first] = ALL_COUNTRIES;
    if (!first) throw new Error('no rows');
    const broken = {
      ...first,
      senders: { ...first.senders, 'short-code': { ...first.senders['short-code'], supported: { value: true, sources: [] } } },
      reviewed: '2999-01-01',
      optOut: { ...first.optOut, keywords: { value: ['stop'], sources: [{ title: 'A page', url: 'http://example.com', reviewed: '2026-01-01' }] } },
    } as unknown as typeof first;
    const problems = validateRules(broken, today);
    expect(problems.some((p) => p.includes('at least one source'))).toBe(true);
    expect(problems.some((p) => p.includes('reviewed'))).toBe(true);
    expect(problems.some((p) => p.includes('https'))).toBe(true);
    expect(problems.some((p) => p.includes('upper case'))).toBe(true);
  });

  it('the validator rejects bad holidays, subdivisions and sender types in time rules', () => {
    const fr = ALL_COUNTRIES.find((r) => r.country === 'FR')!;
    const quiet = fr.quietHours.value === 'unknown' ? [] : fr.quietHours.value;
    const broken = {
      ...fr,
      holidays: { value: [{ name: 'Both kinds', month: 1, day: 1, easterOffset: 1 }], sources: fr.holidays.sources },
      quietHours: { ...fr.quietHours, value: [{ ...quiet[0]!, regions: ['US-FL'], senderTypes: ['pigeon'] }] },
    } as unknown as typeof fr;
    const problems = validateRules(broken, today);
    expect(problems.some((p) => p.includes('either month and day, or easterOffset'))).toBe(true);
    expect(problems.some((p) => p.includes('not an ISO 3166-2 code of FR'))).toBe(true);
    expect(problems.some((p) => p.includes('pigeon'))).toBe(true);
    const emptyCalendar = { ...fr, holidays: { value: [], sources: fr.holidays.sources } } as unknown as typeof fr;
    expect(validateRules(emptyCalendar, today).some((p) => p.includes('calendar is empty'))).toBe(true);
  });

  it('dataAsOf is the latest review date of any row', () => {
    expect(dataAsOf).toBe(ALL_COUNTRIES.map((r) => r.reviewed).sort().at(-1));
  });

  it('answers for every region libphonenumber-js knows with its researched row', () => {
    const codes = getCountries();
    expect(codes.length).toBeGreaterThan(240);
    for (const code of codes) {
      const row = getCountryRules(code);
      expect(row.country).toBe(code);
      expect(row.status).toBe('researched');
    }
  });

  it('the not-researched placeholder (for tables without a region) is valid and all unknown', () => {
    const row = notResearchedRules('KE', '2026-11-23');
    expect(row.status).toBe('not-researched');
    expect(row.senders['alphanumeric-dynamic'].supported).toMatchObject({ value: 'unknown' });
    expect(validateRules(row, today)).toEqual([]);
  });

  it('a region file states only what its sources establish: every other fact is an explicit unknown', () => {
    const ac = ALL_COUNTRIES.find((r) => r.country === 'AC')!;
    expect(ac.status).toBe('researched');
    expect(ac.senders['short-code'].supported).toEqual({ value: 'unknown', note: 'The sources consulted do not establish this.' });
    expect(ac.consent.marketing).toMatchObject({ value: 'unknown' });
    const tz = ALL_COUNTRIES.find((r) => r.country === 'TZ')!;
    expect(tz.senders['alphanumeric-dynamic'].twoWay).toMatchObject({ value: false });
  });
});
