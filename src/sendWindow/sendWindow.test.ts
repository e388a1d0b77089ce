import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USE_CASES, complianceChecklist, sendWindow } from '../index';
import type { RegionCode } from '../index';
import { createTable, sendWindow as windowWith } from '../core';
import { ALL_COUNTRIES, US } from '../rules/countries/index';
import type { SendWindowInput } from './sendWindow';
import { easterDay, isoDay, localTimeText } from './clock';
import { numberZones, regionZones } from '../_lib/recipient';

const check = (input: SendWindowInput) => sendWindow(input);
const marketing = (country: RegionCode, at: string, extra: Partial<SendWindowInput> = {}) => check({ country, useCase: 'marketing', at, ...extra });

describe('France: no promotional SMS at night, on Sundays or on public holidays', () => {
  it('allows a weekday inside 08:00-22:00 Paris time, and not outside it', () => {
    expect(marketing('FR', '2026-11-23T06:59:00Z').allowed).toBe(false); // Monday 07:59
    expect(marketing('FR', '2026-11-23T07:30:00Z').allowed).toBe(true); // Monday 08:30
    expect(marketing('FR', '2026-11-23T20:59:00Z').allowed).toBe(true); // Monday 21:59
    const late = marketing('FR', '2026-11-23T21:30:00Z'); // Monday 22:30
    expect(late.allowed).toBe(false);
    expect(late.localTime).toBe('2026-11-23T22:30:00+01:00');
    expect(late.nextAllowedAt).toBe('2026-11-24T07:00:00.000Z');
  });

  it('closes Sundays and opens Saturdays like weekdays', () => {
    const sunday = marketing('FR', '2026-11-22T10:00:00Z');
    expect(sunday.allowed).toBe(false);
    expect(sunday.nextAllowedAt).toBe('2026-11-23T07:00:00.000Z');
    expect(marketing('FR', '2026-11-21T06:30:00Z').allowed).toBe(false); // Saturday 07:30
    expect(marketing('FR', '2026-11-21T07:00:00Z').allowed).toBe(true); // Saturday 08:00
  });

  it('computes Easter-based holidays for any year', () => {
    // Easter Monday, Ascension Day and Whit Monday, all weekdays.
    for (const day of ['2024-04-01', '2025-04-21', '2026-04-06', '2027-03-29', '2026-05-14', '2026-05-25', '2030-06-10']) {
      const answer = marketing('FR', `${day}T10:00:00Z`);
      expect(answer.allowed, day).toBe(false);
      expect(answer.reasons.find((r) => r.id === 'send-window.closed')?.text).toMatch(/public holiday/);
    }
    // The Friday before Whit Monday is an ordinary day.
    expect(marketing('FR', '2026-05-22T10:00:00Z').allowed).toBe(true);
  });

  it('crosses the year end: from New Year\'s Eve evening to the first open day of January', () => {
    const answer = marketing('FR', '2026-12-31T21:30:00Z'); // Thursday 22:30
    expect(answer.allowed).toBe(false);
    // 1 January is a holiday; Saturday 2 January opens at 08:00 Paris time.
    expect(answer.nextAllowedAt).toBe('2027-01-02T07:00:00.000Z');
  });

  it('does not limit OTP: which use cases a rule covers comes from the data', () => {
    const otp = check({ country: 'FR', useCase: 'otp', at: '2026-11-22T03:00:00Z' });
    expect(otp.allowed).toBe(true);
    expect(otp.nextAllowedAt).toBeNull();
    expect(otp.reasons.map((r) => r.id)).toContain('send-window.no-rule');
  });
});

