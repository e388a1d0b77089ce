// `npm run rules:coverage`: how much of the rules table is sourced.
//
// For every field of the schema, prints how many of the regions libphonenumber-js
// knows have a sourced value in force on the reference day, and how many are
// unknown (a region without a researched row counts as unknown everywhere); then
// the headline figures (alphanumeric and two-way support per region, sender
// support in the largest markets) and the rows reviewed more than 12 months
// before the reference day.
//
// Usage: tsx scripts/rules-coverage.ts [--as-of YYYY-MM-DD]   (default: today, UTC)
import { getCountries } from 'libphonenumber-js/max';
import { ALL_COUNTRIES } from '../src/rules/countries/index';
import { coverage } from './coverage';
import { LARGEST_MARKETS, LARGEST_MARKETS_SOURCE } from './markets';

const asOfIndex = process.argv.indexOf('--as-of');
const asOf = asOfIndex > 0 ? process.argv[asOfIndex + 1] : new Date().toISOString().slice(0, 10);
if (asOf === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  console.error('usage: tsx scripts/rules-coverage.ts [--as-of YYYY-MM-DD]');
  process.exit(2);
}

const c = coverage(ALL_COUNTRIES, getCountries(), asOf, LARGEST_MARKETS);
const pct = (n: number, of: number): string => ((100 * n) / of).toFixed(1);
console.log(`sendright rules coverage, as of ${asOf}: ${c.regions} regions, ${c.researched} researched\n`);
console.log(`Per field: regions with a sourced value, of them restricted, unknown; of the sourced values, those whose best source (the strongest kind, docs/research-policy.md) shows a date before ${c.agedBefore} (aged, and their share of the sourced values) or no date (undated), those resting only on secondary sources (and their share), and \`false\` support values resting only on provider-offer statements.\n`);
console.log('| field | sourced | restricted | unknown | sourced % | aged | aged % | undated | secondary only | secondary only % | false on offers |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
const share = (n: number, of: number): string => (of === 0 ? '-' : pct(n, of));
for (const f of c.fields) console.log(`| ${f.name} | ${f.sourced} | ${f.restricted} | ${c.regions - f.sourced} | ${pct(f.sourced, c.regions)} | ${f.aged} | ${share(f.aged, f.sourced)} | ${f.undated} | ${f.secondaryOnly} | ${share(f.secondaryOnly, f.sourced)} | ${f.falseOnOffers} |`);

console.log('\nHeadline figures:');
console.log(`- alphanumeric support (a sourced yes without registration, or sourced answers with and without registration): ${c.alphanumeric} of ${c.regions} regions`);
console.log(`- two-way support (sourced on a short code, toll-free or long code): ${c.twoWay} of ${c.regions} regions`);
console.log(`- sender support in the ${LARGEST_MARKETS.length} largest markets (${LARGEST_MARKETS_SOURCE}): ${c.markets.known} of ${c.markets.total} fields sourced (${pct(c.markets.known, c.markets.total)}%)`);
if (c.markets.gaps.length > 0) console.log(`  unknown: ${c.markets.gaps.join(', ')}`);
console.log(`  restricted: ${c.markets.restricted}`);
console.log(`  sender facts resting only on secondary sources: ${c.markets.secondaryOnly.length}${c.markets.secondaryOnly.length > 0 ? ` (${c.markets.secondaryOnly.join(', ')})` : ''}`);
console.log(`  \`false\` support values resting on provider-offer statements: ${c.markets.falseOnOffers.length}${c.markets.falseOnOffers.length > 0 ? ` (${c.markets.falseOnOffers.join(', ')})` : ''}`);

console.log(`\nRows reviewed more than 12 months before ${asOf} (before ${c.staleBefore}): ${c.stale.length === 0 ? 'none' : c.stale.map((r) => `${r.country} (${r.reviewed})`).join(', ')}`);
