// US and Canadian sending programmes: A2P 10DLC campaign use cases, brand types and carrier
// limits, toll-free and short-code trade-offs, unregistered long codes, and Canadian rules.
import { describe, expect, it } from 'vitest';
import { classifyTraffic, complianceChecklist, getCountryRules, recommendSender } from '../src/index';
import type { UseCase } from '../src/index';
import { validateRules } from '../src/vitest/validateRules';

const AT = '2026-11-23T15:00:00Z';
const ALL_USE_CASES: UseCase[] = ['otp', 'transactional', 'notification', 'reminder', 'alert', 'customer-care', 'conversational', 'chatbot', 'marketing', 'polling', 'charity', 'political', 'emergency', 'mixed'];
const tenDlc = () => getCountryRules('US').registrations.find((p) => p.id === 'us.10dlc')!;
const option = (r: ReturnType<typeof recommendSender>, type: string) => r.options.find((o) => o.type === type);
const reasonIds = (r: ReturnType<typeof recommendSender>, type: string) => option(r, type)?.reasons.map((x) => x.id) ?? [];

describe('A2P 10DLC campaign use cases', () => {
  it('every sendright use case maps to at least one 10DLC category', () => {
    const categories = tenDlc().categories ?? [];
    for (const useCase of ALL_USE_CASES) {
      expect(categories.some((c) => c.useCases.includes(useCase)), useCase).toBe(true);
    }
  });

  it('an OTP sender is told to register a 2FA campaign, with the reason cited', () => {
    const r = recommendSender({ country: 'US', useCase: 'otp', at: AT });
    const longCode = option(r, 'local-long-code')!;
    expect(longCode.programmes).toEqual([{ id: 'us.10dlc', name: expect.any(String), categories: [{ id: 'us.10dlc.2fa', name: '2FA', kind: 'standard' }] }]);
    const why = longCode.reasons.find((x) => x.id === 'sender.local-long-code.category')!;
    expect(why.text).toContain("'2FA'");
    expect(why.sources.length).toBeGreaterThan(0);
    // Toll-free verification has no campaign categories encoded: no category list on that option.
    expect(option(r, 'toll-free')!.programmes[0]).not.toHaveProperty('categories');
  });

  it('political traffic goes under the special Political use case and needs Campaign Verify for 527 organisations', () => {
    const r = recommendSender({ country: 'US', useCase: 'political', at: AT });
    const longCode = option(r, 'local-long-code')!;
    expect(longCode.programmes[0]!.categories).toEqual([{ id: 'us.10dlc.political', name: 'Political', kind: 'special' }]);
    expect(longCode.reasons.find((x) => x.id === 'sender.local-long-code.category')!.text).toMatch(/special use case.*Campaign Verify/);
  });

  it('alerts fit two categories and the reason names both', () => {
    const r = recommendSender({ country: 'US', useCase: 'alert', at: AT });
    const names = option(r, 'local-long-code')!.programmes[0]!.categories!.map((c) => c.name);
    expect(names).toEqual(['Fraud Alert Messaging', 'Security Alert']);
  });

  it('the checklist names the campaign use case for a 10DLC sender, and only for it', () => {
    const onLongCode = complianceChecklist({ country: 'US', useCase: 'political', senderType: 'local-long-code', at: AT }).items.map((i) => i.id);
    expect(onLongCode).toContain('registration.us.10dlc.political');
    expect(onLongCode).not.toContain('registration.us.10dlc.marketing');
    expect(onLongCode).not.toContain('registration.us.toll-free-political');
    const onTollFree = complianceChecklist({ country: 'US', useCase: 'political', senderType: 'toll-free', at: AT }).items.map((i) => i.id);
    expect(onTollFree.some((id) => id.startsWith('registration.us.10dlc'))).toBe(false);
    expect(onTollFree).toContain('registration.us.toll-free-political');
  });
});