describe('daylight-saving changes', () => {
  it('US spring forward: the next window opens at 08:00 EDT, not 08:00 EST', () => {
    const answer = check({ to: '+12125550123', useCase: 'marketing', at: '2026-03-08T02:30:00Z' }); // Sat 21:30 EST
    expect(answer.allowed).toBe(false);
    expect(answer.localTime).toBe('2026-03-07T21:30:00-05:00');
    expect(answer.nextAllowedAt).toBe('2026-03-08T12:00:00.000Z');
  });

  it('US fall back: the next window opens at 08:00 EST', () => {
    const answer = check({ to: '+12125550123', useCase: 'marketing', at: '2026-11-01T02:00:00Z' }); // Sat 22:00 EDT
    expect(answer.nextAllowedAt).toBe('2026-11-01T13:00:00.000Z');
  });

  it('EU spring forward and fall back, over a closed Sunday', () => {
    // Saturday 22:30 CET, before the Sunday change to CEST: Monday opens at 08:00 CEST.
    expect(marketing('FR', '2026-03-28T21:30:00Z').nextAllowedAt).toBe('2026-03-30T06:00:00.000Z');
    // Saturday 22:00 CEST, before the Sunday change to CET: Monday opens at 08:00 CET.
    expect(marketing('FR', '2026-10-24T20:00:00Z').nextAllowedAt).toBe('2026-10-26T07:00:00.000Z');
  });

  it('southern hemisphere (Sydney): a window that opens after the October change', () => {
    const hours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, start: '09:00', end: '17:00' }] as NonNullable<SendWindowInput['businessHours']>;
    const answer = check({ country: 'AU', useCase: 'notification', timeZone: 'Australia/Sydney', businessHours: hours, at: '2026-10-03T08:00:00Z' }); // Sat 18:00 AEST
    expect(answer.allowed).toBe(false);
    expect(answer.nextAllowedAt).toBe('2026-10-03T22:00:00.000Z'); // Sun 09:00 AEDT
    const april = check({ country: 'AU', useCase: 'notification', timeZone: 'Australia/Sydney', businessHours: hours, at: '2026-04-04T07:00:00Z' }); // Sat 18:00 AEDT
    expect(april.nextAllowedAt).toBe('2026-04-04T23:00:00.000Z'); // Sun 09:00 AEST
  });
});

describe('the recipient\'s time zone', () => {
  it('takes every zone of a multi-zone country and answers safely for all', () => {
    const answer = marketing('US', '2026-11-23T13:30:00Z', { region: 'US-NY' }); // 08:30 in New York, 03:30 in Adak
    expect(answer.timeZones.length).toBeGreaterThan(5);
    expect(answer.allowed).toBe(false);
    expect(answer.reasons[0]!.id).toBe('send-window.zone-uncertain');
    expect(answer.nextAllowedAt).toBe('2026-11-23T18:00:00.000Z'); // 08:00 in Adak (UTC-10), the federal rule
    // With the state unknown too, every state's rule applies in every zone: Rhode Island's 9 a.m. start in Adak.
    const anyState = marketing('US', '2026-11-23T13:30:00Z');
    expect(anyState.regions).toBeNull();
    expect(anyState.reasons.map((r) => r.id)).toContain('send-window.region-unknown');
    expect(anyState.nextAllowedAt).toBe('2026-11-23T19:00:00.000Z');
  });

  it('reads a NANP area code, and gives both zones for one that spans two', () => {
    expect(numberZones('US', '+12125550123')).toEqual(['America/New_York']);
    expect(numberZones('US', '+13105550123')).toEqual(['America/Los_Angeles']);
    const panhandle = numberZones('US', '+18505550123'); // Florida panhandle: Eastern and Central
    expect(panhandle).toContain('America/New_York');
    expect(panhandle).toContain('America/Chicago');
  });

  it('knows a zone for every region', () => {
    for (const { country } of ALL_COUNTRIES) expect(regionZones(country).length, country).toBeGreaterThan(0);
    expect(regionZones('FR')).toEqual(['Europe/Paris']);
  });

  it('uses a given time zone instead', () => {
    const answer = marketing('US', '2026-11-23T13:30:00Z', { timeZone: 'America/New_York', region: 'NY' });
    expect(answer.timeZones).toEqual(['America/New_York']);
    expect(answer.regions).toEqual(['US-NY']);
    expect(answer.allowed).toBe(true);
  });
});

