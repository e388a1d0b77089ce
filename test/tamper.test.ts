// Nobody can change an answer from outside: not by editing a row, not by
// editing a returned object, not by adding properties to Object.prototype.
import { afterEach, describe, expect, it } from 'vitest';
import * as core from '../src/core';
import * as main from '../src/index';
import * as rules from '../src/rules/index';

const AT = '2026-11-23T12:00:00Z';

/** One call of each function, for a few countries. */
function answers(): unknown[] {
  const out: unknown[] = [];
  for (const country of ['US', 'FR', 'KE', 'IN', 'GB'] as const) {
    out.push(main.classifyTraffic({ country, origin: 'agent', useCase: 'customer-care', at: AT }));
    out.push(main.classifyTraffic({ country, origin: 'application', unregisteredLongCode: true, at: AT }));
    out.push(main.recommendSender({ country, useCase: 'marketing', twoWay: true, at: AT }));
    out.push(main.recommendSender({ country, useCase: 'otp', messagesPerDay: 5000, launchWithinDays: 20, at: AT }));
    out.push(main.complianceChecklist({ country, useCase: 'marketing', senderType: 'short-code', at: AT }));
    out.push(main.sendWindow({ country, useCase: 'marketing', at: AT }));
    out.push(main.getCountryRules(country));
    out.push(main.listChanges(country, { from: '2020-01-01' }));
    out.push(main.classifyReply({ country, text: 'STOP', at: AT }));
    out.push(main.classifyReply({ country, text: 'Stop texting me please', at: AT }));
    out.push(main.checkMessage({ country, useCase: 'marketing', text: 'Acme: 20% off CBD! bit.ly/x {{name}}', brand: 'Acme', at: AT }));
    out.push(main.preflight({ country, useCase: 'marketing', origin: 'application', consent: 'express', text: 'Acme: sale', at: AT }));
    out.push(main.recommendSender({ country, useCase: 'conversational', origin: 'proxy', twoWay: true, at: AT }));
  }
  out.push(main.sendWindow({ to: '+13055550123', useCase: 'marketing', at: AT }));
  out.push(main.checkMessage({ country: 'KR', useCase: 'marketing', text: '[광고] 세일', at: AT }));
  out.push(main.checkMessage({ country: 'IN', useCase: 'otp', text: 'Your OTP is 1234', templates: ['Your OTP is {#var#}'], at: AT }));
  out.push(main.preflight({ to: '+12125550100', useCase: 'reminder', origin: 'application', sender: { type: 'local-long-code', registered: false }, at: AT }));
  return out;
}

const snapshot = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** Tries to change every object and array reachable from `x`; returns how many changes took. */
function vandalise(x: unknown, seen = new Set<unknown>()): number {
  if (x === null || typeof x !== 'object' || seen.has(x)) return 0;
  seen.add(x);
  let changed = 0;
  const attempt = (fn: () => void): void => {
    try {
      fn();
      changed++;
    } catch {
      // frozen: the change did not take
    }
  };
  if (Array.isArray(x)) {
    for (const item of x) changed += vandalise(item, seen);
    attempt(() => x.push({ title: 'injected', reviewed: '2026-01-01' }));
    return changed;
  }
  const o = x as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    changed += vandalise(v, seen);
    if (typeof v === 'string') attempt(() => void (o[k] = `${v} (edited)`));
    else if (typeof v === 'number') attempt(() => void (o[k] = v + 1));
    else if (typeof v === 'boolean') attempt(() => void (o[k] = !v));
  }
  attempt(() => void (o.effectiveUntil = '2000-01-01'));
  return changed;
}

describe('answers nobody can change from outside', () => {
  it('the shipped rows are deeply frozen', () => {
    const frozen = (x: unknown, seen = new Set<unknown>()): boolean => {
      if (x === null || typeof x !== 'object' || seen.has(x)) return true;
      seen.add(x);
      return Object.isFrozen(x) && Object.values(x).every((v) => frozen(v, seen));
    };
    for (const row of rules.ALL_COUNTRIES) expect(frozen(row), row.country).toBe(true);
    expect(frozen(main.getCountryRules('US'))).toBe(true);
    expect(() => {
      (rules.US.senders['short-code'] as { supported: unknown }).supported = { value: false, sources: [] };
    }).toThrow(TypeError);
  });

  it('editing returned objects changes no later answer', () => {
    const before = snapshot(answers());
    for (const answer of answers()) vandalise(answer);
    expect(snapshot(answers())).toEqual(before);
  });

  it('a table from createTable cannot be changed through the rows it was given', () => {
    const fr = JSON.parse(JSON.stringify(rules.FR)) as typeof rules.FR;
    const table = core.createTable([fr]);
    const before = snapshot(core.complianceChecklist({ country: 'FR', useCase: 'marketing', at: AT }, table));
    vandalise(fr);
    expect(snapshot(core.complianceChecklist({ country: 'FR', useCase: 'marketing', at: AT }, table))).toEqual(before);
  });
});

describe('answers that properties on Object.prototype do not change', () => {
  // Every optional field of the schema and the inputs, fields the engine's own
  // objects may leave out, region codes, and the options libphonenumber-js
  // takes from sendright. (libphonenumber-js's internal flags, such as v2, are
  // its own affair.)
  const KEYS = [
    'value', 'id', 'text', 'name', 'kind', 'category', 'type', 'code', 'days', 'start', 'end', 'allowed', 'timeBasis', 'publicHolidays', 'zone',
    'registration', 'supported', 'throughput', 'quietHours', 'holidays', 'forSenderType', 'senderKinds', 'extract', 'defaultCallingCode',
    'effectiveFrom', 'effectiveUntil', 'note', 'sources', 'programme', 'regions', 'senderTypes', 'useCases', 'categories', 'tiers', 'limits',
    'leadTime', 'messagesPerDay', 'regional', 'easterOffset', 'month', 'day', 'excluded', 'oneWayOnly', 'to', 'country', 'defaultCountry', 'at',
    'useCase', 'origin', 'senderType', 'timeZone', 'region', 'businessHours', 'level', 'twoWay', 'automated', 'unregisteredLongCode',
    'messagesPerMinute', 'uniqueRecipientsPerDay', 'recipientsPerSend', 'brandDisplay', 'launchWithinDays', 'messagesPerSecond', 'resolvePhone',
    'from', 'FR', 'US', 'KE', 'e164', 'url', 'status',
    'means', 'scope', 'honourWithinBusinessDays', 'numberPrefix', 'restriction', 'networks', 'span', 'brand', 'templates', 'maxSegments',
    'sender', 'consent', 'registered', 'optInKeywords', 'revocation', 'check', 'offers', 'traffic', 'message', 'needs', 'ok', 'fix', 'certainty',
  ];
  const VALUES: unknown[] = ['2000-01-01', 'injected', ['US-FL'], 7, true, { value: false, sources: [] }];
  const proto = Object.prototype as Record<string, unknown>;

  afterEach(() => {
    for (const key of KEYS) delete proto[key];
  });

  it.each(VALUES.map((v) => [JSON.stringify(v), v] as const))('with every key set to %s', (_label, value) => {
    const before = snapshot(answers());
    for (const key of KEYS) proto[key] = value;
    let after: unknown;
    try {
      after = snapshot(answers());
    } finally {
      for (const key of KEYS) delete proto[key];
    }
    expect(after).toEqual(before);
  });
});
