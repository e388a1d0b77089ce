// US state laws stricter than the federal 8 a.m.-9 p.m. rule: one case per state encoded,
// reached through a phone number whose area code gives the state and the time zone.
import { describe, expect, it } from 'vitest';
import { complianceChecklist, sendWindow } from '../src/index';

const marketing = (to: string, at: string, extra: Record<string, unknown> = {}) => sendWindow({ to, useCase: 'marketing', at, ...extra });
const blockedBy = (to: string, at: string, extra: Record<string, unknown> = {}) => {
  const answer = marketing(to, at, extra);
  expect(answer.allowed, `${to} at ${at}`).toBe(false);
  return /\((quiet-hours\.[a-z.-]+)\)/.exec(answer.reasons.find((r) => r.id === 'send-window.closed')!.text)![1];
};

// Monday 2026-11-23, standard time everywhere.
describe('state hours, per state', () => {
  it('FL: 8 p.m. end, although the federal rule allows until 9 p.m.', () => {
    expect(marketing('+13055550123', '2026-11-24T00:30:00Z').allowed).toBe(true); // 19:30 EST
    expect(blockedBy('+13055550123', '2026-11-24T01:30:00Z')).toBe('quiet-hours.us.fl'); // 20:30 EST
  });

  it('OK: 8 p.m. end (Central)', () => {
    expect(blockedBy('+14055550123', '2026-11-24T02:30:00Z')).toBe('quiet-hours.us.ok');
  });

  it('MD: 8 p.m. end', () => {
    expect(blockedBy('+14105550123', '2026-11-24T01:30:00Z')).toBe('quiet-hours.us.md');
  });

  it('WA: 8 p.m. end (Pacific)', () => {
    expect(blockedBy('+12065550123', '2026-11-24T04:30:00Z')).toBe('quiet-hours.us.wa');
  });

  it('TX: 9 a.m. start on weekdays and noon on Sundays; El Paso also against Central Time', () => {
    expect(blockedBy('+12145550123', '2026-11-23T14:30:00Z')).toBe('quiet-hours.us.tx'); // Mon 08:30 CST
    expect(blockedBy('+12145550123', '2026-11-22T17:00:00Z')).toBe('quiet-hours.us.tx'); // Sun 11:00 CST
    expect(marketing('+12145550123', '2026-11-22T18:30:00Z').allowed).toBe(true); // Sun 12:30 CST
    expect(blockedBy('+19155550123', '2026-11-24T03:30:00Z')).toBe('quiet-hours.us.tx-central'); // Mon 20:30 MST = 21:30 CST
    // Before SB 140 took effect, the state hours were not applied to texts.
    expect(marketing('+12145550123', '2025-08-25T13:30:00Z').allowed).toBe(true); // Mon 08:30 CDT
  });

  it('CT: 9 a.m. to 8 p.m.', () => {
    expect(blockedBy('+12035550123', '2026-11-23T13:30:00Z')).toBe('quiet-hours.us.ct'); // 08:30 EST
    expect(blockedBy('+12035550123', '2026-11-24T01:30:00Z')).toBe('quiet-hours.us.ct'); // 20:30 EST
  });

  it('OR: 8 p.m. end from 2026-01-01, not before', () => {
    expect(blockedBy('+15035550123', '2026-11-24T04:30:00Z')).toBe('quiet-hours.us.or'); // 20:30 PST
    expect(marketing('+15035550123', '2025-11-25T04:30:00Z').allowed).toBe(true); // 20:30 PST, 2025
  });

  it('LA: no Sundays, and says the state holiday calendar is not checked', () => {
    expect(blockedBy('+15045550123', '2026-11-22T18:00:00Z')).toBe('quiet-hours.us.la'); // Sun 12:00 CST
    expect(marketing('+15045550123', '2026-11-23T18:00:00Z').reasons.map((r) => r.id)).toContain('send-window.holidays-unknown');
  });

  it('MA: 8 p.m. end', () => {
    expect(blockedBy('+16175550123', '2026-11-24T01:30:00Z')).toBe('quiet-hours.us.ma');
  });

  it('MS: no Sundays, and 8 a.m. Central Standard Time is 9 a.m. on summer clocks', () => {
    expect(blockedBy('+16015550123', '2026-11-22T18:00:00Z')).toMatch(/^quiet-hours\.us\.ms/); // Sun
    expect(blockedBy('+16015550123', '2026-07-06T13:30:00Z')).toBe('quiet-hours.us.ms-standard-time'); // Mon 08:30 CDT
    expect(marketing('+16015550123', '2026-07-06T14:30:00Z').allowed).toBe(true); // Mon 09:30 CDT
  });

  it('RI: weekdays 9 a.m.-6 p.m., Saturdays 10 a.m.-5 p.m., no Sundays', () => {
    expect(blockedBy('+14015550123', '2026-11-23T23:30:00Z')).toBe('quiet-hours.us.ri'); // Mon 18:30 EST
    expect(blockedBy('+14015550123', '2026-11-21T22:30:00Z')).toBe('quiet-hours.us.ri'); // Sat 17:30 EST
    const sunday = marketing('+14015550123', '2026-11-22T16:00:00Z');
    expect(sunday.allowed).toBe(false);
    expect(sunday.nextAllowedAt).toBe('2026-11-23T14:00:00.000Z'); // Mon 09:00 EST
  });

  it('UT: no Sundays', () => {
    expect(blockedBy('+18015550123', '2026-11-22T19:00:00Z')).toBe('quiet-hours.us.ut'); // Sun 12:00 MST
  });

  it('PA: federal hours, and legal holidays closed (calendar not encoded: said so)', () => {
    const answer = marketing('+12155550123', '2026-11-23T18:00:00Z');
    expect(answer.allowed).toBe(true);
    expect(answer.rules.map((r) => r.id)).toContain('quiet-hours.us.pa');
    expect(answer.reasons.find((r) => r.id === 'send-window.holidays-unknown')?.text).toMatch(/quiet-hours\.us\.pa/);
  });

  it('AL: Sundays closed as best practice only (whether the rule binds non-carriers is disputed)', () => {
    expect(blockedBy('+12055550123', '2026-11-22T18:00:00Z')).toBe('quiet-hours.us.al');
    expect(marketing('+12055550123', '2026-11-22T18:00:00Z', { level: 'required' }).allowed).toBe(true);
  });

  it('NM: 9 a.m. start (Mountain), applied to texts at recommended level', () => {
    expect(blockedBy('+15055550123', '2026-11-23T15:30:00Z')).toBe('quiet-hours.us.nm'); // 08:30 MST
    expect(marketing('+15055550123', '2026-11-23T16:30:00Z').allowed).toBe(true); // 09:30 MST
    expect(marketing('+15055550123', '2026-11-23T15:30:00Z', { level: 'required' }).allowed).toBe(true);
  });

  it('a state without a stricter rule gets the federal rule only', () => {
    const ny = marketing('+12125550123', '2026-11-24T01:30:00Z'); // 20:30 EST in New York
    expect(ny.regions).toEqual(['US-NY']);
    expect(ny.allowed).toBe(true);
  });

  it('transactional texts are not covered by the state telemarketing hours', () => {
    expect(sendWindow({ to: '+13055550123', useCase: 'transactional', at: '2026-11-24T03:30:00Z' }).allowed).toBe(true);
  });
});

