// The built command line on fixture files: the CSV forms it must read, totals
// that reconcile with the data rows, the report formats, and its errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'dist', 'cli', 'sendright.js');
const dir = mkdtempSync(join(tmpdir(), 'sendright-cli-'));
const AT = '2026-12-08T09:00:00Z';

beforeAll(() => {
  // The CLI is built on its own (as `npm run build` does after the library), so the test needs no other build step.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--config', 'tsup.cli.config.ts', '--silent'], { cwd: ROOT, stdio: 'pipe' });
}, 120_000);

function run(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

interface Report {
  totals: { rows: number; valid: number; invalid: number; duplicates: number };
  countries: { country: string; rows: number; valid: number; invalid: number; duplicates: number; traffic: string; recommended: string | null; insideQuietHours: number }[];
  invalid: { line: number; value: string; code: string }[];
  column: string;
}

function audit(file: string, ...flags: string[]): Report {
  const r = run('audit', file, '--format', 'json', '--at', AT, ...flags);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Report;
}

/** Every data row is counted once: valid, invalid or duplicate. */
function reconciles(report: Report, dataRows: number): void {
  const t = report.totals;
  expect(t.rows).toBe(dataRows);
  expect(t.valid + t.invalid + t.duplicates).toBe(t.rows);
  expect(report.countries.reduce((n, c) => n + c.valid, 0)).toBe(t.valid);
  expect(report.countries.reduce((n, c) => n + c.duplicates, 0)).toBe(t.duplicates);
}

function fixture(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('sendright audit', () => {
  it('the shipped example: 20 rows, several countries, some bad rows', () => {
    const r = audit('examples/contacts.csv');
    reconciles(r, 20);
    expect(r.totals).toEqual({ rows: 20, valid: 14, invalid: 3, duplicates: 3 });
    expect(r.column).toBe('phone');
    expect(r.invalid.map((i) => [i.line, i.code])).toEqual([[16, 'INVALID_PHONE_NUMBER'], [17, 'MISSING_VALUE'], [22, 'INVALID_PHONE_NUMBER']]);
    const us = r.countries.find((c) => c.country === 'US');
    expect(us).toMatchObject({ rows: 3, valid: 3, traffic: 'A2P', recommended: 'short-code', insideQuietHours: 3 });
  });

  it('a byte-order mark, semicolons and a header found by its name', () => {
    const file = fixture('bom-semicolon.csv', '\uFEFFNom;Mobile;Ville\nA;+33 6 12 34 56 78;Paris\nB;+33 6 98 76 54 32;"Lyon; Rhône"\n');
    const r = audit(file);
    reconciles(r, 2);
    expect(r.column).toBe('Mobile');
    expect(r.totals.valid).toBe(2);
  });

  it('quoted fields with commas and line breaks', () => {
    const file = fixture('quoted.csv', 'name,phone,note\n"Smith, Jo",+447400123456,"one\ntwo\nthree"\nLee,+447400123457,plain\n');
    const r = audit(file);
    reconciles(r, 2);
    expect(r.totals.valid).toBe(2);
  });

  it('a malformed line is reported with its line number and the run goes on, losing no later line', () => {
    // A broken quote on line 3, and an unterminated one on line 5 that would take every line after it.
    const file = fixture('broken.csv', 'name,phone\nA,+447400123456\n"B"x,+447400123457\nC,+447400123458\n"D,+447400123459\nE,+447400123460\nF,+447400123461\n');
    const r = audit(file);
    reconciles(r, 6);
    expect(r.invalid.map((i) => [i.line, i.code])).toEqual([[3, 'MALFORMED_LINE'], [5, 'MALFORMED_LINE']]);
    expect(r.totals.valid).toBe(4);
  });

  it('a stray quote inside a field is read as a character, not an error', () => {
    const r = audit(fixture('stray.csv', 'name,phone\nB"x,+447400123457\n'));
    expect(r.totals).toEqual({ rows: 1, valid: 1, invalid: 0, duplicates: 0 });
  });

  it('national numbers with --default-country, and --column', () => {
    const file = fixture('national.csv', 'id,home,cell\n1,x,(415) 555-2671\n2,y,212 555 0100\n');
    expect(run('audit', file, '--at', AT).code).toBe(0);
    const r = audit(file, '--column', 'cell', '--default-country', 'US');
    reconciles(r, 2);
    expect(r.totals.valid).toBe(2);
  });

  it('--rows writes one row per input row, input columns kept, and --out writes the report', () => {
    const rows = join(dir, 'rows.csv');
    const out = join(dir, 'report.csv');
    const r = run('audit', 'examples/contacts.csv', '--at', AT, '--rows', rows, '--format', 'csv', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const [head, ...records] = parseCsv(readFileSync(rows, 'utf8')) as string[][];
    expect(head).toEqual(['name', 'phone', 'email', 'notes', 'verdict', 'country', 'reasons', 'next_allowed_at']);
    expect(records).toHaveLength(20);
    expect(records[0]?.slice(0, 6)).toEqual(['Ana Souza', '+55 11 91234-5678', 'ana@example.com', 'Brazil mobile', 'hold', 'BR']);
    expect(records[9]?.[3]).toBe('Berlin\nsecond line of the note');
    const count = (v: string): number => records.filter((c) => c[4] === v).length;
    expect([count('duplicate'), count('invalid')]).toEqual([3, 3]);
    expect(count('send') + count('hold') + count('block')).toBe(14);
    expect(readFileSync(out, 'utf8').split('\n')[0]).toMatch(/^country,name,rows,valid,invalid,duplicates/);
  });

  it('a generated file of 100,000 rows reconciles', () => {
    const lines = ['phone,name'];
    const prefixes = ['+1415555', '+44740012', '+3361234', '+4915123', '+5511912'];
    let bad = 0;
    for (let i = 0; i < 100_000; i++) {
      if (i % 997 === 0) {
        lines.push(`garbage-${i},n${i}`);
        bad++;
      } else {
        lines.push(`${prefixes[i % 5]}${String(i % 7919).padStart(4, '0')},n${i}`);
      }
    }
    const file = fixture('large.csv', `${lines.join('\n')}\n`);
    const r = audit(file);
    reconciles(r, 100_000);
    expect(r.totals.invalid).toBeGreaterThanOrEqual(bad);
    expect(r.totals.duplicates).toBeGreaterThan(0);
  }, 120_000);

  it('clear messages and non-zero exits for an unreadable file, a missing column and unknown flags', () => {
    const missing = run('audit', join(dir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read/);
    const noColumn = run('audit', fixture('nophone.csv', 'a,b\n1,2\n'));
    expect(noColumn.code).toBe(2);
    expect(noColumn.err).toMatch(/No phone column.*--column/);
    const flag = run('audit', 'examples/contacts.csv', '--bogus');
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/Unknown option '--bogus'/);
    expect(run('audit', 'examples/contacts.csv', '--use-case', 'spam').code).toBe(2);
    expect(run('audit').code).toBe(2);
  });
});

describe('sendright check and rules', () => {
  it('check gives the pre-send answer, readable or as JSON', () => {
    const r = run('check', '--to', '+33612345678', '--use-case', 'marketing', '--at', '2026-12-07T22:30:00Z');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^HOLD: FR \+33612345678/);
    const json = run('check', '--country', 'US', '--use-case', 'otp', '--sender', 'alphanumeric', '--json');
    expect(JSON.parse(json.out).verdict).toBe('block');
    expect(run('check').code).toBe(2);
    expect(run('check', '--to', '+1').code).toBe(2);
  });

  it('rules prints a country in short with its sources', () => {
    const r = run('rules', 'fr');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^FR France/);
    expect(r.out).toMatch(/Sources:\n {2}\[1\] /);
    expect(JSON.parse(run('rules', 'DE', '--json').out).country).toBe('DE');
    expect(run('rules', 'XX').code).toBe(2);
  });

  it('help, for the whole and per command', () => {
    expect(run('--help').out).toMatch(/sendright audit <file\.csv>/);
    expect(run('audit', '--help').out).toMatch(/--rows <file\.csv>/);
    expect(run('help', 'check').out).toMatch(/--consent <kind>/);
    expect(run('nonsense').code).toBe(2);
  });
});