describe('10DLC brand types and carrier limits', () => {
  it('encodes the three brand types', () => {
    expect(tenDlc().tiers!.map((t) => t.id)).toEqual(['us.10dlc.brand.sole-proprietor', 'us.10dlc.brand.low-volume-standard', 'us.10dlc.brand.standard']);
  });

  it('encodes the AT&T message classes per minute and the T-Mobile daily caps per brand', () => {
    const limits = Object.fromEntries(tenDlc().limits!.map((l) => [l.id, `${l.messages}/${l.per}/${l.scope}`]));
    expect(limits).toMatchObject({
      'us.10dlc.att.class-a-b': '4500/minute/campaign',
      'us.10dlc.att.class-c-d': '2400/minute/campaign',
      'us.10dlc.att.class-e-f': '240/minute/campaign',
      'us.10dlc.att.class-t': '75/minute/campaign',
      'us.10dlc.att.sole-proprietor': '15/minute/campaign',
      'us.10dlc.tmobile.top': '200000/day/brand',
      'us.10dlc.tmobile.high': '40000/day/brand',
      'us.10dlc.tmobile.medium': '10000/day/brand',
      'us.10dlc.tmobile.basic': '2000/day/brand',
      'us.10dlc.tmobile.sole-proprietor': '1000/day/brand',
    });
  });
});

describe('recommendSender: 10DLC vs toll-free vs short code', () => {
  it('50,000 marketing texts a day: the 10DLC default cap counts against it and names the tier that allows it', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', messagesPerDay: 50_000, at: AT });
    const cap = option(r, 'local-long-code')!.reasons.find((x) => x.id === 'sender.local-long-code.daily-cap')!;
    expect(cap.text).toContain('2000 messages a day');
    expect(cap.text).toContain('T-Mobile, Brand vetting score 75-100: 200000');
    const order = r.options.map((o) => o.type);
    expect(order.indexOf('short-code')).toBeLessThan(order.indexOf('local-long-code'));
    expect(order.indexOf('toll-free')).toBeLessThan(order.indexOf('local-long-code'));
  });

  it('a small volume stays under the cap and gets no cap reason', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', messagesPerDay: 1_500, at: AT });
    expect(reasonIds(r, 'local-long-code')).not.toContain('sender.local-long-code.daily-cap');
  });

  it('a launch in 30 days rules out the short code and explains how the rest compare', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', messagesPerDay: 50_000, launchWithinDays: 30, at: AT });
    expect(r.excluded.find((e) => e.type === 'short-code')!.code).toBe('lead-time');
    expect(r.options.map((o) => o.type)).toEqual(['toll-free', 'local-long-code']);
    const tradeOff = r.reasons.find((x) => x.id === 'sender.trade-off')!;
    expect(tradeOff.text).toMatch(/1\. toll-free: about 3\/s, 7-21 days.*2\. local-long-code: about 4\/s and 2000\/day by default, 7-28 days/);
  });

  it('with no volume, rate or launch date there is nothing to trade off', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', at: AT });
    expect(r.reasons.map((x) => x.id)).not.toContain('sender.trade-off');
  });

  it('a peak of 30 OTPs a second: short code first, and each slower sender names the tier that reaches it', () => {
    const r = recommendSender({ country: 'US', useCase: 'otp', messagesPerSecond: 30, at: AT });
    expect(r.options[0]!.type).toBe('short-code');
    expect(reasonIds(r, 'short-code')).not.toContain('sender.short-code.rate');
    const longCode = option(r, 'local-long-code')!.reasons.find((x) => x.id === 'sender.local-long-code.rate')!;
    expect(longCode.text).toContain('AT&T, Standard campaign, vetting score 50-74');
    const tollFree = option(r, 'toll-free')!.reasons.find((x) => x.id === 'sender.toll-free.rate')!;
    expect(tollFree.text).toContain('paid high throughput');
  });

  it('half a million a day with time to launch: the short code wins', () => {
    const r = recommendSender({ country: 'US', useCase: 'marketing', messagesPerDay: 500_000, launchWithinDays: 120, at: AT });
    expect(r.options[0]!.type).toBe('short-code');
    expect(option(r, 'local-long-code')!.reasons.find((x) => x.id === 'sender.local-long-code.daily-cap')!.text).toContain('No tier in the sources allows that many');
  });
});

