// Checks region files on their own, without the registry: each must export a
// row named after its file that validates against the schema, and the row must
// be built for that code. Usage: tsx scripts/check-region.ts KE TZ UG
import { validateRules } from '../src/vitest/validateRules';
import type { CountryRules } from '../src/rules/types';

const today = new Date().toISOString().slice(0, 10);
let failed = false;
for (const code of process.argv.slice(2)) {
  const mod = (await import(`../src/rules/countries/${code}.ts`)) as Record<string, CountryRules | undefined>;
  const row = mod[code];
  if (!row) {
    console.error(`${code}: the file must export a row named ${code}`);
    failed = true;
    continue;
  }
  const problems = validateRules(row, today);
  if (row.country !== code) problems.push(`${code}: country is ${row.country}`);
  for (const p of problems) console.error(p);
  if (problems.length > 0) failed = true;
  else console.log(`ok: ${code}`);
}
process.exit(failed ? 1 : 0);
