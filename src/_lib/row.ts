import type { CountryRules } from '../rules/types';
import { describe, SendrightError } from './errors';
import { isRecord } from './own';

const SENDER_KINDS = ['short-code', 'toll-free', 'local-long-code', 'international-long-code', 'alphanumeric-dynamic', 'alphanumeric-preregistered'];
const SENDER_FACTS = ['supported', 'registration', 'twoWay', 'throughput', 'leadTime', 'senderIdPreserved', 'restrictedUseCases'];
const GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['traffic', ['regime', 'a2pOnP2pRoutesFiltered']],
  ['consent', ['marketing', 'transactional', 'laws']],
  ['optOut', ['keywords', 'optInKeywords', 'revocation', 'marketingInstructions', 'transactionalInstructions', 'wording', 'deadline']],
  ['help', ['keywords', 'required']],
];
const FACTS = ['quietHours', 'holidays', 'content', 'dataProtection'];
const LISTS = ['timeZones', 'languages', 'registrations', 'obligations'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Whether `x` is a fact: an object with its own `value`, and a list of sources when it has one. */
function isFact(x: unknown): boolean {
  return isRecord(x) && has(x, 'value') && (!has(x, 'sources') || Array.isArray(x.sources));
}

/** Whether `x` is a fact or a non-empty list of facts. */
function isTimeline(x: unknown): boolean {
  return Array.isArray(x) ? x.length > 0 && x.every(isFact) : isFact(x);
}

/**
 * Checks that a row has the shape the functions read: every group, sender
 * kind and fact present, with the right kinds of values. (The full schema,
 * sources and dates included, is checked by the test suite for the shipped
 * rows.) Throws `INVALID_TABLE` naming the first field at fault.
 */
export function checkRow(row: unknown): asserts row is CountryRules {
  const fail = (field: string, got: unknown): never => {
    const code = isRecord(row) && typeof row.country === 'string' ? row.country : '?';
    throw new SendrightError('INVALID_TABLE', `The row for ${code} passed to createTable is malformed: \`${field}\` is ${describe(got)}. Use the rows from sendright/rules.`, 'rows');
  };
  if (!isRecord(row)) return fail('row', row);
  for (const key of ['country', 'name']) if (typeof row[key] !== 'string' || !has(row, key)) fail(key, row[key]);
  if (typeof row.reviewed !== 'string' || !DAY.test(row.reviewed)) fail('reviewed', row.reviewed);
  if (row.status !== 'researched' && row.status !== 'not-researched') fail('status', row.status);
  for (const key of LISTS) if (!Array.isArray(row[key])) fail(key, row[key]);
  for (const [group, facts] of GROUPS) {
    const g = row[group];
    if (!isRecord(g)) return fail(group, g);
    for (const f of facts) if (!isTimeline(g[f])) fail(`${group}.${f}`, g[f]);
  }
  const senders = row.senders;
  if (!isRecord(senders)) return fail('senders', senders);
  for (const kind of SENDER_KINDS) {
    const s = senders[kind];
    if (!isRecord(s)) return fail(`senders.${kind}`, s);
    for (const f of SENDER_FACTS) if (!isTimeline(s[f])) fail(`senders.${kind}.${f}`, s[f]);
  }
  for (const key of FACTS) if (!isFact(row[key])) fail(key, row[key]);
}
