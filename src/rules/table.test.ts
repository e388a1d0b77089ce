import { describe, expect, it } from 'vitest';
import { rowSources } from '../_lib/reasons';
import { validateRules } from '../vitest/validateRules';
import { ALL_COUNTRIES as AUTHORED } from './countries/index';
import * as shipped from './table/index';
import * as publicRules from './index';

const today = new Date().toISOString().slice(0, 10);

/** `x` without research notes: what the shipped table is meant to keep. */
function withoutNotes(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(withoutNotes);
  if (x === null || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    if (k === 'note' && 'value' in x) continue;
    if (k === 'sources' && Array.isArray(v) && v.length === 0 && 'value' in x) continue;
    out[k] = withoutNotes(v);
  }
  return out;
}

describe('shipped table (src/rules/table, generated from src/rules/countries)', () => {
  it('has the same regions as the authoring rows, and sendright/rules exports the shipped rows', () => {
    expect(shipped.ALL_COUNTRIES.map((r) => r.country)).toEqual(AUTHORED.map((r) => r.country).sort());
    for (const row of shipped.ALL_COUNTRIES) expect((publicRules as Record<string, unknown>)[row.country]).toBe(row);
    expect(publicRules.ALL_COUNTRIES).toBe(shipped.ALL_COUNTRIES);
  });

  it.each(AUTHORED.map((r) => [r.country, r] as const))('%s carries every value, date, text and source of its authoring row, less the notes', (code, authored) => {
    const row = shipped.ALL_COUNTRIES.find((r) => r.country === code)!;
    const { consulted, ...facts } = row;
    expect(withoutNotes(facts)).toEqual(withoutNotes(authored));
    expect(validateRules(row, today)).toEqual([]);
    // The sources consulted are those its facts cite, each once.
    expect(consulted ?? []).toEqual(rowSources(authored));
  });

  it('carries no research notes beyond the shared unknown marker', () => {
    const notes = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'note' ? notes.add(String(v)) : walk(v));
    };
    walk(shipped.ALL_COUNTRIES);
    expect([...notes]).toEqual(['The sources consulted do not establish this.']);
  });

  it('shares one object per source across rows', () => {
    const byKey = new Map<string, unknown>();
    let refs = 0;
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (x === null || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o.title === 'string' && typeof o.reviewed === 'string') {
        refs += 1;
        const key = JSON.stringify(o);
        const seen = byKey.get(key);
        if (seen === undefined) byKey.set(key, o);
        else expect(seen).toBe(o);
        return;
      }
      Object.values(o).forEach(walk);
    };
    walk(shipped.ALL_COUNTRIES);
    expect(refs).toBeGreaterThan(byKey.size * 2);
  });
});
