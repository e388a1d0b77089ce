import fc from 'fast-check';
import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { ORIGINS, SENDER_TYPES, USE_CASES, classifyTraffic, complianceChecklist, isSendrightError, recommendSender } from '../src/index';
import type { RegionCode } from '../src/index';

const regions = getCountries();
const at = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
// Lower case and surrounding spaces are accepted at run time; the type admits upper and lower case.
const country = fc.constantFrom(...regions).chain((c) => fc.constantFrom(c, c.toLowerCase(), ` ${c} `)) as fc.Arbitrary<RegionCode>;
const useCase = fc.constantFrom(...USE_CASES);

describe('properties', () => {
  it('classifyTraffic answers every known region, use case and origin with a sourced deciding reason', () => {
    fc.assert(
      fc.property(country, fc.constantFrom(...ORIGINS), fc.option(useCase, { nil: undefined }), at, fc.option(fc.nat(100000), { nil: undefined }), (c, origin, uc, date, perDay) => {
        const r = classifyTraffic({ country: c, origin, at: date, ...(uc ? { useCase: uc } : {}), ...(perDay === undefined ? {} : { messagesPerDay: perDay }) });
        expect(['A2P', 'P2P']).toContain(r.traffic);
        expect(r.ctiaClass).toBe(r.traffic === 'A2P' ? 'non-consumer' : 'consumer');
        expect(r.reasons.length).toBeGreaterThan(0);
        expect(r.country).toBe(c.trim().toUpperCase());
        // Software-sent traffic is never P2P.
        if (origin === 'application') expect(r.traffic).toBe('A2P');
        // The results are plain JSON.
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });

  it('recommendSender places every sender type exactly once', () => {
    fc.assert(
      fc.property(country, useCase, fc.boolean(), fc.boolean(), at, (c, uc, twoWay, brandDisplay, date) => {
        const r = recommendSender({ country: c, useCase: uc, twoWay, brandDisplay, at: date });
        const types = [...r.options.map((o) => o.type), ...r.excluded.map((e) => e.type)].sort();
        expect(types).toEqual([...SENDER_TYPES].sort());
        if (twoWay) for (const o of r.options) expect(o.twoWay).not.toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('complianceChecklist never repeats an id', () => {
    fc.assert(
      fc.property(country, useCase, fc.option(fc.constantFrom(...SENDER_TYPES), { nil: undefined }), at, (c, uc, senderType, date) => {
        const r = complianceChecklist({ country: c, useCase: uc, at: date, ...(senderType ? { senderType } : {}) });
        expect(new Set(r.items.map((i) => i.id)).size).toBe(r.items.length);
      }),
      { numRuns: 400 },
    );
  });

  it('arbitrary input either answers or throws a SendrightError, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (to, c, origin, uc) => {
        for (const fn of [
          () => classifyTraffic({ to, country: c, origin, useCase: uc } as never),
          () => recommendSender({ country: c, useCase: uc } as never),
          () => complianceChecklist({ to, useCase: uc } as never),
        ]) {
          try {
            fn();
          } catch (error) {
            expect(isSendrightError(error)).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('random phone-like strings either resolve to a known region or throw INVALID_PHONE_NUMBER', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{0,18}$/), (to) => {
        try {
          const r = classifyTraffic({ to, origin: 'application' });
          expect(regions).toContain(r.country);
          expect(r.e164).toMatch(/^\+\d+$/);
        } catch (error) {
          expect(isSendrightError(error) && ['INVALID_PHONE_NUMBER', 'MISSING_DESTINATION'].includes(error.code)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
