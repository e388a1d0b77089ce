// `npm run rules:coverage`: how much of the rules table is sourced.
//
// For every field of the schema, prints how many of the regions libphonenumber-js
// knows have a sourced value in force on the reference day, and how many are
// unknown (a region without a researched row counts as unknown everywhere). Then
// lists the rows whose review date is more than 12 months before the reference day.
//
// Usage: tsx scripts/rules-coverage.ts [--as-of YYYY-MM-DD]   (default: today, UTC)
import { getCountries } from 'libphonenumber-js/max';
import { factAt } from '../src/_lib/facts';
import { ALL_COUNTRIES } from '../src/rules/countries/index';
import type { CountryRules, Fact, SenderKind, Timeline } from '../src/rules/types';

const asOfIndex = process.argv.indexOf('--as-of');
const asOf = asOfIndex > 0 ? process.argv[asOfIndex + 1] : new Date().toISOString().slice(0, 10);
if (asOf === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  console.error('usage: tsx scripts/rules-coverage.ts [--as-of YYYY-MM-DD]');
  process.exit(2);
}

const KINDS: readonly SenderKind[] = ['short-code', 'toll-free', 'local-long-code', 'international-long-code', 'alphanumeric-dynamic', 'alphanumeric-preregistered'];
const SENDER_FIELDS = ['supported', 'registration', 'twoWay', 'throughput', 'leadTime', 'senderIdPreserved', 'restrictedUseCases'] as const;

/** Every field reported, with how to read it from a row. */
const FIELDS: readonly [string, (row: CountryRules) => Timeline<unknown>][] = [
  ['traffic.regime', (r) => r.traffic.regime],
  ['traffic.a2pOnP2pRoutesFiltered', (r) => r.traffic.a2pOnP2pRoutesFiltered],
  ...KINDS.flatMap((kind) => SENDER_FIELDS.map((field): [string, (row: CountryRules) => Timeline<unknown>] => [`senders.${kind}.${field}`, (r) => r.senders[kind][field]])),
  ['consent.marketing', (r) => r.consent.marketing],
  ['consent.transactional', (r) => r.consent.transactional],
  ['consent.laws', (r) => r.consent.laws],
  ['optOut.keywords', (r) => r.optOut.keywords],
  ['optOut.marketingInstructions', (r) => r.optOut.marketingInstructions],
  ['optOut.transactionalInstructions', (r) => r.optOut.transactionalInstructions],
  ['optOut.wording', (r) => r.optOut.wording],
  ['optOut.deadline', (r) => r.optOut.deadline],
  ['help.keywords', (r) => r.help.keywords],
  ['help.required', (r) => r.help.required],
  ['quietHours', (r) => r.quietHours],
  ['holidays', (r) => r.holidays],
  ['content', (r) => r.content],
  ['dataProtection', (r) => r.dataProtection],
];

const rows = new Map(ALL_COUNTRIES.map((row) => [row.country, row]));
const regions = getCountries();
const known = (fact: Fact<unknown>): boolean => fact.value !== 'unknown' && (fact.sources?.length ?? 0) > 0;

console.log(`sendright rules coverage, as of ${asOf}: ${regions.length} regions, ${rows.size} researched\n`);
console.log('| field | sourced | unknown | sourced % |');
console.log('|---|---:|---:|---:|');
for (const [name, read] of FIELDS) {
  let sourced = 0;
  for (const region of regions) {
    const row = rows.get(region);
    if (row && known(factAt(read(row), asOf))) sourced++;
  }
  console.log(`| ${name} | ${sourced} | ${regions.length - sourced} | ${((100 * sourced) / regions.length).toFixed(1)} |`);
}

const cutoff = new Date(`${asOf}T00:00:00Z`);
cutoff.setUTCFullYear(cutoff.getUTCFullYear() - 1);
const stale = ALL_COUNTRIES.filter((row) => row.reviewed < cutoff.toISOString().slice(0, 10));
console.log(`\nRows reviewed more than 12 months before ${asOf} (before ${cutoff.toISOString().slice(0, 10)}): ${stale.length === 0 ? 'none' : stale.map((r) => `${r.country} (${r.reviewed})`).join(', ')}`);