describe('rules read from the data', () => {
  it('India: fixed national zone, and the promotional window that changed on 2025-10-13', () => {
    expect(marketing('IN', '2026-11-23T03:00:00Z').allowed).toBe(false); // 08:30 IST
    expect(marketing('IN', '2026-11-23T03:00:00Z').nextAllowedAt).toBe('2026-11-23T04:30:00.000Z'); // 10:00 IST
    expect(marketing('IN', '2025-01-06T03:45:00Z').allowed).toBe(true); // 09:15 IST under the older 09:00 start
  });

  it('applies a sender-type rule only to that sender type (India short codes: 09:00-20:00 IST)', () => {
    const at = '2026-11-23T14:45:00Z'; // 20:15 IST: inside the DLT window, outside the short-code one
    expect(marketing('IN', at).allowed).toBe(false);
    expect(marketing('IN', at, { senderType: 'short-code' }).allowed).toBe(false);
    expect(marketing('IN', at, { senderType: 'alphanumeric' }).allowed).toBe(true);
  });

  it('UAE: 08:00-21:00 Gulf time for promotional messages', () => {
    expect(marketing('AE', '2026-11-23T16:30:00Z').allowed).toBe(true); // 20:30 in Dubai
    const late = marketing('AE', '2026-11-23T17:30:00Z'); // 21:30 in Dubai
    expect(late.allowed).toBe(false);
    expect(late.nextAllowedAt).toBe('2026-11-24T04:00:00.000Z'); // 08:00 in Dubai
  });

  it('obeys only rules at or above the level asked for', () => {
    const at = '2026-11-23T22:30:00Z'; // 22:30 in London; the UK window is best practice
    expect(marketing('GB', at).allowed).toBe(false);
    expect(marketing('GB', at, { level: 'required' }).allowed).toBe(true);
  });

  it('says when a rule closes holidays but no calendar is encoded', () => {
    const de = ALL_COUNTRIES.find((r) => r.country === 'DE')!;
    const source = { title: 'A test source for the rule', kind: 'carrier', reviewed: '2026-11-23' } as const;
    const rule = { id: 'quiet-hours.de.test', level: 'required', useCases: ['marketing'], allowed: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }], publicHolidays: 'closed', timeBasis: 'recipient-local', text: 'Weekdays only, not on holidays.', sources: [source] } as const;
    const table = createTable([{ ...de, quietHours: { value: [rule], sources: [source] }, holidays: { value: 'unknown' } }]);
    expect(windowWith({ country: 'DE', useCase: 'marketing', at: '2026-11-23T10:00:00Z' }, table).reasons.map((r) => r.id)).toContain('send-window.holidays-unknown');
  });

  it('says when the sources do not establish time rules, and a region without a row says so too', () => {
    expect(marketing('ES', '2026-11-23T10:00:00Z').reasons.map((r) => r.id)).toContain('send-window.rules-unknown');
    const unknown = windowWith({ country: 'KE', useCase: 'marketing', at: '2026-11-23T10:00:00Z' }, createTable([US]));
    expect(unknown.reasons.map((r) => r.id)).toContain('country.not-researched');
  });

  it('intersects the rules with the caller\'s business hours', () => {
    const hours = [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, start: '12:00', end: '13:00' }] as NonNullable<SendWindowInput['businessHours']>;
    const answer = marketing('FR', '2026-11-23T07:30:00Z', { businessHours: hours }); // 08:30 Paris: rule open, business closed
    expect(answer.allowed).toBe(false);
    expect(answer.nextAllowedAt).toBe('2026-11-23T11:00:00.000Z');
    expect(answer.rules.map((r) => r.id)).toEqual(['quiet-hours.fr.marketing', 'send-window.business-hours']);
  });

  it('applies exactly the quiet-hours rules complianceChecklist lists (one source of truth)', () => {
    for (const { country } of ALL_COUNTRIES) {
      for (const useCase of USE_CASES) {
        const at = '2026-11-23T12:00:00Z';
        const fromChecklist = complianceChecklist({ country, useCase, at }).items.filter((i) => i.id.startsWith('quiet-hours.') && i.id !== 'quiet-hours.unknown').map((i) => i.id);
        expect(sendWindow({ country, useCase, at }).rules.map((r) => r.id).sort(), `${country} ${useCase}`).toEqual(fromChecklist.sort());
      }
    }
  });
});

