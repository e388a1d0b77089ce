// The research policy (docs/research-policy.md) as the schema check and the
// engine apply it: source kinds, restricted senders, provider offers, and the
// contradictions a row may not carry.
import { describe, expect, it } from 'vitest';
import { falseOnOffers } from '../scripts/coverage';
import { complianceChecklist, createTable, recommendSender } from '../src/core';
import * as sendright from '../src/index';
import { ALL_COUNTRIES } from '../src/rules/countries/index';
import { S_AWS_AFRICA } from '../src/rules/sources';
import type { CountryRules, RuleSource, SenderKind, SenderRules } from '../src/rules/types';
import { validateRules } from '../src/vitest/validateRules';

const DAY = '2026-12-06';
const KINDS = ['law', 'regulator', 'carrier', 'provider', 'secondary'];
const base = ALL_COUNTRIES.find((r) => r.country === 'AO')!;
const CARRIER: RuleSource = { title: 'An operator page for the test', url: 'https://operator.example/sms', kind: 'carrier', reviewed: DAY };
const PROVIDER: RuleSource = { title: 'A provider page for the test', url: 'https://provider.example/ao', kind: 'provider', reviewed: DAY };
const DIGEST: RuleSource = { title: 'A digest page for the test', url: 'https://digest.example/ao', kind: 'secondary', reviewed: DAY };

/** AO with one sender row replaced. */
function withSender(kind: SenderKind, patch: Partial<SenderRules>): CountryRules {
  return { ...base, senders: { ...base.senders, [kind]: { ...base.senders[kind], ...patch } } };
}
const problems = (row: CountryRules): string[] => validateRules(row, DAY);

