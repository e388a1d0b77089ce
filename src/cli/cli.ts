/**
 * `sendright` on the command line: audit a contact list, check one send, show
 * a country's rules. The only part of the package that reads or writes files;
 * the library entries never import it.
 *
 * @module
 */
import { closeSync, createReadStream, createWriteStream, openSync, readSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SingleBar } from 'cli-progress';
import Papa from 'papaparse';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import metadata from 'libphonenumber-js/max/metadata';
import { validator } from '../_lib/phone';
import { numberZones, usStates } from '../_lib/recipient';
import { classifyTraffic, complianceChecklist, getCountryRules, isSendrightError, preflight, recommendSender, ORIGINS, SENDER_TYPES, USE_CASES } from '../index';
import type { CountryCode, Origin, PreflightResult, RegionCode, SenderType, UseCase } from '../index';
import type { CountryRules, Fact, RuleSource, Timeline } from '../rules/types';

/** Where the CLI writes, and whether stderr is a terminal (for the progress bar). */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly progress: boolean;
}

/** A usage error: a message, the usage to show, and exit code 2. */
class UsageError extends Error {}

const HELP = `sendright: offline SMS compliance answers

Usage:
  sendright audit <file.csv> [options]   what a contact list needs, country by country
  sendright check --to <number> [options] may this message go to this person now?
  sendright rules <country> [--json]      a country's rules in short, with sources
  sendright help [command]                this help, or a command's

Run 'sendright <command> --help' for a command's options and examples.`;

const AUDIT_HELP = `sendright audit <file.csv> [options]

Reads a CSV contact list (header row; comma or semicolon; quoted fields may hold
commas and line breaks; a UTF-8 byte-order mark is fine) and reports, per
destination country: rows, invalid numbers, duplicates, traffic class, the
senders available and the recommended one, the registrations it needs, the
required checklist items, and how many recipients are inside quiet hours at
--at with the next allowed time. Every data row is counted as valid, invalid or
duplicate; a malformed line is reported with its line number and the run goes on.

Options:
  --use-case <case>        what the messages are for (default: marketing)
                           ${USE_CASES.join(', ')}
  --origin <origin>        who originates them (default: application)
                           ${ORIGINS.join(', ')}
  --at <iso>               when they go out (default: now), e.g. 2026-12-08T09:00:00Z
  --column <name>          the phone column (default: found by its name)
  --default-country <CC>   country of numbers written without +country code
  --format <format>        table (default), json or csv
  --out <file>             write the report to a file instead of the screen
  --rows <file.csv>        write one row per input row: its columns, then
                           verdict, country, reason ids and next allowed time

Examples:
  sendright audit examples/contacts.csv
  sendright audit contacts.csv --use-case otp --default-country US --format json --out report.json
  sendright audit contacts.csv --column mobile --rows checked.csv`;

const CHECK_HELP = `sendright check --to <number> [options]

The pre-send answer for one message (sendright's preflight): send, hold or
block, with each problem and its fix.

Options:
  --to <number>            the recipient (E.164, or national with --default-country)
  --country <CC>           the destination country, instead of --to
  --default-country <CC>   country of a national number
  --use-case <case>        what the message is for (default: marketing)
  --origin <origin>        who originates it (default: application)
  --sender <type>          the sender you mean to use: ${SENDER_TYPES.join(', ')}
  --registered             the sender is registered where the country requires it
  --unregistered           it is not
  --consent <kind>         the consent you hold: express-written, express, implied, none
  --text <text>            the message, to check it too
  --brand <name>           your brand, for the message checks
  --at <iso>               when it goes out (default: now)
  --json                   print the whole answer as JSON

Examples:
  sendright check --to +14155550123 --use-case otp
  sendright check --to +33612345678 --use-case marketing --consent express --text "Promo -20% ! STOP au 36180"`;

const RULES_HELP = `sendright rules <country> [--json]

A country's rules in short: the senders and what they need, consent, opt-out,
quiet hours, registrations and content rules, each with its sources.

Examples:
  sendright rules FR
  sendright rules us --json`;

