import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { alphanumericKnown, coverage, twoWayKnown } from '../scripts/coverage';
import { LARGEST_MARKETS } from '../scripts/markets';
import { ALL_COUNTRIES } from '../src/rules/countries/index';
import type { CountryRules } from '../src/rules/types';

const DAY = '2026-11-23';
const c = coverage(ALL_COUNTRIES, getCountries(), DAY, LARGEST_MARKETS);

describe('rules coverage (npm run rules:coverage)', () => {
  it('counts every region libphonenumber-js knows, and every one has a row', () => {
    expect(c.regions).toBe(getCountries().length);
    expect(c.researched).toBe(c.regions);
  });

  it('lists 60 distinct largest markets, each a known region', () => {
    expect(new Set(LARGEST_MARKETS).size).toBe(60);
    for (const code of LARGEST_MARKETS) expect(getCountries()).toContain(code);
  });

  // Floors at the figures measured when the table was filled; the data may only grow.
  it('two-way support is sourced for at least 200 regions (the issue target)', () => {
    expect(c.twoWay).toBeGreaterThanOrEqual(200);
  });

  it('sender support is sourced for at least 95% of the fields in the 60 largest markets (the issue target)', () => {
    expect(c.markets.total).toBe(360);
    expect(c.markets.known / c.markets.total).toBeGreaterThanOrEqual(0.95);
  });

  it('alphanumeric support is sourced for at least 200 regions (the issue target)', () => {
    expect(c.alphanumeric).toBeGreaterThanOrEqual(200);
  });

  it('the headline rules read the facts, not the row count (they can fail)', () => {
    const ac = ALL_COUNTRIES.find((r) => r.country === 'AC')!;
    expect(alphanumericKnown(ac, DAY)).toBe(false);
    expect(twoWayKnown(ac, DAY)).toBe(false);
    const withTwoWay: CountryRules = { ...ac, senders: { ...ac.senders, 'local-long-code': { ...ac.senders['local-long-code'], twoWay: { value: false, sources: [{ title: 'A test source', reviewed: DAY }] } } } };
    expect(twoWayKnown(withTwoWay, DAY)).toBe(true);
    const dynamicNo = { ...ac, senders: { ...ac.senders, 'alphanumeric-dynamic': { ...ac.senders['alphanumeric-dynamic'], supported: { value: false, sources: [{ title: 'A test source', reviewed: DAY }] } } } } as CountryRules;
    expect(alphanumericKnown(dynamicNo, DAY)).toBe(false);
    expect(coverage([], getCountries(), DAY, LARGEST_MARKETS).twoWay).toBe(0);
  });
});