describe('classifyTraffic: A2P on an unregistered long code', () => {
  it('flags it in the US, citing the 10DLC registration rule', () => {
    const r = classifyTraffic({ country: 'US', origin: 'application', useCase: 'otp', unregisteredLongCode: true, at: AT });
    expect(r.traffic).toBe('A2P');
    expect(r.flags).toEqual(['a2p-over-p2p-route']);
    const why = r.reasons.find((x) => x.id === 'traffic.a2p-over-p2p-route')!;
    expect(why.text).toContain('long code not yet registered as required');
    expect(why.text).toContain('Carriers in US filter or block it.');
    expect(why.sources.some((s) => s.title.includes('10 DLC') || s.title.includes('10DLC'))).toBe(true);
  });

  it('does not flag a registered long code, or a region whose long-code registration is not established', () => {
    expect(classifyTraffic({ country: 'US', origin: 'application', useCase: 'otp', at: AT }).flags).toEqual([]);
    expect(classifyTraffic({ country: 'US', origin: 'application', useCase: 'otp', unregisteredLongCode: false, at: AT }).flags).toEqual([]);
    expect(classifyTraffic({ country: 'KE', origin: 'application', useCase: 'otp', unregisteredLongCode: true, at: AT }).flags).toEqual([]);
  });

  it('does not flag a P2P conversation on a personal long code', () => {
    const r = classifyTraffic({ country: 'US', origin: 'personal', useCase: 'conversational', unregisteredLongCode: true, at: AT });
    expect(r.traffic).toBe('P2P');
    expect(r.flags).toEqual([]);
  });

  it('rejects a non-boolean with a typed error', () => {
    expect(() => classifyTraffic({ country: 'US', origin: 'application', unregisteredLongCode: 'yes' as unknown as boolean })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', field: 'unregisteredLongCode' }),
    );
  });
});

describe('Canada', () => {
  const ca = getCountryRules('CA');

  it('bilingual keywords: STOP and ARRET opt out, HELP, AIDE and INFO get help', () => {
    expect(ca.optOut.keywords.value).toEqual(expect.arrayContaining(['STOP', 'ARRET']));
    expect(ca.help.keywords.value).toEqual(['HELP', 'AIDE', 'INFO']);
    const items = complianceChecklist({ country: 'CA', useCase: 'marketing', senderType: 'short-code', at: AT }).items;
    expect(items.find((i) => i.id === 'help.ca.bilingual-keywords')!.text).toMatch(/AIDE.*ARRET/);
  });

  it('CASL: implied consent lapses after 2 years (purchase) or 6 months (inquiry); unsubscribes within 10 business days', () => {
    const items = complianceChecklist({ country: 'CA', useCase: 'marketing', at: AT }).items;
    expect(items.find((i) => i.id === 'consent.ca.implied-expiry')!.text).toMatch(/2 years.*6 months/);
    expect(items.find((i) => i.id === 'optout.ca.casl-unsubscribe')!.text).toContain('10 business days');
    expect(items.find((i) => i.id === 'identification.ca.casl-sender')!.level).toBe('required');
  });

  it('no 10DLC: long codes are accepted but filtered, ranked after short codes and toll-free, and no Canadian long-code programme is encoded', () => {
    const r = recommendSender({ country: 'CA', useCase: 'marketing', at: AT });
    expect(ca.registrations.some((p) => p.senderKinds.includes('local-long-code'))).toBe(false);
    expect(r.options.map((o) => o.type)).toEqual(['short-code', 'toll-free', 'local-long-code', 'international-long-code']);
    const long = option(r, 'local-long-code')!;
    expect(long.restriction?.text).toMatch(/filter/);
    expect(long.reasons.map((x) => x.id)).toContain('sender.local-long-code.restricted');
    expect(option(r, 'short-code')!.restriction).toBeUndefined();
    expect(r.excluded.map((e) => [e.type, e.code])).toEqual([['alphanumeric', 'not-supported']]);
  });

  it('short codes take 8 to 16 weeks; toll-free needs verification', () => {
    const r = recommendSender({ country: 'CA', useCase: 'otp', at: AT });
    expect(option(r, 'short-code')!.leadTime).toEqual({ minDays: 56, maxDays: 112 });
    expect(option(r, 'toll-free')!.programmes.map((p) => p.id)).toEqual(['ca.toll-free-verification']);
  });
});

describe('schema checks on programme categories and limits', () => {
  it('rejects a category or limit that does not belong to its programme, and a limit that is not positive', () => {
    const us = getCountryRules('US');
    const broken = {
      ...us,
      registrations: us.registrations.map((p) =>
        p.id === 'us.10dlc'
          ? { ...p, categories: [{ ...p.categories![0]!, id: 'us.other.2fa' }], limits: [{ ...p.limits![0]!, messages: 0 }] }
          : p,
      ),
    };
    const problems = validateRules(broken, '2026-11-23');
    expect(problems.some((p) => p.includes('id must start with us.10dlc.'))).toBe(true);
    expect(problems.some((p) => p.includes('messages must be a positive number'))).toBe(true);
  });
});
