// Bad input reaches no deep code: each case below threw a TypeError or
// RangeError from inside the library, or answered silently, before.
import metadata from 'libphonenumber-js/max/metadata';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core';
import { FR, KE, US } from '../src/rules/index';
import { SendrightError, isSendrightError, listChanges, sendWindow } from '../src/index';
import type { SendrightErrorCode } from '../src/index';

function codeOf(fn: () => unknown): SendrightErrorCode | 'no error' {
  try {
    fn();
  } catch (error) {
    if (!isSendrightError(error)) throw error;
    expect(error).toBeInstanceOf(SendrightError);
    return error.code;
  }
  return 'no error';
}

const loose = <T>(fn: T): ((...args: unknown[]) => unknown) => fn as unknown as (...args: unknown[]) => unknown;
const CORE = {
  classifyTraffic: { fn: loose(core.classifyTraffic), input: { country: 'FR', origin: 'application' } },
  recommendSender: { fn: loose(core.recommendSender), input: { country: 'FR', useCase: 'otp' } },
  complianceChecklist: { fn: loose(core.complianceChecklist), input: { country: 'FR', useCase: 'otp' } },
  sendWindow: { fn: loose(core.sendWindow), input: { country: 'FR', useCase: 'marketing', at: '2026-11-23T10:00:00Z' } },
  getCountryRules: { fn: (table: unknown) => loose(core.getCountryRules)('FR', table), input: undefined },
  listChanges: { fn: (table: unknown) => loose(core.listChanges)('FR', table), input: undefined },
};
const call = (name: keyof typeof CORE, table: unknown): unknown => {
  const { fn, input } = CORE[name];
  return input === undefined ? (fn as (t: unknown) => unknown)(table) : fn(input, table);
};

describe('sendright/core with a missing or malformed table', () => {
  const bad: [string, unknown][] = [
    ['no table', undefined],
    ['null', null],
    ['the rows instead of a table', [FR]],
    ['a row instead of a table', FR],
    ['a table without countries', { dataAsOf: '2026-11-23' }],
    ['a table without dataAsOf', { countries: {} }],
    ['a non-function resolvePhone', { dataAsOf: '2026-11-23', countries: {}, resolvePhone: 'yes' }],
    ['a row under the wrong code', { dataAsOf: '2026-11-23', countries: { FR: KE } }],
    ['a row that is not an object', { dataAsOf: '2026-11-23', countries: { FR: 42 } }],
  ];
  for (const name of Object.keys(CORE) as (keyof typeof CORE)[]) {
    it.each(bad)(`${name}: %s is INVALID_TABLE`, (_label, table) => {
      expect(codeOf(() => call(name, table))).toBe('INVALID_TABLE');
    });
  }

  it('a good table still answers', () => {
    const table = core.createTable([FR]);
    for (const name of Object.keys(CORE) as (keyof typeof CORE)[]) expect(codeOf(() => call(name, table))).toBe('no error');
  });
});

describe('createTable and createPhoneResolver check what they are given', () => {
  it('rejects bad options, resolvers and rows', () => {
    expect(codeOf(() => core.createTable([], null as never))).toBe('INVALID_TABLE');
    expect(codeOf(() => core.createTable([], { resolvePhone: 'yes' as never }))).toBe('INVALID_TABLE');
    expect(codeOf(() => core.createTable([{ country: 'FR', reviewed: '' } as never]))).toBe('INVALID_TABLE');
    expect(codeOf(() => core.createTable([{ ...FR, senders: { ...FR.senders, 'toll-free': {} } } as never]))).toBe('INVALID_TABLE');
    expect(codeOf(() => core.createTable([{ ...FR, country: 'XX' } as never]))).toBe('INVALID_TABLE');
    expect(codeOf(() => core.createTable([FR, FR]))).toBe('INVALID_TABLE');
    expect(codeOf(() => core.createTable([FR, KE, US]))).toBe('no error');
  });

  it('names the field at fault', () => {
    try {
      core.createTable([{ ...FR, traffic: { regime: 'platform-a2p' } } as never]);
      expect.fail('no error');
    } catch (error) {
      expect((error as Error).message).toContain('traffic.regime');
    }
  });

  it('createPhoneResolver needs libphonenumber-js metadata', () => {
    expect(codeOf(() => loose(core.createPhoneResolver)())).toBe('INVALID_INPUT');
    expect(codeOf(() => loose(core.createPhoneResolver)({}))).toBe('INVALID_INPUT');
    expect(codeOf(() => core.createPhoneResolver(metadata))).toBe('no error');
  });

  it('a resolver that answers in the wrong shape is INVALID_TABLE, not country: undefined', () => {
    const table = core.createTable([US], { resolvePhone: (() => ({ region: 'US' })) as never });
    expect(codeOf(() => core.classifyTraffic({ to: '+14155550123', origin: 'agent' }, table))).toBe('INVALID_TABLE');
  });
});

describe('inputs', () => {
  it('listChanges with null options', () => {
    expect(codeOf(() => listChanges('US', null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => listChanges('US'))).toBe('no error');
  });

  it('businessHours with holes', () => {
    for (const country of ['KE', 'FR'] as const) {
      expect(codeOf(() => sendWindow({ country, useCase: 'otp', at: '2026-11-23T10:00:00Z', businessHours: [,] as never }))).toBe('INVALID_WINDOW');
      expect(codeOf(() => sendWindow({ country, useCase: 'otp', at: '2026-11-23T10:00:00Z', businessHours: [{ days: [, 'mon'], start: '09:00', end: '17:00' }] as never }))).toBe('INVALID_WINDOW');
    }
  });

  it('dates outside 1900 to 9999 are INVALID_DATE', () => {
    const at = (value: unknown) => codeOf(() => sendWindow({ country: 'FR', useCase: 'marketing', at: value as Date }));
    expect(at(new Date(8.64e15))).toBe('INVALID_DATE');
    expect(at(new Date(-62_000_000_000_000))).toBe('INVALID_DATE'); // year 5
    expect(at(new Date('0099-12-31T18:09:00Z'))).toBe('INVALID_DATE');
    expect(at(new Date('+010000-01-01T00:00:00Z'))).toBe('INVALID_DATE');
    expect(at('1899-12-31T23:59:59Z')).toBe('INVALID_DATE');
    expect(at('1900-01-01T00:00:00Z')).toBe('no error');
    expect(at('9999-12-31T23:59:59Z')).toBe('no error');
    expect(sendWindow({ country: 'FR', useCase: 'marketing', at: '9999-12-31T12:00:00Z' }).localTime).toBe('9999-12-31T13:00:00+01:00');
  });

  it('an unknown region is an error, not an answer without the regional rules', () => {
    expect(codeOf(() => sendWindow({ country: 'US', useCase: 'marketing', region: 'US-ZZ', at: '2026-11-23T15:00:00Z' }))).toBe('INVALID_REGION');
    expect(codeOf(() => sendWindow({ country: 'FR', useCase: 'marketing', region: 'FR-IDF', at: '2026-11-23T15:00:00Z' }))).toBe('INVALID_REGION');
    expect(codeOf(() => sendWindow({ country: 'US', useCase: 'marketing', region: 'fl', at: '2026-11-23T15:00:00Z' }))).toBe('no error');
    expect(codeOf(() => sendWindow({ country: 'US', useCase: 'marketing', region: 'US-PR', at: '2026-11-23T15:00:00Z' }))).toBe('no error');
  });
});
