import { describe, expect, it } from 'vitest';
import { SENDER_TYPES, USE_CASES, recommendSender } from '../index';
import { createTable, recommendSender as recommendWith } from '../core';
import { ALL_COUNTRIES, US } from '../rules/countries/index';

const AT = '2026-11-23T12:00:00Z';

describe('recommendSender', () => {
  it('every sender type appears in exactly one of options and excluded, for every market and use case', () => {
    for (const row of ALL_COUNTRIES) {
      for (const useCase of USE_CASES) {
        for (const twoWay of [false, true]) {
          const r = recommendSender({ country: row.country, useCase, twoWay, at: AT });
          const all = [...r.options.map((o) => o.type), ...r.excluded.map((e) => e.type)].sort();
          expect(all, `${row.country} ${useCase}`).toEqual([...SENDER_TYPES].sort());
        }
      }
    }
  });

  it('excludes alphanumeric sender IDs to the US and Canada as not-supported', () => {
    for (const country of ['US', 'CA'] as const) {
      const r = recommendSender({ country, useCase: 'otp', at: AT });
      const alpha = r.excluded.find((e) => e.type === 'alphanumeric');
      expect(alpha?.code).toBe('not-supported');
      expect(alpha?.sources.length).toBeGreaterThan(0);
    }
  });

  it('excludes alphanumeric sender IDs as one-way-only when replies are needed', () => {
    const oneWay = recommendSender({ country: 'GB', useCase: 'customer-care', at: AT });
    expect(oneWay.options.map((o) => o.type)).toContain('alphanumeric');
    const r = recommendSender({ country: 'GB', useCase: 'customer-care', twoWay: true, at: AT });
    expect(r.excluded.find((e) => e.type === 'alphanumeric')?.code).toBe('one-way-only');
    for (const o of r.options) expect(o.twoWay).not.toBe(false);
  });

  it('excludes short codes where the country has none', () => {
    // Norway: Twilio's operator-capability row says the operators take no short codes.
    expect(recommendSender({ country: 'NO', useCase: 'marketing', at: AT }).excluded.find((e) => e.type === 'short-code')?.code).toBe('not-supported');
  });

  it('US options say which registration they need, with programme, lead time and throughput', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', at: AT });
    const local = r.options.find((o) => o.type === 'local-long-code');
    expect(local?.registration).toBe('required');
    expect(local?.programmes.map((p) => p.id)).toContain('us.10dlc');
    const shortCode = r.options.find((o) => o.type === 'short-code');
    expect(shortCode?.leadTime).not.toBe('unknown');
    expect(shortCode?.throughput).not.toBe('unknown');
  });

  it('brand display ranks alphanumeric first where it is available without registration', () => {
    const r = recommendSender({ country: 'GB', useCase: 'notification', brandDisplay: true, at: AT });
    expect(r.options[0]?.type).toBe('alphanumeric');
    expect(r.options[0]?.reasons.map((x) => x.id)).toContain('sender.alphanumeric.brand');
  });

  it('a short launch window excludes senders that take longer to provision', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', launchWithinDays: 3, at: AT });
    const shortCode = r.excluded.find((e) => e.type === 'short-code');
    expect(shortCode?.code).toBe('lead-time');
    const relaxed = recommendSender({ country: 'US', useCase: 'marketing', launchWithinDays: 365, at: AT });
    expect(relaxed.options.map((o) => o.type)).toContain('short-code');
  });

  it('high volume counts against slow senders and says how long sending takes', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', messagesPerDay: 500000, at: AT });
    const reasons = r.options.flatMap((o) => o.reasons.map((x) => x.id));
    expect(reasons.some((id) => id.endsWith('.throughput'))).toBe(true);
    expect(r.options[0]?.type).toBe('short-code');
  });

  it('Spain: dynamic alphanumeric IDs work before 2026-09-15 and need registration after', () => {
    const before = recommendSender({ country: 'ES', useCase: 'otp', at: '2026-03-01' });
    const after = recommendSender({ country: 'ES', useCase: 'otp', at: '2026-10-01' });
    expect(before.options.find((o) => o.type === 'alphanumeric')?.registration).toBe('none');
    expect(after.options.find((o) => o.type === 'alphanumeric')?.registration).toBe('required');
  });

  it('a region without a row in the table excludes every type as unknown and says so', () => {
    const r = recommendWith({ country: 'KE', useCase: 'otp', at: AT }, createTable([US]));
    expect(r.options).toEqual([]);
    expect(r.excluded.every((e) => e.code === 'unknown')).toBe(true);
    expect(r.reasons.map((x) => x.id)).toEqual(['country.not-researched']);
  });
});

describe('answers for the day asked about', () => {
  it('switches rules at their effective date, whichever day was asked before', () => {
    const answer = (at: string) => JSON.stringify(recommendSender({ country: 'SG', useCase: 'otp', brandDisplay: true, at }));
    const before = answer('2023-01-30');
    const after = answer('2023-02-01');
    expect(before).not.toBe(after);
    expect(answer('2023-02-01')).toBe(after);
    expect(answer('2023-01-30')).toBe(before);
  });

  it('shares reasons read-only, so a caller cannot change later answers', () => {
    const first = recommendSender({ country: 'GB', useCase: 'otp', twoWay: true });
    const count = first.options[0]!.reasons.length;
    expect(() => {
      (first.options[0]!.reasons as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (first.options[0]!.reasons[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    const again = recommendSender({ country: 'GB', useCase: 'otp', twoWay: true });
    expect(again.options[0]!.reasons.length).toBe(count);
    // A call with its own needs gets its own list, and the shared one is unchanged.
    const busy = recommendSender({ country: 'GB', useCase: 'otp', twoWay: true, messagesPerDay: 50_000 });
    expect(busy.options[0]!.reasons.length).toBeGreaterThan(count);
    expect(recommendSender({ country: 'GB', useCase: 'otp', twoWay: true }).options[0]!.reasons.length).toBe(count);
  });
});
