/**
 * Writes the rules reference under docs/regions/ (see scripts/rules-doc.ts):
 * an index of every region and one page per researched region, with every
 * fact's sources, so the reference never drifts from the data. Pages for
 * regions that no longer have a row are removed.
 *
 * Usage: tsx scripts/generate-rules-doc.ts [--check]
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { DOCS_DIR, renderRulesDocs } from './rules-doc';

const root = new URL('../', import.meta.url);
const pages = renderRulesDocs();
const dir = new URL(`${DOCS_DIR}/`, root);
mkdirSync(dir, { recursive: true });
const present = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => `${DOCS_DIR}/${f}`);
const extra = present.filter((p) => !pages.has(p));

if (process.argv.includes('--check')) {
  const stale = [...pages].filter(([path, text]) => {
    try {
      return readFileSync(new URL(path, root), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0 || extra.length > 0) {
    console.error(`${DOCS_DIR} is stale (${[...stale.map(([p]) => p), ...extra].slice(0, 5).join(', ')}…): run npm run generate`);
    process.exit(1);
  }
  console.log(`${DOCS_DIR}: up to date (${pages.size} pages)`);
} else {
  for (const [path, text] of pages) writeFileSync(new URL(path, root), text);
  for (const path of extra) rmSync(new URL(path, root));
  console.log(`${DOCS_DIR}: wrote ${pages.size} pages${extra.length ? `, removed ${extra.length}` : ''}`);
}
