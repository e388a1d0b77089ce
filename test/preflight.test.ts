// preflight: each verdict, per country; the three verdicts for one recipient at
// three instants; P2P masked-number conversations; what is assumed, skipped or unknown.
import { describe, expect, it } from 'vitest';
import { classifyTraffic, isSendrightError, preflight, recommendSender } from '../src/index';
import type { PreflightInput } from '../src/index';
import { createTable, preflight as preflightCore } from '../src/core';
import * as rules from '../src/rules/table/index';
import type { CountryRules } from '../src/rules/types';

const ids = (r: { problems: readonly { id: string }[] }): string[] => r.problems.map((p) => p.id);

describe('block: a required rule is broken and waiting will not fix it', () => {
  it.each([
    ['US', 'alphanumeric'],
    ['CA', 'alphanumeric'],
  ] as const)('an alphanumeric sender to %s', (country, type) => {
    const r = preflight({ country, useCase: 'otp', origin: 'application', sender: { type }, at: '2026-12-08T16:00:00Z' });
    expect(r.verdict).toBe('block');
    const p = r.problems.find((x) => x.code === 'sender-not-accepted');
    expect(p?.level).toBe('required');
    expect(p?.fix).toMatch(/instead/);
    expect(p?.sources.length).toBeGreaterThan(0);
  });

  it('A2P on an unregistered US long code', () => {
    const r = preflight({ to: '+12125550100', useCase: 'reminder', origin: 'application', sender: { type: 'local-long-code', registered: false }, at: '2026-12-08T16:00:00Z' });
    expect(r.verdict).toBe('block');
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['registration-missing', 'p2p-route']));
    expect(r.problems.find((p) => p.code === 'registration-missing')?.fix).toMatch(/10DLC/);
    expect(r.traffic.flags).toContain('a2p-over-p2p-route');
  });

  it('marketing without the consent the country requires', () => {
    const input: PreflightInput = { to: '+14155552671', useCase: 'marketing', origin: 'application', sender: { type: 'short-code', registered: true }, at: '2026-12-08T18:00:00Z' };
    const weak = preflight({ ...input, consent: 'express' });
    expect(weak.verdict).toBe('block');
    expect(weak.problems[0]).toMatchObject({ id: 'consent.us.marketing', code: 'consent', level: 'required' });
    expect(weak.problems[0]?.fix).toMatch(/written consent/);
    expect(preflight({ ...input, consent: 'express-written' }).problems.map((p) => p.code)).not.toContain('consent');
    // In Canada, express consent is enough for marketing.
    expect(preflight({ country: 'CA', useCase: 'marketing', origin: 'application', consent: 'express', at: '2026-12-08T18:00:00Z' }).problems.map((p) => p.code)).not.toContain('consent');
    expect(preflight({ country: 'CA', useCase: 'marketing', origin: 'application', consent: 'none', at: '2026-12-08T18:00:00Z' }).verdict).toBe('block');
  });

  it('a required message finding: Korean advertising without the exact (광고)', () => {
    const r = preflight({ country: 'KR', useCase: 'marketing', origin: 'application', at: '2026-12-08T03:00:00Z', brand: '가나다', text: '[광고] 가나다 봄 세일 문의 02-123-4567 무료수신거부 080-123-4567' });
    expect(r.verdict).toBe('block');
    expect(ids(r)).toContain('identification.kr.advertising-prefix');
    expect(r.problems.find((p) => p.id === 'identification.kr.advertising-prefix')?.fix).toBe('Replace "[광고]" with "(광고)", written exactly so.');
    expect(r.message?.findings.length).toBeGreaterThan(0);
  });

  it('a required message finding: prohibited content in the US, reported as likely', () => {
    const r = preflight({ to: '+14155552671', useCase: 'marketing', origin: 'application', sender: { type: 'short-code', registered: true }, consent: 'express-written', at: '2026-12-08T18:00:00Z', brand: 'Acme', text: 'Acme: 20% off CBD gummies. Reply STOP to opt out.' });
    expect(r.verdict).toBe('block');
    const p = r.problems.find((x) => x.id === 'content.us.cannabis');
    expect(p?.text).toMatch(/likely/);
  });

  it('a required registration the caller says is missing', () => {
    const r = preflight({ country: 'IN', useCase: 'otp', origin: 'application', sender: { type: 'alphanumeric', registered: false }, at: '2026-12-08T06:00:00Z' });
    expect(r.verdict).toBe('block');
    expect(r.problems.map((p) => p.code)).toContain('registration-missing');
  });
});

