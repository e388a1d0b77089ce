// preflight and sendWindow keep what does not change between calls: the rules
// prepared per row, day and input, and the window's verdict per UTC minute.
// An answer must not depend on what was asked before. Each case here asks a
// warm module (after many other questions, in a random order) and a fresh
// module (a new import, its caches empty) the same question, and compares.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type * as Sendright from '../src/index';

const RUNS = Number(process.env.HISTORY_RUNS ?? 12);
const fresh = async (): Promise<typeof Sendright> => {
  vi.resetModules();
  return import('../src/index');
};

const COUNTRIES = ['US', 'CA', 'FR', 'DE', 'IN', 'BR', 'AU', 'ES', 'GB', 'MX', 'KR', 'RU', 'ID', 'SA'] as const;
const PHONES = ['+14155552671', '+13055550123', '+12045550123', '+33612345678', '+61412345678', '+5511912345678', '+919876543210', '+525512345678', '+79123456789'];
const USE_CASES = ['otp', 'marketing', 'reminder', 'political', 'conversational'] as const;
const START = Date.parse('2026-11-20T00:00:00Z');

/** An instant: a whole minute within four days, and a second and millisecond within it (the edges of the minute most often). */
const instant = fc.tuple(fc.integer({ min: 0, max: 4 * 1440 }), fc.oneof(fc.constantFrom(0, 59_999, 1, 59_000), fc.integer({ min: 0, max: 59_999 }))).map(([minute, ms]) => new Date(START + minute * 60_000 + ms).toISOString());

const question = fc.record({
  destination: fc.oneof(fc.constantFrom(...COUNTRIES).map((country) => ({ country })), fc.constantFrom(...PHONES).map((to) => ({ to }))),
  useCase: fc.constantFrom(...USE_CASES),
  origin: fc.constantFrom('application', 'agent', 'personal', 'proxy'),
  sender: fc.option(fc.record({ type: fc.constantFrom('short-code', 'toll-free', 'local-long-code', 'alphanumeric'), registered: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['type'] }), { nil: undefined }),
  consent: fc.option(fc.constantFrom('express-written', 'express', 'implied', 'none'), { nil: undefined }),
  messagesPerDay: fc.option(fc.constantFrom(50, 5_000), { nil: undefined }),
  at: instant,
});
type Question = typeof question extends fc.Arbitrary<infer T> ? T : never;

const ask = (m: typeof Sendright, q: Question): unknown => {
  const { destination, sender, consent, messagesPerDay, ...rest } = q;
  const input = { ...destination, ...rest, ...(sender === undefined ? {} : { sender }), ...(consent === undefined ? {} : { consent }), ...(messagesPerDay === undefined ? {} : { messagesPerDay }) };
  return {
    preflight: m.preflight(input as Sendright.PreflightInput),
    window: m.sendWindow({ ...destination, useCase: q.useCase, at: q.at, ...(sender === undefined ? {} : { senderType: sender.type }) } as Sendright.SendWindowInput),
  };
};

describe('an answer does not depend on the questions asked before it', () => {
  it('preflight and sendWindow, asked after others in a random order, answer as a fresh module does', async () => {
    const warm = await import('../src/index');
    await fc.assert(
      fc.asyncProperty(fc.array(question, { minLength: 20, maxLength: 60 }), async (questions) => {
        // The same instants a second and a minute apart, asked in turn, fill the caches the questions then read.
        const history = questions.flatMap((q) => [q, { ...q, at: new Date(Date.parse(q.at) + 1_000).toISOString() }, { ...q, at: new Date(Date.parse(q.at) - 60_000).toISOString() }]);
        const seen = history.map((q) => JSON.stringify(ask(warm, q)));
        const cold = await fresh();
        // A fresh module answers in the reverse order.
        for (let k = history.length - 1; k >= 0; k--) expect(JSON.stringify(ask(cold, history[k]!)), JSON.stringify(history[k])).toBe(seen[k]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('every instant of a minute gets the answer a fresh module gives for it', async () => {
    const warm = await import('../src/index');
    // Minutes around a close and an opening in several zones: French marketing closes at 22:00 Paris time and opens at 08:00.
    const minutes = ['2026-11-23T20:59:00Z', '2026-11-23T21:00:00Z', '2026-11-24T07:00:00Z', '2026-11-21T23:59:00Z'];
    const offsets = [0, 1, 999, 30_000, 59_000, 59_999];
    const inputs = minutes.flatMap((m) => offsets.map((o) => new Date(Date.parse(m) + o).toISOString()));
    const questions = inputs.flatMap((at) => (['FR', 'US', 'IN'] as const).map((country) => ({ country, useCase: 'marketing' as const, origin: 'application' as const, at })));
    const seen = questions.map((q) => JSON.stringify(warm.preflight(q)));
    for (let k = 0; k < questions.length; k += 7) {
      const cold = await fresh();
      expect(JSON.stringify(cold.preflight(questions[k]!))).toBe(seen[k]);
    }
    // The minute's answers differ only in the local time shown, which keeps its seconds.
    const fr = questions.filter((q) => q.country === 'FR' && q.at.startsWith('2026-11-23T20:59')).map((q) => warm.preflight(q));
    expect(new Set(fr.map((r) => r.verdict)).size).toBe(1);
    expect(fr.map((r) => r.window.localTime)).toEqual(['2026-11-23T21:59:00+01:00', '2026-11-23T21:59:00+01:00', '2026-11-23T21:59:00+01:00', '2026-11-23T21:59:30+01:00', '2026-11-23T21:59:59+01:00', '2026-11-23T21:59:59+01:00']);
  }, 120_000);

  it('the verdict kept for a minute is the one worked out for the exact instant', async () => {
    const m = await import('../src/index');
    // Your own window open all week does not change the verdict, and takes the path that works out each instant afresh.
    const allWeek = [{ days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const, start: '00:00' as const, end: '24:00' as const }].map((w) => ({ ...w, days: [...w.days] }));
    fc.assert(
      fc.property(fc.constantFrom(...COUNTRIES, ...PHONES), fc.constantFrom(...USE_CASES), fc.array(instant, { minLength: 1, maxLength: 8 }), (where, useCase, instants) => {
        const destination = where.startsWith('+') ? { to: where } : { country: where };
        for (const at of instants) {
          const kept = m.sendWindow({ ...destination, useCase, at } as Sendright.SendWindowInput);
          const exact = m.sendWindow({ ...destination, useCase, at, businessHours: allWeek } as Sendright.SendWindowInput);
          expect({ allowed: kept.allowed, next: kept.nextAllowedAt, local: kept.localTime, zone: kept.timeZone }, `${where} ${useCase} ${at}`).toEqual({ allowed: exact.allowed, next: exact.nextAllowedAt, local: exact.localTime, zone: exact.timeZone });
        }
      }),
      { numRuns: RUNS * 25 },
    );
  }, 120_000);
});
