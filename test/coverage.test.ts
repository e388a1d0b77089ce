import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { alphanumericKnown, bestSource, coverage, falseOnOffers, secondaryOnly, twoWayKnown } from '../scripts/coverage';
import { LARGEST_MARKETS } from '../scripts/markets';
import { ALL_COUNTRIES } from '../src/rules/countries/index';
import type { CountryRules } from '../src/rules/types';

const DAY = '2026-12-06';
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

  // Floors at the figures measured after the re-audit under docs/research-policy.md
  // (2026-12-06): the data may only grow. Two-way support is far below the
  // first fill's floor: most of its values were "this provider sells no
  // two-way numbers here", which says nothing about the operators.
  it('two-way support is sourced for at least 96 regions', () => {
    expect(c.twoWay).toBeGreaterThanOrEqual(96);
  });

  it('sender support is sourced for at least 346 of the 360 fields in the 60 largest markets', () => {
    expect(c.markets.total).toBe(360);
    expect(c.markets.known).toBeGreaterThanOrEqual(346);
  });

  it('alphanumeric support is sourced for at least 215 regions', () => {
    expect(c.alphanumeric).toBeGreaterThanOrEqual(215);
  });

  it('no false sender value rests on provider-offer statements, in the largest markets or anywhere', () => {
    expect(c.markets.falseOnOffers).toEqual([]);
    for (const f of c.fields) expect(f.falseOnOffers, f.name).toBe(0);
  });

  // The target is 0; these facts have no better source in the material read (their notes say so).
  it('at most 16 sender facts in the largest markets rest only on secondary sources', () => {
    expect(c.markets.secondaryOnly.length).toBeLessThanOrEqual(16);
  });

  it('the quality measures read the sources (they can fail)', () => {
    const provider = { title: 'A provider page', url: 'https://provider.example/', kind: 'provider', reviewed: DAY } as const;
    const digest = { title: 'A digest page', url: 'https://digest.example/', kind: 'secondary', updated: '2020-01-01', reviewed: DAY } as const;
    expect(secondaryOnly({ value: true, sources: [digest] })).toBe(true);
    expect(secondaryOnly({ value: true, sources: [digest, provider] })).toBe(false);
    expect(falseOnOffers({ value: false, sources: [provider] }, [{ provider: 'plivo', offered: false, sources: [provider] }])).toBe(true);
    expect(falseOnOffers({ value: false, sources: [provider] }, undefined)).toBe(false);
    expect(falseOnOffers({ value: true, sources: [digest] }, undefined)).toBe(false);
    expect(bestSource([digest, provider])).toBe(provider);
    const ac = ALL_COUNTRIES.find((r) => r.country === 'AC')!;
    const aged = coverage([{ ...ac, senders: { ...ac.senders, 'short-code': { ...ac.senders['short-code'], supported: { value: true, sources: [digest] } } } }], ['AC'], DAY, []);
    const field = aged.fields.find((f) => f.name === 'senders.short-code.supported')!;
    expect([field.sourced, field.aged, field.secondaryOnly, field.undated]).toEqual([1, 1, 1, 0]);
  });

  it('the headline rules read the facts, not the row count (they can fail)', () => {
    const ac = ALL_COUNTRIES.find((r) => r.country === 'AC')!;
    expect(alphanumericKnown(ac, DAY)).toBe(false);
    expect(twoWayKnown(ac, DAY)).toBe(false);
    const withTwoWay: CountryRules = { ...ac, senders: { ...ac.senders, 'local-long-code': { ...ac.senders['local-long-code'], twoWay: { value: false, sources: [{ title: 'A test source', kind: 'provider', reviewed: DAY }] } } } };
    expect(twoWayKnown(withTwoWay, DAY)).toBe(true);
    const dynamicNo = { ...ac, senders: { ...ac.senders, 'alphanumeric-dynamic': { ...ac.senders['alphanumeric-dynamic'], supported: { value: false, sources: [{ title: 'A test source', kind: 'provider', reviewed: DAY }] } } } } as CountryRules;
    expect(alphanumericKnown(dynamicNo, DAY)).toBe(false);
    expect(coverage([], getCountries(), DAY, LARGEST_MARKETS).twoWay).toBe(0);
  });
});