function parse_(args: readonly string[], options: ParseArgsConfig['options']): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const r = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Record<string, string | boolean | undefined>, positionals: r.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function oneOf<T extends string>(value: string | boolean | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got '${String(value)}'.`);
}

/** Runs the CLI with `argv` (the arguments after the program name); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' ? rest[0] : undefined;
      io.out(`${topic === 'audit' ? AUDIT_HELP : topic === 'check' ? CHECK_HELP : topic === 'rules' ? RULES_HELP : HELP}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === 'audit') return await audit(rest, io);
    if (command === 'check') return check(rest, io);
    if (command === 'rules') return rules(rest, io);
    throw new UsageError(`Unknown command '${command}'.`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`sendright: ${error.message}\nRun 'sendright ${command !== undefined && ['audit', 'check', 'rules'].includes(command) ? `${command} ` : ''}--help' for usage.\n`);
      return 2;
    }
    if (isSendrightError(error)) {
      io.err(`sendright: ${error.message} (${error.code})\n`);
      return 2;
    }
    io.err(`sendright: ${(error as Error).message}\n`);
    return 1;
  }
}

// ---- audit ------------------------------------------------------------------------

/** Header names taken for the phone column, best first. */
const PHONE_NAMES = /^(phone|phone[ _-]?number|mobile|mobile[ _-]?number|msisdn|cell|cell[ _-]?phone|cellphone|tel|telephone|e164|number|to|recipient)$/i;
const PHONE_LIKE = /phone|mobile|msisdn|cell|tel/i;
/** A number written exactly in E.164: +, then up to 15 digits. */
const E164 = /^\+[1-9]\d{6,14}$/;

interface CountryStats {
  rows: number;
  valid: number;
  invalid: number;
  duplicates: number;
  quiet: number;
  nextAllowedAt: string | null;
}

interface Invalid {
  readonly line: number;
  readonly value: string;
  readonly code: string;
}

/** The delimiter of a CSV file: semicolon when its first line has more semicolons than commas. */
function sniffDelimiter(file: string): ',' | ';' {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(65536);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, n).toString('utf8');
    const first = text.split(/\r?\n/)[0] ?? '';
    const count = (c: string): number => first.split(c).length - 1;
    return count(';') > count(',') ? ';' : ',';
  } finally {
    closeSync(fd);
  }
}