describe('hold: only time stands in the way', () => {
  it('a French marketing text late at night waits for the morning', () => {
    const r = preflight({ to: '+33612345678', useCase: 'marketing', origin: 'application', sender: { type: 'short-code', registered: true }, consent: 'express', at: '2026-12-07T22:30:00Z' });
    expect(r.verdict).toBe('hold');
    expect(r.nextAllowedAt).toBe('2026-12-08T07:00:00.000Z');
    expect(r.problems.map((p) => [p.code, p.level])).toEqual([['quiet-hours', 'required']]);
    expect(r.problems[0]?.fix).toBe('Send at 2026-12-08T07:00:00.000Z or later.');
  });

  it('a US marketing text before 8 a.m. in the recipient\'s zone', () => {
    const r = preflight({ to: '+14155552671', useCase: 'marketing', origin: 'application', sender: { type: 'short-code', registered: true }, consent: 'express-written', at: '2026-12-08T13:00:00Z' });
    expect(r.verdict).toBe('hold');
    expect(r.nextAllowedAt).toBe('2026-12-08T16:00:00.000Z');
  });

  it('a blocking problem wins over time: block, with no nextAllowedAt', () => {
    const r = preflight({ to: '+33612345678', useCase: 'marketing', origin: 'application', sender: { type: 'short-code', registered: true }, consent: 'none', at: '2026-12-07T22:30:00Z' });
    expect(r.verdict).toBe('block');
    expect(r.nextAllowedAt).toBeNull();
    expect(r.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['consent', 'quiet-hours']));
  });
});

describe('send: nothing required is broken', () => {
  it.each([
    ['US', { to: '+14155552671', useCase: 'otp', sender: { type: 'toll-free', registered: true }, text: 'Acme: your code is 123456. Reply STOP to opt out.' }],
    ['FR', { to: '+33612345678', useCase: 'marketing', sender: { type: 'short-code', registered: true }, consent: 'express', text: 'Promo -20% chez Acme ce week-end ! STOP au 36180' }],
    ['GB', { country: 'GB', useCase: 'otp', sender: { type: 'alphanumeric' }, text: 'Acme: your code is 123456' }],
    ['DE', { country: 'DE', useCase: 'notification', sender: { type: 'alphanumeric' }, text: 'Acme: Ihr Paket ist unterwegs.' }],
  ] as const)('%s', (_, extra) => {
    const r = preflight({ origin: 'application', brand: 'Acme', at: '2026-12-08T16:00:00Z', ...extra } as PreflightInput);
    expect(r.verdict).toBe('send');
    expect(r.problems.filter((p) => p.level === 'required')).toEqual([]);
    expect(r.reasons[0]?.id).toBe('preflight.send');
  });

  it('recommended problems are still listed with a send', () => {
    const r = preflight({ to: '+14155552671', useCase: 'otp', origin: 'application', sender: { type: 'toll-free', registered: true }, at: '2026-12-08T16:00:00Z', text: 'Your code is 123456', brand: 'Acme' });
    expect(r.verdict).toBe('send');
    expect(r.problems.map((p) => p.level)).toContain('recommended');
  });
});

describe('three verdicts for one recipient at three instants', () => {
  // A French row whose unregistered sender names stop being accepted on a day:
  // the engine's answer at three instants, whatever the shipped data says.
  const fr = JSON.parse(JSON.stringify(rules.FR)) as { senders: Record<string, Record<string, unknown>> };
  fr.senders['alphanumeric-dynamic']!.supported = [
    { value: true, sources: [{ title: 'A test source', url: 'https://example.com/a', kind: 'regulator', reviewed: '2026-12-01' }], effectiveUntil: '2027-03-01' },
    { value: false, sources: [{ title: 'A test source', url: 'https://example.com/b', kind: 'regulator', reviewed: '2026-12-01' }], effectiveFrom: '2027-03-01' },
  ];
  delete fr.senders['alphanumeric-dynamic']!.restriction;
  fr.senders['alphanumeric-preregistered']!.supported = { value: false, sources: [{ title: 'A test source', url: 'https://example.com/c', kind: 'regulator', reviewed: '2026-12-01' }] };
  const table = createTable([fr as unknown as CountryRules]);
  const at = (instant: string) => preflightCore({ country: 'FR', useCase: 'marketing', origin: 'application', sender: { type: 'alphanumeric', registered: true }, consent: 'express', at: instant }, table);

  it('send at 10:00 on a Tuesday, hold at 23:30, block once the sender is no longer accepted', () => {
    expect([at('2027-02-02T09:00:00Z').verdict, at('2027-02-02T22:30:00Z').verdict, at('2027-03-02T09:00:00Z').verdict]).toEqual(['send', 'hold', 'block']);
    expect(at('2027-02-02T22:30:00Z').nextAllowedAt).toBe('2027-02-03T07:00:00.000Z');
  });

  it('with the shipped data: a French number is send by day and hold at night; a Spanish one blocks once unregistered names are refused', () => {
    const fr0 = (instant: string) => preflight({ to: '+33612345678', useCase: 'marketing', origin: 'application', sender: { type: 'short-code', registered: true }, consent: 'express', at: instant }).verdict;
    expect([fr0('2026-12-08T09:00:00Z'), fr0('2026-12-08T22:30:00Z')]).toEqual(['send', 'hold']);
    const es = (instant: string) => preflight({ to: '+34612345678', useCase: 'otp', origin: 'application', sender: { type: 'alphanumeric', registered: false }, at: instant }).verdict;
    expect([es('2026-05-04T10:00:00Z'), es('2026-06-08T10:00:00Z')]).toEqual(['send', 'block']);
  });
});

