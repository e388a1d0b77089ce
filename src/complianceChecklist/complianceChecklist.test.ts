import { describe, expect, it } from 'vitest';
import { SENDER_TYPES, USE_CASES, complianceChecklist } from '../index';
import type { RegionCode } from '../index';
import { complianceChecklist as checklistWith, createTable } from '../core';
import { ALL_COUNTRIES, US } from '../rules/countries/index';

const AT = '2026-11-23T12:00:00Z';
const idsOf = (country: RegionCode, useCase: 'marketing' | 'otp' | 'transactional', senderType?: (typeof SENDER_TYPES)[number]): string[] =>
  complianceChecklist({ country, useCase, at: AT, ...(senderType ? { senderType } : {}) }).items.map((i) => i.id);

describe('complianceChecklist', () => {
  it('every item has a stable id, a category, a level and text; ids are unique; required items come first', () => {
    const levels = { required: 0, recommended: 1, 'best-practice': 2 } as const;
    for (const row of ALL_COUNTRIES) {
      for (const useCase of USE_CASES) {
        const { items } = complianceChecklist({ country: row.country, useCase, at: AT });
        expect(items.length, `${row.country} ${useCase}`).toBeGreaterThan(0);
        expect(new Set(items.map((i) => i.id)).size, `${row.country} ${useCase} ids`).toBe(items.length);
        for (const item of items) {
          expect(item.id).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
          expect(item.text.length).toBeGreaterThan(10);
        }
        const order = items.map((i) => levels[i.level]);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        // Every required item is backed by a source.
        for (const item of items.filter((i) => i.level === 'required')) expect(item.sources.length, item.id).toBeGreaterThan(0);
      }
    }
  });

  it('US marketing needs prior express written consent; OTP needs prior express consent', () => {
    expect(idsOf('US', 'marketing')).toContain('consent.express-written');
    expect(idsOf('US', 'otp')).toContain('consent.express');
    expect(idsOf('US', 'otp')).not.toContain('consent.express-written');
  });

  it('quiet hours apply to marketing and not to OTP where the law says so', () => {
    for (const [country, id] of [['FR', 'quiet-hours.fr.marketing'], ['US', 'quiet-hours.us.telephone-solicitation'], ['IN', 'quiet-hours.in.promotional'], ['AE', 'quiet-hours.ae.marketing'], ['ZA', 'quiet-hours.za.marketing']] as const) {
      expect(idsOf(country, 'marketing'), country).toContain(id);
      expect(idsOf(country, 'otp'), country).not.toContain(id);
    }
  });

  it('marketing and transactional checklists differ where the law differs', () => {
    for (const country of ['US', 'FR', 'GB', 'IN', 'AU', 'CA'] as const) {
      expect(idsOf(country, 'marketing'), country).not.toEqual(idsOf(country, 'transactional'));
    }
  });

  it('a sender type narrows registration items to its own programmes', () => {
    const alpha = idsOf('US', 'otp', 'toll-free');
    expect(alpha).toContain('registration.us.toll-free-verification');
    expect(alpha).not.toContain('registration.us.10dlc');
    expect(idsOf('US', 'otp', 'local-long-code')).toContain('registration.us.10dlc');
    expect(idsOf('IN', 'otp', 'alphanumeric')).toContain('registration.in.dlt');
    expect(idsOf('SG', 'otp', 'alphanumeric')).toContain('registration.sg.ssir');
  });

  it('opt-out keywords include the local languages where the data has them', () => {
    const ca = complianceChecklist({ country: 'CA', useCase: 'marketing', at: AT }).items.find((i) => i.id === 'optout.stop-keyword');
    expect(ca?.text).toMatch(/ARR[EÊ]T/);
  });

  it('items follow the date: Australian sender-ID registration applies from 2025-11-30', () => {
    expect(idsOf('AU', 'otp')).toContain('registration.au.sender-id-register');
    const before = complianceChecklist({ country: 'AU', useCase: 'otp', at: '2025-01-01' }).items.map((i) => i.id);
    expect(before).not.toContain('registration.au.sender-id-register');
  });

  it('a region without a row in the table gets the conservative items and the reason', () => {
    const r = checklistWith({ country: 'KE', useCase: 'marketing', at: AT }, createTable([US]));
    expect(r.reasons.map((x) => x.id)).toEqual(['country.not-researched']);
    expect(r.items.map((i) => i.id)).toEqual(expect.arrayContaining(['consent.express', 'optout.stop-keyword', 'quiet-hours.unknown']));
    expect(r.items.every((i) => i.level !== 'required')).toBe(true);
  });
});

describe('answers for the day asked about', () => {
  it('switches rules at their effective date, whichever day was asked before', () => {
    const ids = (at: string) => complianceChecklist({ country: 'ES', useCase: 'marketing', at }).items.map((i) => i.id).join(' ');
    const before = ids('2026-06-06');
    const after = ids('2026-09-16');
    expect(before).not.toBe(after);
    // Alternate days: each answer must match the first one for that day.
    expect(ids('2026-09-16')).toBe(after);
    expect(ids('2026-06-06')).toBe(before);
    expect(ids('2026-09-16')).toBe(after);
  });

  it('does not let a caller change what later calls return', () => {
    const first = complianceChecklist({ country: 'GB', useCase: 'marketing' });
    expect(() => {
      (first.items[0] as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    const count = first.items.length;
    expect(() => {
      (first.items as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(complianceChecklist({ country: 'GB', useCase: 'marketing' }).items.length).toBe(count);
    // With a sender type, the list is built for the call and the shared one stays whole.
    const own = complianceChecklist({ country: 'GB', useCase: 'marketing', senderType: 'alphanumeric' });
    (own.items as unknown as unknown[]).length = 0;
    expect(complianceChecklist({ country: 'GB', useCase: 'marketing', senderType: 'alphanumeric' }).items.length).toBeGreaterThan(0);
  });
});