describe('nextAllowedAt', () => {
  it('is allowed itself, and the minute before it is not', () => {
    const countries = ['FR', 'US', 'IN', 'BR', 'ZA', 'MX', 'AE'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 11, 31) }), (country, time) => {
        const at = new Date(time).toISOString();
        const answer = marketing(country, at);
        if (answer.allowed) {
          expect(answer.nextAllowedAt).toBeNull();
          return;
        }
        expect(answer.nextAllowedAt).not.toBeNull();
        const next = Date.parse(answer.nextAllowedAt!);
        expect(next).toBeGreaterThan(time);
        expect(marketing(country, answer.nextAllowedAt!).allowed).toBe(true);
        expect(marketing(country, new Date(next - 60_000).toISOString()).allowed).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('holiday arithmetic', () => {
  it('finds Western Easter Sunday', () => {
    const easter = (year: number) => isoDay(easterDay(year));
    expect([2000, 2008, 2011, 2019, 2024, 2025, 2026, 2038].map(easter)).toEqual([
      '2000-04-23', '2008-03-23', '2011-04-24', '2019-04-21', '2024-03-31', '2025-04-20', '2026-04-05', '2038-04-25',
    ]);
  });
});

describe('errors', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      return (error as { code?: string }).code;
    }
    return 'no error';
  };
  it('rejects bad input with stable codes', () => {
    expect(codeOf(() => marketing('FR', '2026-11-23T10:00:00Z', { timeZone: 'Mars/Olympus' }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => marketing('FR', '2026-11-23T10:00:00Z', { timeZone: 7 as unknown as string }))).toBe('INVALID_TIME_ZONE');
    expect(codeOf(() => marketing('FR', '2026-11-23T10:00:00Z', { businessHours: [{ days: ['mon'], start: '18:00', end: '09:00' }] as NonNullable<SendWindowInput['businessHours']> }))).toBe('INVALID_WINDOW');
    expect(codeOf(() => marketing('FR', '2026-11-23T10:00:00Z', { businessHours: 'weekdays' as unknown as NonNullable<SendWindowInput['businessHours']> }))).toBe('INVALID_WINDOW');
    expect(codeOf(() => marketing('FR', '2026-11-23T10:00:00Z', { level: 'strict' as unknown as 'required' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => marketing('FR', '2026-11-23T10:00:00'))).toBe('INVALID_DATE');
    expect(codeOf(() => sendWindow({ country: 'FR' } as SendWindowInput))).toBe('INVALID_USE_CASE');
  });
});

describe('zones of the smaller +1 regions', () => {
  it('Anguilla, Montserrat and St Vincent have their own zone, not every NANP zone', () => {
    expect(regionZones('AI')).toEqual(['America/Anguilla']);
    expect(regionZones('MS')).toEqual(['America/Montserrat']);
    expect(regionZones('VC')).toEqual(['America/St_Vincent']);
    const w = sendWindow({ to: '+12642351234', useCase: 'otp', at: '2026-11-23T15:00:00Z', businessHours: [{ days: ['mon'], start: '09:00', end: '17:00' }] });
    expect(w.timeZones).toEqual(['America/Anguilla']);
    expect(w.allowed).toBe(true);
  });
});

describe('local time as text', () => {
  /** The reference: Intl's reading of the instant in the zone, and the offset from it. */
  const reference = (zone: string, time: number): string => {
    const parts: Record<string, string> = {};
    for (const p of new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(time)) parts[p.type] = p.value;
    const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    const offset = Math.round((local - Math.floor(time / 1000) * 1000) / 60_000);
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  };
  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Calcutta', 'Asia/Kolkata', 'Australia/Adelaide', 'Pacific/Chatham', 'America/St_Johns', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];

  // From 1972 on, every zone's offset is a whole number of minutes (Liberia's, the last with seconds, changed then).
  it('reads every instant as Intl does, across clock changes and in zones with odd offsets', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: Date.parse('1972-02-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }), (zone, time) => {
        expect(localTimeText(zone, time)).toBe(reference(zone, time));
      }),
      { numRuns: 2000 },
    );
    // Each second around a clock change, asked in turn (the text of the last minute is kept per zone).
    for (const zone of ['Europe/Paris', 'America/New_York']) {
      const change = zone === 'Europe/Paris' ? Date.parse('2026-10-25T01:00:00Z') : Date.parse('2026-11-01T06:00:00Z');
      for (let t = change - 90_000; t < change + 90_000; t += 997) expect(localTimeText(zone, t)).toBe(reference(zone, t));
    }
  });

  it('writes the civil date of every day number as Date does', () => {
    for (let day = -25_567; day < 2_932_897; day += 17) expect(isoDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
  });
});
