// Every reason about the data cites what it rests on: the facts consulted, or,
// for a fact the sources leave open, every source consulted for the region.
// Only reasons about the caller's own input may have no sources, and reasons
// about a region whose row cites no source at all.
import { getCountries } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { ORIGINS, USE_CASES, classifyTraffic, complianceChecklist, getCountryRules, recommendSender, sendWindow } from '../src/index';
import type { Reason, RegionCode } from '../src/index';
import { rowSources } from '../src/_lib/reasons';

/** Reasons about the caller's input, not the data. */
const ABOUT_INPUT = new Set(['send-window.zone-given', 'send-window.region-given', 'country.not-researched']);
const AT = '2026-11-23T12:00:00Z';

describe('sources on every reason about the data', () => {
  it('for every region, use case and origin', () => {
    const missing = new Set<string>();
    let checked = 0;
    for (const country of getCountries() as RegionCode[]) {
      const uncited = rowSources(getCountryRules(country)).length === 0;
      const check = (reasons: readonly Reason[], context: string): void => {
        for (const r of reasons) {
          checked++;
          if (r.sources.length > 0 || ABOUT_INPUT.has(r.id) || uncited) continue;
          // A window closed only by the caller's own business hours rests on the input.
          if (r.id === 'send-window.closed' && r.text.includes('send-window.business-hours')) continue;
          missing.add(`${r.id} (${context})`);
        }
      };
      for (const useCase of USE_CASES) {
        for (const origin of ORIGINS) check(classifyTraffic({ country, origin, useCase, at: AT }).reasons, `${country} ${useCase} ${origin}`);
        const r = recommendSender({ country, useCase, twoWay: true, messagesPerDay: 3000, launchWithinDays: 30, at: AT });
        check(r.reasons, `${country} ${useCase}`);
        for (const o of r.options) check(o.reasons, `${country} ${useCase} ${o.type}`);
        check(complianceChecklist({ country, useCase, at: AT }).reasons, `${country} ${useCase}`);
        check(sendWindow({ country, useCase, at: AT }).reasons, `${country} ${useCase}`);
        check(sendWindow({ country, useCase, at: AT, timeZone: 'Europe/Paris', businessHours: [{ days: ['mon'], start: '09:00', end: '10:00' }] }).reasons, `${country} ${useCase} business hours`);
      }
    }
    expect([...missing].slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(40_000);
  }, 120_000);

  it('an unknown fact cites every source consulted for the region', () => {
    let found = 0;
    for (const country of ['KE', 'DE', 'BR', 'MG', 'PL', 'AL'] as const) {
      const options = recommendSender({ country, useCase: 'otp', at: AT }).options;
      for (const reason of options.flatMap((o) => o.reasons).filter((r) => r.id.endsWith('-unknown'))) {
        expect(reason.sources.length).toBeGreaterThan(0);
        found++;
      }
    }
    expect(found).toBeGreaterThan(0);
    const window = sendWindow({ country: 'AL', useCase: 'marketing', at: AT }).reasons.find((r) => r.id === 'send-window.rules-unknown');
    expect(window?.sources).toEqual(rowSources(getCountryRules('AL')));
  });

  it('an unknown A2P/P2P regime cites what the safe answer rests on: the definition of A2P', () => {
    const ke = classifyTraffic({ country: 'KE', origin: 'agent', useCase: 'customer-care', at: AT });
    const reason = ke.reasons.find((r) => r.id === 'traffic.regime-unknown');
    expect(reason?.sources.map((s) => s.title)).toContain('Twilio Support: What is P2P and A2P messaging?');
  });
});