describe('the checklist names every state rule for US marketing', () => {
  it('lists the state quiet-hours items with their statute', () => {
    const items = complianceChecklist({ country: 'US', useCase: 'marketing' }).items.filter((i) => i.id.startsWith('quiet-hours.us.'));
    const ids = items.map((i) => i.id);
    for (const state of ['fl', 'ok', 'md', 'wa', 'tx', 'ct', 'or', 'la', 'ma', 'ms', 'ri', 'ut', 'pa', 'al']) expect(ids).toContain(`quiet-hours.us.${state}`);
    expect(items.find((i) => i.id === 'quiet-hours.us.fl')!.text).toMatch(/501\.616/);
  });

  it('keeps only the state of a US number\'s area code', () => {
    const ids = complianceChecklist({ to: '+13055550123', useCase: 'marketing' }).items.map((i) => i.id).filter((id) => id.startsWith('quiet-hours.us.'));
    expect(ids.sort()).toEqual(['quiet-hours.us.fl', 'quiet-hours.us.telephone-solicitation']);
    const caps = complianceChecklist({ to: '+13055550123', useCase: 'marketing' }).items.map((i) => i.id).filter((id) => id.startsWith('frequency.'));
    expect(caps).toEqual(['frequency.us.fl']);
  });

  it('lists the 3-in-24-hours caps of FL, OK, MD and OR, each from its effective date', () => {
    const ids = (at: string) => complianceChecklist({ country: 'US', useCase: 'marketing', at }).items.map((i) => i.id).filter((id) => id.startsWith('frequency.us.'));
    expect(ids('2026-11-23')).toEqual(['frequency.us.fl', 'frequency.us.ok', 'frequency.us.md', 'frequency.us.or']);
    expect(ids('2025-06-01')).toEqual(['frequency.us.fl', 'frequency.us.ok', 'frequency.us.md']);
    expect(complianceChecklist({ country: 'US', useCase: 'otp' }).items.some((i) => i.id.startsWith('frequency.'))).toBe(false);
  });
});
