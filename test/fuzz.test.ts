// Arbitrary values as every input and every field: the only thing ever thrown
// is a SendrightError with a known code, and every answer is plain JSON that
// keeps the function's contract.
import fc from 'fast-check';
import metadata from 'libphonenumber-js/max/metadata';
import { describe, expect, it } from 'vitest';
import * as core from '../src/core';
import * as main from '../src/index';
import { DE, FR, KE, US } from '../src/rules/index';
import type { SendrightErrorCode } from '../src/index';

const CODES: readonly SendrightErrorCode[] = [
  'INVALID_INPUT', 'MISSING_DESTINATION', 'CONFLICTING_DESTINATION', 'INVALID_COUNTRY', 'INVALID_PHONE_NUMBER', 'PHONE_PARSER_MISSING',
  'INVALID_USE_CASE', 'INVALID_ORIGIN', 'INVALID_SENDER_TYPE', 'INVALID_DATE', 'INVALID_TIME_ZONE', 'INVALID_WINDOW', 'INVALID_TABLE', 'INVALID_REGION',
];
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** A valid value for a field, or anything at all. */
const field = <T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: fc.constant(undefined) });

const date = fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2300-01-01T00:00:00Z'), noInvalidDate: true });
const FIELDS = {
  to: field(fc.constantFrom('+14155550123', '+33612345678', '+254712345678', '0612345678', '+1 123 456 7890', '')),
  country: field(fc.constantFrom('US', 'fr', ' KE ', 'DE', 'XX', 'ca')),
  defaultCountry: field(fc.constantFrom('FR', 'US', 'zz')),
  at: field(fc.oneof(date, date.map((d) => d.toISOString()), fc.constantFrom('2026-11-23', '2026-11-23T10:00:00+01:00', 'tomorrow'))),
  origin: field(fc.constantFrom(...main.ORIGINS)),
  useCase: field(fc.constantFrom(...main.USE_CASES)),
  senderType: field(fc.constantFrom(...main.SENDER_TYPES)),
  twoWay: field(fc.boolean()),
  automated: field(fc.boolean()),
  unregisteredLongCode: field(fc.boolean()),
  messagesPerDay: field(fc.nat(1_000_000)),
  messagesPerMinute: field(fc.nat(10_000)),
  messagesPerSecond: field(fc.nat(1_000)),
  uniqueRecipientsPerDay: field(fc.nat(10_000)),
  recipientsPerSend: field(fc.nat(10_000)),
  launchWithinDays: field(fc.nat(365)),
  brandDisplay: field(fc.boolean()),
  timeZone: field(fc.constantFrom('Europe/Paris', 'america/new_york', 'Mars/Olympus', 'Australia/Lord_Howe')),
  region: field(fc.constantFrom('US-FL', 'TX', 'US-ZZ', 'FR-IDF')),
  level: field(fc.constantFrom('required', 'recommended', 'best-practice')),
  text: field(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('STOP', "Don't stop", '(광고) 세일 080-123-4567', 'Hi {{name}} bit.ly/x CBD', '【阿里】验证码 123456', ''))),
  brand: field(fc.constantFrom('Acme', '가나다', ' ', '阿里')),
  templates: field(fc.array(fc.constantFrom('Your OTP is {#var#}', '', '{#var#}'), { maxLength: 3 })),
  maxSegments: field(fc.integer({ min: -1, max: 5 })),
  sender: field(fc.record({ type: field(fc.constantFrom(...main.SENDER_TYPES)), registered: field(fc.boolean()), id: field(fc.string({ maxLength: 5 })) }, { requiredKeys: [] })),
  consent: field(fc.constantFrom('express-written', 'express', 'implied', 'none', 'maybe')),
  businessHours: field(fc.array(fc.record({ days: fc.subarray(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']), start: fc.constantFrom('00:00', '08:30', '12:00', '25:00'), end: fc.constantFrom('09:00', '17:30', '24:00') }), { maxLength: 3 })),
};
const input = fc.oneof({ weight: 9, arbitrary: fc.record(FIELDS, { requiredKeys: [] }) }, { weight: 1, arbitrary: fc.anything() });

const good = core.createTable([US, FR, DE, KE], { resolvePhone: core.createPhoneResolver(metadata) });
const table = fc.oneof({ weight: 6, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: fc.record({ dataAsOf: fc.anything(), countries: fc.anything(), resolvePhone: fc.anything() }, { requiredKeys: [] }) });

/** Runs `fn`: it either answers or throws a SendrightError with a known code. */
function answerOrError(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!main.isSendrightError(error)) throw error;
    expect(error).toBeInstanceOf(main.SendrightError);
    expect(CODES).toContain(error.code);
    expect(error.message.length).toBeGreaterThan(10);
    return undefined;
  }
}

/** The answer is plain JSON, with reasons that each have an id, a text and a list of sources. */
function plain(answer: unknown): Record<string, unknown> {
  expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
  const a = answer as Record<string, unknown>;
  for (const r of (a.reasons ?? []) as { id: unknown; text: unknown; sources: unknown }[]) {
    expect(typeof r.id).toBe('string');
    expect(typeof r.text).toBe('string');
    expect(Array.isArray(r.sources)).toBe(true);
  }
  return a;
}

type Fn = (input: unknown, table: unknown) => unknown;
const loose = (fn: unknown): Fn => fn as Fn;

const CONTRACTS: Record<string, (a: Record<string, unknown>) => void> = {
  classifyTraffic: (a) => expect(['A2P', 'P2P']).toContain(a.traffic),
  recommendSender: (a) => {
    const types = [...(a.options as { type: string }[]), ...(a.excluded as { type: string }[])].map((o) => o.type).sort();
    expect(types).toEqual([...main.SENDER_TYPES].sort());
  },
  complianceChecklist: (a) => {
    for (const item of a.items as Record<string, unknown>[]) expect(['required', 'recommended', 'best-practice']).toContain(item.level);
  },
  checkMessage: (a) => {
    for (const f of a.findings as Record<string, unknown>[]) {
      expect(['required', 'recommended', 'best-practice']).toContain(f.level);
      expect(['certain', 'likely']).toContain(f.certainty);
      expect(typeof f.fix).toBe('string');
    }
    expect((a.segments as { segments: number }).segments).toBeGreaterThanOrEqual(1);
  },
  classifyReply: (a) => {
    expect([null, 'opt-out', 'opt-in', 'help']).toContain(a.intent);
    if (a.intent === null) expect([a.confidence, a.keyword, a.honourBy]).toEqual([null, null, null]);
  },
  preflight: (a) => {
    expect(['send', 'hold', 'block']).toContain(a.verdict);
    if (a.verdict === 'hold') expect(Number.isFinite(Date.parse(a.nextAllowedAt as string))).toBe(true);
    else expect(a.nextAllowedAt).toBeNull();
    const required = (a.problems as { level: string; code: string }[]).filter((p) => p.level === 'required');
    if (a.verdict === 'send') expect(required).toEqual([]);
  },
  sendWindow: (a) => {
    expect(typeof a.allowed).toBe('boolean');
    if (a.allowed) expect(a.nextAllowedAt).toBeNull();
    else if (a.nextAllowedAt !== null) expect(Number.isFinite(Date.parse(a.nextAllowedAt as string))).toBe(true);
  },
};

describe('arbitrary input', () => {
  for (const name of Object.keys(CONTRACTS)) {
    it(`${name} from sendright: answers within its contract or throws a SendrightError`, () => {
      fc.assert(
        fc.property(input, (i) => {
          const answer = answerOrError(() => loose(main[name as keyof typeof main])(i, undefined));
          if (answer !== undefined) CONTRACTS[name]!(plain(answer));
        }),
        { numRuns: RUNS },
      );
    });

    it(`${name} from sendright/core, with arbitrary tables too`, () => {
      fc.assert(
        fc.property(input, table, (i, t) => {
          const answer = answerOrError(() => loose(core[name as keyof typeof core])(i, t));
          if (answer !== undefined) CONTRACTS[name]!(plain(answer));
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('getCountryRules and listChanges with arbitrary arguments', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), table, (country, options, t) => {
        answerOrError(() => loose(main.getCountryRules)(country, undefined));
        answerOrError(() => loose(main.listChanges)(country, options));
        answerOrError(() => loose(core.getCountryRules)(country, t));
        const changes = answerOrError(() => (core.listChanges as unknown as (c: unknown, t: unknown, o: unknown) => unknown)(country, t, options));
        if (changes !== undefined) plain(changes);
      }),
      { numRuns: RUNS },
    );
  });

  it('createTable and createPhoneResolver with arbitrary arguments', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (rows, options) => {
        answerOrError(() => (core.createTable as unknown as (r: unknown, o: unknown) => unknown)(rows, options));
        answerOrError(() => (core.createPhoneResolver as unknown as (m: unknown) => unknown)(rows));
        answerOrError(() => core.createTable([FR, { ...DE, ...(typeof options === 'object' && options !== null ? options : {}) }] as never));
      }),
      { numRuns: RUNS },
    );
  });
});
