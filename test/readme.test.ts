// Runs every TypeScript example in README.md against the library and checks
// each result the README shows. A line `expression //=> expected` passes when
// the expression's value equals `expected` (for a plain object: when it has
// the fields shown, with those values). So the README cannot drift from what
// the library answers.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core';
import * as main from '../src/index';
import * as rules from '../src/rules/index';

const MODULES: Record<string, unknown> = { sendright: main, 'sendright/core': core, 'sendright/rules': rules };
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface Example {
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of the README, with the line each starts on. */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]?.trim() !== '```ts') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]?.trim() !== '```') end += 1;
    out.push({ line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return out;
}

const CHECK = /^(.*?);?\s*\/\/=>\s*(.+)$/;

/** The example as a function body: imports become look-ups, checked lines become calls to `check`. */
function compile(example: Example): { body: string; checks: number } {
  let checks = 0;
  const lines = example.code.split('\n').map((text, k) => {
    const imported = /^import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?$/.exec(text.trim());
    if (imported) {
      if (!(imported[2]! in MODULES)) throw new Error(`README line ${example.line + k}: unknown module ${imported[2]}`);
      return text.trim().startsWith('import type') ? '' : `const {${imported[1]}} = modules[${JSON.stringify(imported[2])}];`;
    }
    const checked = CHECK.exec(text);
    if (!checked) return text;
    checks += 1;
    return `check(${example.line + k}, () => (${checked[1]}), ${checked[2]});`;
  });
  const js = transformSync(lines.join('\n'), { loader: 'ts', format: 'esm' }).code;
  return { body: js, checks };
}

function check(line: number, actual: () => unknown, expected: unknown): void {
  const value = actual();
  const plainObject = expected !== null && typeof expected === 'object' && !Array.isArray(expected);
  if (plainObject) expect(value, `README line ${line}`).toMatchObject(expected as object);
  else expect(value, `README line ${line}`).toEqual(expected);
}

const found = examples(README);

describe('README examples', () => {
  it('the README has examples with results to check', () => {
    const total = found.reduce((sum, e) => sum + compile(e).checks, 0);
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(total).toBeGreaterThanOrEqual(20);
  });

  it.each(found.map((e) => [e.line, e] as const))('the example at line %i runs and shows what the library answers', (_line, example) => {
    const { body } = compile(example);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    new Function('modules', 'check', body)(MODULES, check);
  });

  it('the checker fails on a wrong result (it can fail)', () => {
    const wrong: Example = { line: 0, code: "import { classifyTraffic } from 'sendright';\nclassifyTraffic({ country: 'US', origin: 'agent' }).traffic; //=> 'P2P'" };
    expect(() => new Function('modules', 'check', compile(wrong).body)(MODULES, check)).toThrow();
  });
});