/** A CSV field, quoted when it must be. */
function csvField(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function pickColumn(header: readonly string[], wanted: string | undefined): number {
  const names = header.map((h) => h.trim());
  if (wanted !== undefined) {
    const i = names.findIndex((h) => h.toLowerCase() === wanted.trim().toLowerCase());
    if (i < 0) throw new UsageError(`No column named '${wanted}'. The columns are: ${names.join(', ')}.`);
    return i;
  }
  let i = names.findIndex((h) => PHONE_NAMES.test(h));
  if (i < 0) i = names.findIndex((h) => PHONE_LIKE.test(h));
  if (i < 0) throw new UsageError(`No phone column found by its name. The columns are: ${names.join(', ')}. Pass --column <name>.`);
  return i;
}

async function audit(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse_(args, {
    'use-case': { type: 'string' },
    origin: { type: 'string' },
    at: { type: 'string' },
    column: { type: 'string' },
    'default-country': { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    rows: { type: 'string' },
  });
  if (values.help === true) {
    io.out(`${AUDIT_HELP}\n`);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined) throw new UsageError('audit needs a CSV file.');
  if (positionals.length > 1) throw new UsageError(`audit takes one file; got ${positionals.join(', ')}.`);
  const useCase = oneOf(values['use-case'], USE_CASES, '--use-case', 'marketing' as UseCase);
  const origin = oneOf(values.origin, ORIGINS, '--origin', 'application' as Origin);
  const format = oneOf(values.format, ['table', 'json', 'csv'] as const, '--format', 'table');
  const at = typeof values.at === 'string' ? values.at : new Date().toISOString();
  const defaultCountry = typeof values['default-country'] === 'string' ? (values['default-country'].toUpperCase() as CountryCode) : undefined;
  if (defaultCountry !== undefined) getCountryRules(defaultCountry as RegionCode); // an unknown code is INVALID_COUNTRY now, not on every row
  // `at` is checked once here, so a bad one is an error before the file is read.
  preflight({ country: 'US', useCase, origin, at });

  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error(`${file} is not a file`);
    size = stat.size;
  } catch (error) {
    io.err(`sendright: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  }

  const delimiter = sniffDelimiter(file);
  const stats = new Map<string, CountryStats>();
  const invalid: Invalid[] = [];
  /** libphonenumber-js's validity check, with each numbering plan's patterns compiled once. */
  const isValid = validator(metadata);
  const seen = new Set<string>();
  /** Answers per list of zones and of states a number may be in (a country's lists are its own): numbers that share them share the answer. */
  const answers = new Map<readonly string[], Map<readonly string[] | undefined, PreflightResult>>();
  /** The country of the numbers seen, by their first four characters, while no two countries share them. */
  const seenCountry = new Map<string, string | undefined>();
  const noZones = new Map<string, readonly string[]>();
  const totals = { rows: 0, valid: 0, invalid: 0, duplicates: 0 };
  let header: string[] | undefined;
  let column = -1;
  let rowsOut: WriteStream | undefined;
  let lastCountry = '';
  let lastStats: CountryStats | undefined;
  const statsFor = (country: string): CountryStats => {
    // Lists are often sorted or grouped by country: the last one is kept at hand.
    if (country === lastCountry && lastStats !== undefined) return lastStats;
    let s = stats.get(country);
    if (s === undefined) stats.set(country, (s = { rows: 0, valid: 0, invalid: 0, duplicates: 0, quiet: 0, nextAllowedAt: null }));
    lastCountry = country;
    lastStats = s;
    return s;
  };
  const writeRow = (record: readonly string[], verdict: string, country: string, reasons: string, next: string): void => {
    if (rowsOut === undefined || header === undefined) return;
    const cells = header.map((_, i) => record[i] ?? '');
    rowsOut.write(`${[...cells, verdict, country, reasons, next].map(csvField).join(',')}\n`);
  };

  const bar = io.progress ? new SingleBar({ format: 'auditing [{bar}] {percentage}% | {value}/{total} bytes', stream: process.stderr, clearOnComplete: true, hideCursor: true }) : undefined;
  bar?.start(size, 0);

  /** One data row, as the parser hands it over; `line` is the line it starts on. */
  const handle = (record: string[], line: number): void => {
    if (header === undefined) {
      header = record;
      column = pickColumn(header, typeof values.column === 'string' ? values.column : undefined);
      if (format !== 'json') io.err(`sendright: phone column '${header[column]?.trim()}'${typeof values.column === 'string' ? '' : ' (found by its name; pass --column to choose another)'}; delimiter '${delimiter}'\n`);
      if (typeof values.rows === 'string') {
        rowsOut = createWriteStream(values.rows);
        rowsOut.write(`${[...header, 'verdict', 'country', 'reasons', 'next_allowed_at'].map(csvField).join(',')}\n`);
      }
      return;
    }
    totals.rows++;
    const raw = (record[column] ?? '').trim();
    // A number already written in E.164 that was seen before is a duplicate: no need to parse it again.
    if (E164.test(raw) && seen.has(raw)) {
      const country = seenCountry.get(raw.slice(0, 4)) ?? parsePhoneNumberFromString(raw)?.country;
      if (country !== undefined) {
        const s = statsFor(country);
        s.rows++;
        s.duplicates++;
        totals.duplicates++;
        writeRow(record, 'duplicate', country, 'audit.duplicate', '');
        return;
      }
    }
    const phone = raw === '' ? undefined : parsePhoneNumberFromString(raw, defaultCountry);
    if (phone === undefined || phone.country === undefined || !isValid(phone)) {
      totals.invalid++;
      const code = raw === '' ? 'MISSING_VALUE' : phone === undefined ? 'INVALID_PHONE_NUMBER' : phone.country === undefined ? 'NO_COUNTRY' : 'INVALID_PHONE_NUMBER';
      invalid.push({ line, value: raw, code });
      if (phone?.country !== undefined) {
        const s = statsFor(phone.country);
        s.rows++;
        s.invalid++;
      }
      writeRow(record, 'invalid', phone?.country ?? '', code, '');
      return;
    }
    const country = phone.country;
    const s = statsFor(country);
    s.rows++;
    const e164 = phone.number;
    if (seen.has(e164)) {
      totals.duplicates++;
      s.duplicates++;
      writeRow(record, 'duplicate', country, 'audit.duplicate', '');
      return;
    }
    seen.add(e164);
    // The first four characters of an E.164 number (+ and three digits) name its country
    // unless the calling code is shared (+1, +7, +44 with its dependencies…): then they are not kept.
    const prefix = e164.slice(0, 4);
    const known = seenCountry.get(prefix);
    if (known === undefined) seenCountry.set(prefix, country);
    else if (known !== country) seenCountry.set(prefix, undefined);
    totals.valid++;
    s.valid++;
    // Numbers that share a country, zones and states share the answer: it is worked out once.
    // The zone and state lists come from tables that keep them, so they are keys as they are.
    const listed = numberZones(country, e164);
    // Countries with no zones share one empty list: a list per country stands for it here.
    const zones = listed.length > 0 ? listed : (noZones.get(country) ?? noZones.set(country, []).get(country)!);
    const states = country === 'US' ? usStates(e164) : undefined;
    let byStates = answers.get(zones);
    if (byStates === undefined) answers.set(zones, (byStates = new Map()));
    let answer = byStates.get(states);
    if (answer === undefined || answer.country !== country) {
      answer = preflight({ to: e164, useCase, origin, at });
      byStates.set(states, answer);
    }
    if (!answer.window.allowed) {
      s.quiet++;
      const next = answer.window.nextAllowedAt;
      if (next !== null && (s.nextAllowedAt === null || next > s.nextAllowedAt)) s.nextAllowedAt = next;
    }
    if (rowsOut !== undefined) writeRow(record, answer.verdict, country, answer.problems.map((p) => p.id).join(' '), answer.nextAllowedAt ?? '');
  };

  /**
   * A row with a broken quote: its first line is reported as malformed. An
   * unterminated quote takes the lines after it into the row, so each of them
   * is read again on its own, and none is lost.
   */
  const malformed = (row: readonly string[], start: number): void => {
    const lines = row.join(delimiter).split('\n');
    totals.rows++;
    totals.invalid++;
    invalid.push({ line: start, value: (lines[0] ?? '').slice(0, 100), code: 'MALFORMED_LINE' });
    writeRow([], 'invalid', '', 'csv.malformed', '');
    for (let k = 1; k < lines.length; k++) {
      const text = (lines[k] as string).replace(/\r$/, '');
      if (text === '') continue;
      const again = Papa.parse<string[]>(text, { delimiter });
      const next = again.data[0];
      if (next === undefined) continue;
      if (again.errors.some((e) => e.type === 'Quotes')) {
        totals.rows++;
        totals.invalid++;
        invalid.push({ line: start + k, value: text.slice(0, 100), code: 'MALFORMED_LINE' });
        writeRow([], 'invalid', '', 'csv.malformed', '');
      } else {
        handle(next, start + k);
      }
    }
  };

  // Each chunk of rows is handled as the parser reads it and then dropped, so memory
  // stays bounded whatever the file's size. Papa Parse hands rows over without line
  // numbers, so they are counted here: a row starts on the line after the last
  // one ended, and spans one more line per line break inside its fields.
  let line = 1;
  let failure: unknown;
  const stream = createReadStream(file, { encoding: 'utf8' });
  const done = new Promise<void>((resolve, reject) => {
    stream.on('error', reject);
    Papa.parse<string[]>(stream as unknown as File, {
      delimiter,
      skipEmptyLines: false,
      // Rows come in chunks (faster than one callback a row); errors name their row in the chunk.
      chunk: (results, parser) => {
        const broken = new Set<number>();
        for (const e of results.errors) if (e.type === 'Quotes' && e.row !== undefined) broken.add(e.row);
        const rows = results.data;
        for (let r = 0; r < rows.length; r++) {
          if (failure !== undefined) return;
          const row = rows[r] as string[];
          const start = line;
          for (const field of row) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) line++;
          line++;
          // An empty line is not a data row.
          if (row.length === 1 && row[0] === '') continue;
          if (header === undefined && row[0] !== undefined) row[0] = row[0].replace(/^\uFEFF/, '');
          try {
            if (header !== undefined && broken.has(r)) malformed(row, start);
            else handle(row, start);
          } catch (error) {
            failure = error;
            parser.abort();
            return;
          }
        }
        bar?.update(results.meta.cursor);
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });

  try {
    await done;
    if (failure !== undefined) throw failure;
  } catch (error) {
    if (error instanceof UsageError || isSendrightError(error)) throw error;
    io.err(`sendright: cannot read ${file}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    bar?.stop();
    stream.destroy();
    if (rowsOut !== undefined) await new Promise<void>((resolve) => rowsOut!.end(resolve));
  }
  if (header === undefined) throw new UsageError(`${file} has no header row.`);

  const countries = [...stats.entries()]
    .sort((a, b) => b[1].rows - a[1].rows || (a[0] < b[0] ? -1 : 1))
    .map(([country, s]) => countryReport(country as CountryCode, s, useCase, origin, at));
  const report = { file, useCase, origin, at, column: header[column]?.trim() ?? '', totals, countries, invalid };
  const text = format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'csv' ? csvReport(countries) : tableReport(report);
  if (typeof values.out === 'string') {
    writeFileSync(values.out, text);
    if (format === 'table') io.err(`sendright: report written to ${values.out}\n`);
  } else {
    io.out(text);
  }
  return 0;
}

interface CountryReport {
  readonly country: string;
  readonly name: string;
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  readonly duplicates: number;
  readonly traffic: string;
  readonly senders: readonly string[];
  readonly recommended: string | null;
  readonly registrations: readonly string[];
  readonly required: readonly { readonly id: string; readonly text: string }[];
  readonly insideQuietHours: number;
  readonly nextAllowedAt: string | null;
}

function countryReport(country: CountryCode, s: CountryStats, useCase: UseCase, origin: Origin, at: string): CountryReport {
  const traffic = classifyTraffic({ country, origin, useCase, at });
  const senders = recommendSender({ country, useCase, origin, at });
  const best = senders.options[0];
  const checklist = complianceChecklist({ country, useCase, at, ...(best === undefined ? {} : { senderType: best.type }) });
  return {
    country,
    name: getCountryRules(country).name,
    rows: s.rows,
    valid: s.valid,
    invalid: s.invalid,
    duplicates: s.duplicates,
    traffic: traffic.traffic,
    senders: senders.options.map((o) => o.type),
    recommended: best?.type ?? null,
    registrations: best === undefined ? [] : best.programmes.map((p) => p.name),
    required: checklist.items.filter((i) => i.level === 'required').map((i) => ({ id: i.id, text: i.text })),
    insideQuietHours: s.quiet,
    nextAllowedAt: s.nextAllowedAt,
  };
}

function csvReport(countries: readonly CountryReport[]): string {
  const head = ['country', 'name', 'rows', 'valid', 'invalid', 'duplicates', 'traffic', 'senders', 'recommended', 'registrations', 'required_items', 'inside_quiet_hours', 'next_allowed_at'];
  const lines = countries.map((c) => [c.country, c.name, c.rows, c.valid, c.invalid, c.duplicates, c.traffic, c.senders.join(' '), c.recommended ?? '', c.registrations.join('; '), c.required.map((r) => r.id).join(' '), c.insideQuietHours, c.nextAllowedAt ?? ''].map((v) => csvField(String(v))).join(','));
  return `${[head.join(','), ...lines].join('\n')}\n`;
}

function tableReport(report: { file: string; useCase: string; origin: string; at: string; totals: { rows: number; valid: number; invalid: number; duplicates: number }; countries: readonly CountryReport[]; invalid: readonly Invalid[] }): string {
  const t = report.totals;
  const rowsWord = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
  const out: string[] = [
    `${report.file}: ${rowsWord(t.rows)}: ${t.valid} valid, ${t.invalid} invalid, ${t.duplicates} duplicates (${report.useCase}, from ${report.origin}, at ${report.at})`,
    '',
  ];
  for (const c of report.countries) {
    out.push(`${c.country} ${c.name}: ${rowsWord(c.rows)} (${c.valid} valid, ${c.invalid} invalid, ${c.duplicates} duplicates); ${c.traffic}`);
    out.push(`  senders: ${c.senders.length === 0 ? 'none established' : c.senders.join(' > ')}${c.recommended ? `; recommended ${c.recommended}` : ''}`);
    if (c.registrations.length > 0) out.push(`  register: ${c.registrations.join('; ')}`);
    out.push(`  required: ${c.required.length} checklist items (${c.required.slice(0, 4).map((r) => r.id).join(', ')}${c.required.length > 4 ? ', …' : ''})`);
    out.push(`  quiet hours: ${c.insideQuietHours} of ${c.valid} inside now${c.nextAllowedAt ? `; all allowed from ${c.nextAllowedAt}` : ''}`);
  }
  if (report.invalid.length > 0) {
    out.push('', `invalid rows (${report.invalid.length}):`);
    for (const i of report.invalid.slice(0, 20)) out.push(`  line ${i.line}: ${i.code}${i.value ? ` '${i.value}'` : ''}`);
    if (report.invalid.length > 20) out.push(`  … and ${report.invalid.length - 20} more (use --format json for all)`);
  }
  return `${out.join('\n')}\n`;
}

// ---- check ------------------------------------------------------------------------

function check(args: readonly string[], io: Io): number {
  const { values, positionals } = parse_(args, {
    to: { type: 'string' },
    country: { type: 'string' },
    'default-country': { type: 'string' },
    'use-case': { type: 'string' },
    origin: { type: 'string' },
    sender: { type: 'string' },
    registered: { type: 'boolean' },
    unregistered: { type: 'boolean' },
    consent: { type: 'string' },
    text: { type: 'string' },
    brand: { type: 'string' },
    at: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help === true) {
    io.out(`${CHECK_HELP}\n`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`check takes no file or word; got ${positionals.join(', ')}.`);
  if (values.to === undefined && values.country === undefined) throw new UsageError('check needs --to <number> or --country <CC>.');
  if (values.registered === true && values.unregistered === true) throw new UsageError('--registered and --unregistered contradict each other.');
  const senderType = values.sender === undefined ? undefined : oneOf(values.sender, SENDER_TYPES, '--sender', SENDER_TYPES[0] as SenderType);
  const registered = values.registered === true ? true : values.unregistered === true ? false : undefined;
  const r = preflight({
    ...(values.to === undefined ? {} : { to: values.to as string }),
    ...(values.country === undefined ? {} : { country: values.country as RegionCode }),
    ...(values['default-country'] === undefined ? {} : { defaultCountry: values['default-country'] as RegionCode }),
    useCase: oneOf(values['use-case'], USE_CASES, '--use-case', 'marketing' as UseCase),
    origin: oneOf(values.origin, ORIGINS, '--origin', 'application' as Origin),
    ...(senderType === undefined ? {} : { sender: { type: senderType, ...(registered === undefined ? {} : { registered }) } }),
    ...(values.consent === undefined ? {} : { consent: oneOf(values.consent, ['express-written', 'express', 'implied', 'none'] as const, '--consent', 'none') }),
    ...(values.text === undefined ? {} : { text: values.text as string }),
    ...(values.brand === undefined ? {} : { brand: values.brand as string }),
    ...(values.at === undefined ? {} : { at: values.at as string }),
  });
  if (values.json === true) {
    io.out(`${JSON.stringify(r, null, 2)}\n`);
    return 0;
  }
  const lines = [`${r.verdict.toUpperCase()}: ${r.country}${r.e164 ? ` ${r.e164}` : ''}, ${r.traffic.traffic}, from ${r.sender ? `${r.sender.type}${r.sender.assumed ? ' (assumed: the best recommended sender)' : ''}` : 'no established sender'}${r.nextAllowedAt ? `; allowed from ${r.nextAllowedAt}` : ''}`];
  for (const p of r.problems) lines.push(`  [${p.level}] ${p.code} (${p.id}): ${p.text}`, `      fix: ${p.fix}`);
  for (const reason of r.reasons.slice(1)) lines.push(`  note: ${reason.text}`);
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

// ---- rules ------------------------------------------------------------------------

function rules(args: readonly string[], io: Io): number {
  const { values, positionals } = parse_(args, { json: { type: 'boolean' } });
  if (values.help === true) {
    io.out(`${RULES_HELP}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('rules needs one country code, e.g. sendright rules FR.');
  const row = getCountryRules(positionals[0] as RegionCode);
  if (values.json === true) {
    io.out(`${JSON.stringify(row, null, 2)}\n`);
    return 0;
  }
  io.out(rulesText(row));
  return 0;
}

/** A country's rules in short, with numbered sources. */
function rulesText(row: CountryRules): string {
  const sources: RuleSource[] = [];
  const ref = (list: readonly RuleSource[] | undefined): string => {
    if (list === undefined || list.length === 0) return '';
    const n = list.map((s) => {
      let i = sources.findIndex((x) => x.title === s.title && x.url === s.url);
      if (i < 0) i = sources.push(s) - 1;
      return i + 1;
    });
    return ` [${[...new Set(n)].join(', ')}]`;
  };
  const show = <T>(t: Timeline<T>, format: (v: T) => string = String): string => {
    const facts: readonly Fact<T>[] = Array.isArray(t) ? t : [t as Fact<T>];
    const today = new Date().toISOString().slice(0, 10);
    const f = facts.find((x) => (x.effectiveFrom ?? '') <= today && (x.effectiveUntil === undefined || today < x.effectiveUntil)) ?? facts[facts.length - 1]!;
    return f.value === 'unknown' ? 'unknown' : `${format(f.value as T)}${ref((f as { sources?: readonly RuleSource[] }).sources)}`;
  };
  const out: string[] = [`${row.country} ${row.name} (reviewed ${row.reviewed})`, '', 'Senders:'];
  for (const [kind, s] of Object.entries(row.senders)) {
    out.push(`  ${kind}: supported ${show(s.supported)}; registration ${show(s.registration)}; two-way ${show(s.twoWay)}`);
  }
  out.push('', `Consent for marketing: ${show(row.consent.marketing)}`, `Consent for other messages: ${show(row.consent.transactional)}`);
  out.push(`Opt-out keywords: ${show(row.optOut.keywords, (v) => v.join(', '))}`, `Opt-out wording: ${show(row.optOut.wording)}`);
  out.push(`Quiet hours: ${show(row.quietHours, (v) => (v.length === 0 ? 'none' : v.map((q) => `${q.id} (${q.level}): ${q.allowed.map((w) => `${w.days.join('/')} ${w.start}-${w.end}`).join(', ')}`).join('; ')))}`);
  if (row.registrations.length > 0) out.push('', 'Registrations:', ...row.registrations.map((p) => `  ${p.name} (${p.level}, ${p.senderKinds.join(', ')})${ref(p.sources)}`));
  out.push('', `Content rules: ${show(row.content, (v) => (v.length === 0 ? 'none beyond the general law' : v.map((c) => `${c.topic} ${c.restriction}`).join(', ')))}`);
  out.push('', 'Sources:', ...sources.map((s, i) => `  [${i + 1}] ${s.title}${s.url ? ` ${s.url}` : ''} (${s.kind}${s.updated ? `, updated ${s.updated}` : s.published ? `, published ${s.published}` : ''}; reviewed ${s.reviewed})`));
  return `${out.join('\n')}\n`;
}
