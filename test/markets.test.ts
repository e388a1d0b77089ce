/**
 * One test per researched market: the answers a reviewer would check first,
 * read through the public functions.
 */
import { describe, expect, it } from 'vitest';
import { classifyTraffic, complianceChecklist, recommendSender } from '../src/index';
import type { ExclusionCode, RegionCode, SenderType } from '../src/index';

const AT = '2026-11-23T12:00:00Z';

interface Expectation {
  /** classifyTraffic for an agent chat through a platform. */
  agentChat: 'A2P' | 'P2P';
  /** Sender types that must be excluded for OTP, with the code. */
  excluded?: Partial<Record<SenderType, ExclusionCode>>;
  /** Sender types the operators accept only with limits: options for OTP, with their restriction, below every unrestricted option. */
  restricted?: SenderType[];
  /** Registration the alphanumeric option needs for OTP, if offered. */
  alphanumeric?: 'none' | 'required' | 'recommended';
  /** Checklist ids that marketing must include. */
  marketingItems: string[];
}

const MARKETS: Partial<Record<RegionCode, Expectation>> = {
  US: { agentChat: 'A2P', excluded: { alphanumeric: 'not-supported', 'international-long-code': 'not-supported' }, marketingItems: ['consent.express-written', 'registration.us.10dlc', 'quiet-hours.us.telephone-solicitation'] },
  CA: { agentChat: 'A2P', excluded: { alphanumeric: 'not-supported' }, restricted: ['local-long-code'], marketingItems: ['consent.express', 'registration.ca.short-code'] },
  GB: { agentChat: 'P2P', alphanumeric: 'none', marketingItems: ['consent.implied-or-express', 'data-protection.laws'] },
  FR: { agentChat: 'A2P', restricted: ['local-long-code'], alphanumeric: 'required', marketingItems: ['quiet-hours.fr.marketing', 'optout.fr.stop-short-code'] },
  DE: { agentChat: 'P2P', alphanumeric: 'none', marketingItems: ['consent.implied-or-express', 'consent.de.double-opt-in'] },
  ES: { agentChat: 'P2P', alphanumeric: 'required', marketingItems: ['registration.es.cnmc-alias-registry'] },
  IT: { agentChat: 'P2P', alphanumeric: 'required', marketingItems: ['consent.express', 'quiet-hours.it.marketing', 'registration.it.agcom-alias'] },
  NL: { agentChat: 'A2P', alphanumeric: 'none', marketingItems: ['consent.implied-or-express'] },
  IN: { agentChat: 'A2P', excluded: { 'local-long-code': 'not-supported' }, alphanumeric: 'required', marketingItems: ['registration.in.dlt', 'quiet-hours.in.promotional'] },
  BR: { agentChat: 'P2P', restricted: ['local-long-code'], marketingItems: ['quiet-hours.br.marketing', 'registration.br.sender-id'] },
  MX: { agentChat: 'A2P', restricted: ['local-long-code'], marketingItems: ['consent.opt-out', 'consent.mx.operator-opt-in', 'quiet-hours.mx.marketing'] },
  AU: { agentChat: 'P2P', alphanumeric: 'required', marketingItems: ['registration.au.sender-id-register', 'identification.au.sender-details'] },
  SG: { agentChat: 'P2P', alphanumeric: 'required', marketingItems: ['registration.sg.ssir', 'consent.sg.dnc-check'] },
  JP: { agentChat: 'P2P', alphanumeric: 'none', marketingItems: ['consent.implied-or-express', 'identification.jp.sender-name'] },
  AE: { agentChat: 'A2P', excluded: { 'local-long-code': 'not-supported' }, alphanumeric: 'required', marketingItems: ['consent.express-written', 'quiet-hours.ae.marketing', 'registration.ae.sender-id'] },
  SA: { agentChat: 'A2P', excluded: { 'short-code': 'not-supported' }, alphanumeric: 'required', marketingItems: ['quiet-hours.sa.marketing', 'registration.sa.sender-id'] },
  ZA: { agentChat: 'P2P', excluded: { alphanumeric: 'not-supported' }, marketingItems: ['quiet-hours.za.marketing'] },
  NG: { agentChat: 'P2P', alphanumeric: 'required', marketingItems: ['quiet-hours.ng.marketing', 'registration.ng.sender-id', 'consent.ng.dnd-2442'] },
  PH: { agentChat: 'A2P', restricted: ['local-long-code'], marketingItems: ['quiet-hours.ph.broadcast', 'registration.ph.sender-id'] },
  ID: { agentChat: 'P2P', alphanumeric: 'required', marketingItems: ['registration.id.sender-id'] },
};

describe.each(Object.entries(MARKETS) as [RegionCode, Expectation][])('%s', (country, expected) => {
  it('classifies an agent chat through a platform', () => {
    expect(classifyTraffic({ country, origin: 'agent', useCase: 'customer-care', at: AT }).traffic).toBe(expected.agentChat);
  });

  it('recommends senders for OTP with the expected exclusions', () => {
    const r = recommendSender({ country, useCase: 'otp', at: AT });
    expect(r.status).toBe('researched');
    for (const [type, code] of Object.entries(expected.excluded ?? {})) {
      expect(r.excluded.find((e) => e.type === type)?.code, type).toBe(code);
    }
    const firstRestricted = r.options.findIndex((o) => o.restriction !== undefined);
    for (const type of expected.restricted ?? []) {
      const at = r.options.findIndex((o) => o.type === type);
      expect(at, type).toBeGreaterThanOrEqual(0);
      expect(r.options[at]!.restriction?.text.length, type).toBeGreaterThan(0);
      expect(at, type).toBeGreaterThanOrEqual(firstRestricted);
    }
    // Every option with limits comes after every option without.
    if (firstRestricted >= 0) expect(r.options.slice(firstRestricted).every((o) => o.restriction !== undefined)).toBe(true);
    if (expected.alphanumeric) {
      expect(r.options.find((o) => o.type === 'alphanumeric')?.registration).toBe(expected.alphanumeric);
    }
    for (const option of r.options) expect(option.reasons.length).toBeGreaterThan(0);
  });

  it('lists the marketing duties', () => {
    const ids = complianceChecklist({ country, useCase: 'marketing', at: AT }).items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining(expected.marketingItems));
  });
});