describe('the schema check enforces the research policy', () => {
  it('accepts the row it starts from', () => {
    expect(problems(base)).toEqual([]);
  });

  it('rejects a source without a kind, with an unknown kind, or with a page date after the review', () => {
    const { kind: _, ...noKind } = CARRIER;
    expect(problems(withSender('short-code', { supported: { value: true, sources: [noKind as RuleSource] } })).join()).toMatch(/source kind must be one of/);
    expect(problems(withSender('short-code', { supported: { value: true, sources: [{ ...CARRIER, kind: 'blog' as never }] } })).join()).toMatch(/source kind/);
    expect(problems(withSender('short-code', { supported: { value: true, sources: [{ ...CARRIER, updated: '2099-01-01' }] } })).join()).toMatch(/updated in the future/);
  });

  it('rejects a sender that is not supported yet two-way, with a throughput, a lead time or a programme', () => {
    const no = { value: false, sources: [CARRIER] } as const;
    expect(problems(withSender('short-code', { supported: no, twoWay: { value: true, sources: [CARRIER] } })).join()).toMatch(/not supported, yet twoWay/);
    expect(problems(withSender('short-code', { supported: no, throughput: { value: { messagesPerSecond: 10, text: 'ten a second' }, sources: [CARRIER] } })).join()).toMatch(/not supported, yet throughput/);
    expect(problems(withSender('short-code', { supported: no, leadTime: { value: { minDays: 1, maxDays: 2 }, sources: [CARRIER] } })).join()).toMatch(/not supported, yet leadTime/);
    const programme = { ...withSender('short-code', { supported: no, programme: 'ao.test' }), registrations: [{ id: 'ao.test', name: 'A test programme', senderKinds: ['short-code'], level: 'required', text: 'Register first.', sources: [CARRIER] }] } as CountryRules;
    expect(problems(programme).join()).toMatch(/not supported, yet a registration programme/);
    // The same values on a supported sender are fine.
    expect(problems(withSender('short-code', { supported: { value: true, sources: [CARRIER] }, twoWay: { value: true, sources: [CARRIER] } }))).toEqual([]);
  });

  it('rejects a false that rests only on a secondary source, a product table or a provider-offer statement', () => {
    const only = /a false resting only on provider-offer statements or secondary sources/;
    expect(problems(withSender('short-code', { supported: { value: false, sources: [DIGEST] } })).join()).toMatch(only);
    expect(problems(withSender('short-code', { supported: { value: false, sources: [S_AWS_AFRICA] } })).join()).toMatch(only);
    expect(problems(withSender('short-code', { supported: { value: false, sources: [PROVIDER] }, offers: [{ provider: 'plivo', offered: false, sources: [PROVIDER] }] })).join()).toMatch(only);
    // A provider page about the operators (not cited as an offer), or a carrier, may establish it.
    expect(problems(withSender('short-code', { supported: { value: false, sources: [PROVIDER, DIGEST] } }))).toEqual([]);
    expect(problems(withSender('short-code', { supported: { value: false, sources: [CARRIER] }, offers: [{ provider: 'plivo', offered: false, sources: [PROVIDER] }] }))).toEqual([]);
  });

  it('rejects a required programme over a sender whose registration the row says is not required', () => {
    const programme = { id: 'ao.test', name: 'A test programme', senderKinds: ['short-code'], level: 'required', text: 'Register first.', sources: [CARRIER] } as const;
    const none = { ...withSender('short-code', { supported: { value: true, sources: [CARRIER] }, registration: { value: 'none', sources: [CARRIER] } }), registrations: [programme] } as CountryRules;
    expect(problems(none).join()).toMatch(/registrations.ao.test: required, yet senders.short-code.registration says none/);
    expect(problems({ ...none, registrations: [{ ...programme, level: 'recommended' }] } as CountryRules)).toEqual([]);
    // Dated: a programme that starts when the row's 'none' ends does not contradict it.
    const dated = { ...withSender('short-code', { supported: { value: true, sources: [CARRIER] }, registration: [{ value: 'none', sources: [CARRIER], effectiveUntil: '2027-01-01' }, { value: 'required', sources: [CARRIER], effectiveFrom: '2027-01-01' }] }), registrations: [{ ...programme, effectiveFrom: '2027-01-01' }] } as CountryRules;
    expect(problems(dated)).toEqual([]);
  });

  it('a restricted sender needs its restriction, and a restriction needs a restricted sender', () => {
    const restricted = { value: 'restricted', sources: [PROVIDER] } as const;
    const restriction = { networks: ['Unitel'], text: 'Only one network shows the ID.', sources: [PROVIDER] } as const;
    expect(problems(withSender('short-code', { supported: restricted })).join()).toMatch(/a restricted sender needs a restriction/);
    expect(problems(withSender('short-code', { supported: { value: true, sources: [PROVIDER] }, restriction })).join()).toMatch(/without a restricted support value/);
    expect(problems(withSender('short-code', { supported: restricted, restriction }))).toEqual([]);
    expect(problems(withSender('short-code', { supported: restricted, restriction: { ...restriction, sources: [] as never } })).join()).toMatch(/at least one source/);
  });

  it('checks offers and message checks', () => {
    expect(problems(withSender('short-code', { offers: [{ provider: 'acme' as never, offered: true, sources: [PROVIDER] }] })).join()).toMatch(/unexpected value "acme"/);
    expect(problems(withSender('short-code', { offers: [{ provider: 'aws', offered: true, sources: [PROVIDER] }, { provider: 'aws', offered: false, sources: [PROVIDER] }] })).join()).toMatch(/one entry per provider/);
    expect(problems(withSender('short-code', { offers: [{ provider: 'bird', offered: true, sources: [DIGEST] }] })).join()).toMatch(/an offer must cite the provider's own page/);
    expect(problems(withSender('short-code', { offers: [{ provider: 'bird', offered: true, sources: [DIGEST, PROVIDER] }] }))).toEqual([]);
    const duty = { id: 'identification.ao.test', category: 'identification', level: 'required', text: 'Start with the marker.', sources: [CARRIER] } as const;
    expect(problems({ ...base, obligations: [{ ...duty, check: { kind: 'starts-with', text: '(AD)' } }] })).toEqual([]);
    expect(problems({ ...base, obligations: [{ ...duty, check: { kind: 'starts-with', text: '' } }] }).join()).toMatch(/expected text/);
    expect(problems({ ...base, obligations: [{ ...duty, check: { kind: 'registered-template', programme: 'ao.none' } }] }).join()).toMatch(/no registration programme ao.none/);
    expect(problems({ ...base, obligations: [{ ...duty, check: { kind: 'shout' } as never }] }).join()).toMatch(/unexpected value "shout"/);
  });

  it('every source in the shipped table has a kind, and no false rests on provider offers', () => {
    for (const row of ALL_COUNTRIES) {
      for (const kind of Object.keys(row.senders) as SenderKind[]) {
        const s = row.senders[kind];
        for (const f of Array.isArray(s.supported) ? s.supported : [s.supported]) expect(falseOnOffers(f, s.offers), `${row.country} ${kind}`).toBe(false);
      }
      for (const source of row.consulted ?? []) expect(KINDS).toContain(source.kind);
    }
  });
});

describe('recommendSender and complianceChecklist apply it', () => {
  const restriction = { networks: ['Unitel'], text: 'Only Unitel delivers it; other networks drop it.', sources: [PROVIDER] } as const;
  const row = withSender('short-code', {
    supported: { value: 'restricted', sources: [PROVIDER] },
    restriction,
    registration: { value: 'none', sources: [PROVIDER] },
    offers: [
      { provider: 'twilio', offered: true, twoWay: true, sources: [PROVIDER] },
      { provider: 'vonage', offered: true, twoWay: false, sources: [PROVIDER] },
      { provider: 'aws', offered: false, sources: [S_AWS_AFRICA] },
    ],
  });
  const table = createTable([row]);

  it('keeps a restricted sender among the options, below every sender without limits, with its risk', () => {
    const r = recommendSender({ country: 'AO', useCase: 'otp' }, table);
    const types = r.options.map((o) => o.type);
    expect(types).toContain('short-code');
    expect(types.at(-1)).toBe('short-code');
    expect(types.length).toBeGreaterThan(1);
    const option = r.options.find((o) => o.type === 'short-code')!;
    expect(option.restriction).toEqual({ networks: ['Unitel'], text: restriction.text });
    const why = option.reasons.find((x) => x.id === 'sender.short-code.restricted')!;
    expect(why.text).toContain('Unitel');
    expect(why.sources).toContain(PROVIDER);
    // Unrestricted, the same sender outranks the others: no registration is the best score.
    const plain = recommendSender({ country: 'AO', useCase: 'otp' }, createTable([withSender('short-code', { supported: { value: true, sources: [PROVIDER] }, registration: { value: 'none', sources: [PROVIDER] } })]));
    expect(plain.options[0]!.type).toBe('short-code');
    expect(plain.options[0]!.restriction).toBeUndefined();
  });

  it('ranks a restricted value with limits even when a caller\'s own row gives no restriction', () => {
    const bare = createTable([withSender('short-code', { supported: { value: 'restricted', sources: [PROVIDER] }, registration: { value: 'none', sources: [PROVIDER] } })]);
    const r = recommendSender({ country: 'AO', useCase: 'otp' }, bare);
    expect(r.options.at(-1)?.type).toBe('short-code');
    expect(r.options.at(-1)?.restriction?.text).toMatch(/only with limits/);
  });

  it('lists the providers that sell an option, and only those not known to be one-way when replies are needed', () => {
    const oneWay = recommendSender({ country: 'AO', useCase: 'otp' }, table).options.find((o) => o.type === 'short-code')!;
    expect(oneWay.providers).toEqual(['twilio', 'vonage']);
    expect(oneWay.reasons.find((x) => x.id === 'sender.short-code.providers')?.text).toBe('Sold here by Twilio, Vonage.');
    const twoWay = recommendSender({ country: 'AO', useCase: 'otp', twoWay: true }, table).options.find((o) => o.type === 'short-code');
    // The short code's two-way fact is unknown in AO, so it stays an option; Vonage sells a one-way one.
    expect(twoWay?.providers).toEqual(['twilio']);
  });

  it('says which providers do not sell a sender whose support is unknown, as a fact about them', () => {
    const unknown = createTable([withSender('short-code', { supported: { value: 'unknown' }, offers: [{ provider: 'aws', offered: false, sources: [S_AWS_AFRICA] }] })]);
    const excluded = recommendSender({ country: 'AO', useCase: 'otp' }, unknown).excluded.find((e) => e.type === 'short-code')!;
    expect(excluded.code).toBe('unknown');
    expect(excluded.text).toContain('Not sold here by AWS (a fact about that provider, not about the operators).');
    expect(excluded.sources).toContain(S_AWS_AFRICA);
  });

  it('every source a real answer cites carries its kind', () => {
    for (const country of ['US', 'FR', 'IN', 'KR', 'BR']) {
      const r = sendright.recommendSender({ country: country as 'US', useCase: 'marketing' });
      const c = sendright.complianceChecklist({ country: country as 'US', useCase: 'marketing' });
      const cited = [...r.options.flatMap((o) => o.reasons), ...r.reasons, ...c.items, ...c.reasons].flatMap((x) => x.sources);
      expect(cited.length).toBeGreaterThan(0);
      for (const s of cited) expect(KINDS, `${country}: ${s.title}`).toContain(s.kind);
    }
  });

  it('a checklist item carries the message check of its duty', () => {
    const duty = { id: 'identification.ao.prefix', category: 'identification', level: 'required', text: 'Start advertising with the marker.', useCases: ['marketing'], check: { kind: 'starts-with', text: '(PUB)' }, sources: [CARRIER] } as const;
    const c = complianceChecklist({ country: 'AO', useCase: 'marketing' }, createTable([{ ...base, obligations: [duty] }]));
    expect(c.items.find((i) => i.id === 'identification.ao.prefix')?.check).toEqual({ kind: 'starts-with', text: '(PUB)' });
  });
});
