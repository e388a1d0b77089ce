import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCS_DIR, renderRulesDocs } from '../scripts/rules-doc';
import { ALL_COUNTRIES } from '../src/rules/countries/index';

const root = new URL('../', import.meta.url);
const pages = renderRulesDocs();

describe('generated rules reference (docs/regions)', () => {
  it('has an index and one page per researched region', () => {
    expect(pages.has(`${DOCS_DIR}/README.md`)).toBe(true);
    for (const row of ALL_COUNTRIES) expect(pages.has(`${DOCS_DIR}/${row.country}.md`)).toBe(true);
    expect(pages.size).toBe(ALL_COUNTRIES.length + 1);
  });

  it('the committed pages are the ones the data renders (run npm run generate when this fails)', () => {
    for (const [path, text] of pages) expect(readFileSync(new URL(path, root), 'utf8'), path).toBe(text);
    const committed = readdirSync(new URL(`${DOCS_DIR}/`, root)).filter((f) => f.endsWith('.md')).map((f) => `${DOCS_DIR}/${f}`);
    expect(committed.sort()).toEqual([...pages.keys()].sort());
  });

  it('a page shows each sourced fact with a reference to a listed source', () => {
    const de = pages.get(`${DOCS_DIR}/DE.md`) ?? '';
    const listed = de.split('## Sources')[1] ?? '';
    const refs = [...de.split('## Sources')[0]!.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1]!.split(', ').map(Number));
    expect(refs.length).toBeGreaterThan(10);
    for (const n of new Set(refs)) expect(listed).toContain(`\n${n}. `);
  });

  it('a change in the data changes the rendered page (the check can fail)', () => {
    const [first] = ALL_COUNTRIES;
    if (!first) throw new Error('no rows');
    const changed = renderRulesDocs([{ ...first, name: `${first.name} (edited)` }, ...ALL_COUNTRIES.slice(1)]);
    expect(changed.get(`${DOCS_DIR}/${first.country}.md`)).not.toBe(pages.get(`${DOCS_DIR}/${first.country}.md`));
  });
});