describe('P2P: a masked-number conversation where the country allows it', () => {
  it.each(['BR', 'GB', 'DE', 'IT'] as const)('%s: local numbers first, with per-number limits; the traffic is P2P', (country) => {
    const rec = recommendSender({ country, useCase: 'conversational', origin: 'proxy', twoWay: true });
    expect(rec.traffic).toBe('P2P');
    const first = rec.options[0];
    expect(first?.type).toBe('local-long-code');
    expect(first?.twoWay).toBe(true);
    expect(first?.throughput).toMatchObject({ messagesPerDay: 1000 });
    expect(first?.reasons.map((r) => r.id)).toContain('sender.local-long-code.p2p');
    for (const o of rec.options.slice(1)) expect(o.reasons.map((r) => r.id)).toContain(`sender.${o.type}.a2p-only`);
    expect(classifyTraffic({ country, origin: 'proxy', useCase: 'conversational', twoWay: true }).traffic).toBe('P2P');
    const pf = preflight({ country, useCase: 'conversational', origin: 'proxy', twoWay: true, at: '2026-12-08T13:00:00Z' });
    expect([pf.verdict, pf.sender?.type, pf.sender?.assumed]).toEqual(['send', 'local-long-code', true]);
    expect(pf.reasons.map((r) => r.id)).toContain('preflight.unknown');
  });

  it('where operators refuse A2P on local numbers, the P2P route is limited to genuine conversation', () => {
    const rec = recommendSender({ country: 'NG', useCase: 'conversational', origin: 'proxy', twoWay: true });
    expect(rec.options[0]?.restriction?.text).toMatch(/genuine conversation/);
  });

  it('in the US the same conversation is A2P, and the senders are the A2P ones', () => {
    const rec = recommendSender({ country: 'US', useCase: 'conversational', origin: 'proxy', twoWay: true });
    expect(rec.traffic).toBe('A2P');
    expect(rec.options.map((o) => o.type)).toEqual(recommendSender({ country: 'US', useCase: 'conversational', twoWay: true }).options.map((o) => o.type));
  });

  it('every sender type is in exactly one of options and excluded, with or without origin', () => {
    for (const country of ['BR', 'NG', 'ID', 'US', 'GB'] as const) {
      const rec = recommendSender({ country, useCase: 'conversational', origin: 'proxy', twoWay: true });
      const types = [...rec.options.map((o) => o.type), ...rec.excluded.map((e) => e.type)].sort();
      expect(types).toEqual(['alphanumeric', 'international-long-code', 'local-long-code', 'short-code', 'toll-free']);
    }
  });
});

describe('what is assumed, skipped or unknown', () => {
  it('with no sender, the best recommended one is assumed and named', () => {
    const r = preflight({ country: 'US', useCase: 'otp', origin: 'application', at: '2026-12-08T16:00:00Z' });
    expect(r.sender).toMatchObject({ type: recommendSender({ country: 'US', useCase: 'otp', at: '2026-12-08T16:00:00Z' }).options[0]?.type, assumed: true });
    expect(r.reasons.map((x) => x.id)).toContain('preflight.sender-assumed');
  });

  it('with no text, the message checks are skipped and the answer says so', () => {
    const r = preflight({ country: 'US', useCase: 'otp', origin: 'application' });
    expect(r.message).toBeUndefined();
    expect(r.reasons.map((x) => x.id)).toContain('preflight.no-text');
    expect(r.reasons.map((x) => x.id)).toContain('preflight.consent-not-checked');
  });

  it('a sender whose support the sources leave open is never a silent send', () => {
    const tz = preflight({ country: 'TZ', useCase: 'otp', origin: 'application', sender: { type: 'short-code' }, at: '2026-12-08T09:00:00Z' });
    expect(tz.problems.map((p) => p.code)).toContain('sender-unknown');
    expect(tz.reasons.map((x) => x.id)).toContain('preflight.unknown');
  });

  it('rejects bad input with typed errors', () => {
    const code = (input: unknown): string | undefined => {
      try {
        preflight(input as PreflightInput);
      } catch (e) {
        return isSendrightError(e) ? e.code : 'not a SendrightError';
      }
      return undefined;
    };
    expect(code({ country: 'US', useCase: 'otp' })).toBe('INVALID_ORIGIN');
    expect(code({ country: 'US', origin: 'application' })).toBe('INVALID_USE_CASE');
    expect(code({ country: 'US', useCase: 'otp', origin: 'application', sender: 'short-code' })).toBe('INVALID_INPUT');
    expect(code({ country: 'US', useCase: 'otp', origin: 'application', sender: { type: 'pigeon' } })).toBe('INVALID_SENDER_TYPE');
    expect(code({ country: 'US', useCase: 'otp', origin: 'application', sender: { type: 'short-code', registered: 'yes' } })).toBe('INVALID_INPUT');
    expect(code({ country: 'US', useCase: 'otp', origin: 'application', consent: 'maybe' })).toBe('INVALID_INPUT');
    expect(code({ country: 'US', useCase: 'otp', origin: 'application', text: 42 })).toBe('INVALID_INPUT');
    expect(code({ useCase: 'otp', origin: 'application' })).toBe('MISSING_DESTINATION');
  });
});
