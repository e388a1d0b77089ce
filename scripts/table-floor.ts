// `npm run size:floor`: how small the rules table could get, whatever the encoding.
//
// Serialises every researched row three ways and prints the min+gzip bytes of
// each (gzip level 9, as `npm run size`): the full rows; the values only (every
// fact reduced to its value, unknown facts, notes, texts and sources dropped);
// and the values with each fact's source URL (or title); then the distinct rule
// texts and the distinct sources on their own, which any encoding that keeps
// every reason's text and sources must carry. JSON is not the most
// compact encoding, but gzip removes most of its repetition, so these figures
// show how much of the table's size is the facts and their sources themselves.
import { gzipSync } from 'node:zlib';
import { ALL_COUNTRIES } from '../src/rules/countries/index';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isSource = (x: Record<string, unknown>): boolean => typeof x.title === 'string' && typeof x.reviewed === 'string' && Object.keys(x).every((k) => ['title', 'url', 'kind', 'published', 'updated', 'reviewed'].includes(k));
const isFact = (x: Record<string, unknown>): boolean => 'value' in x && (Array.isArray(x.sources) || x.value === 'unknown');

/** `x` reduced to its values (and, with `withSources`, each fact's source URLs or titles); undefined when nothing is left. */
function reduce(x: unknown, withSources: boolean): Json | undefined {
  if (Array.isArray(x)) return x.map((y) => reduce(y, withSources)).filter((y): y is Json => y !== undefined);
  if (x === null || typeof x !== 'object') return x as Json;
  const o = x as Record<string, unknown>;
  if (isSource(o)) return withSources ? ((o.url ?? o.title) as string) : undefined;
  if (isFact(o)) {
    if (o.value === 'unknown') return undefined;
    const value = reduce(o.value, withSources) ?? null;
    return withSources ? { v: value, s: reduce(o.sources, true) ?? [] } : value;
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(o)) {
    if (k === 'note' || k === 'text' || k === 'sources') continue;
    const r = reduce(v, withSources);
    if (r !== undefined) out[k] = r;
  }
  return out;
}

const gz = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length;
/** The texts the shipped rows carry (rule texts, names, wording), each distinct one once; notes excluded. */
function texts(): string[] {
  const out = new Set<string>();
  const walk = (x: unknown, key: string): void => {
    if (typeof x === 'string') {
      if (x.length > 24 && key !== 'url' && key !== 'title') out.add(x);
    } else if (Array.isArray(x)) for (const y of x) walk(y, key);
    else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) if (k !== 'note' && !isSource(v as Record<string, unknown>)) walk(v, k);
  };
  walk(ALL_COUNTRIES, '');
  return [...out];
}

/** Every distinct source the rows cite, as `title` and `url` lines. */
function sourceLines(): string[] {
  const out = new Set<string>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x !== null && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      if (isSource(o)) out.add(`${String(o.title)}\n${String(o.url ?? '')}`);
      else Object.values(o).forEach(walk);
    }
  };
  walk(ALL_COUNTRIES);
  return [...out].sort();
}

const rows: [string, string][] = [
  ['full rows (unknown facts written out)', JSON.stringify(ALL_COUNTRIES)],
  ['values only', JSON.stringify(ALL_COUNTRIES.map((r) => reduce(r, false)))],
  ['values with their source URLs', JSON.stringify(ALL_COUNTRIES.map((r) => reduce(r, true)))],
  ['the distinct rule texts alone (no notes)', texts().join('\n')],
  ['the distinct sources alone (title and URL, once each)', sourceLines().join('\n')],
  ['rule texts and sources together', [...texts(), ...sourceLines()].join('\n')],
];
console.log(`sendright rules table, ${ALL_COUNTRIES.length} rows, as JSON (gzip level 9):\n`);
console.log('| encoding | bytes | gz bytes |');
console.log('|---|---:|---:|');
for (const [label, text] of rows) console.log(`| ${label} | ${text.length.toLocaleString('en')} | ${gz(text).toLocaleString('en')} |`);
