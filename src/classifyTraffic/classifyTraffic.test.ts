import { describe, expect, it } from 'vitest';
import { classifyTraffic } from '../index';
import { createTable, classifyTraffic as classifyWith } from '../core';
import { US } from '../rules/countries/index';
import type { UseCase } from '../rules/types';

const AT = '2026-11-23T12:00:00Z';
const ids = (r: { reasons: readonly { id: string }[] }): string[] => r.reasons.map((x) => x.id);

describe('classifyTraffic', () => {
  it('US/CA platform rule: an agent typing through a platform is A2P', () => {
    for (const country of ['US', 'CA'] as const) {
      const r = classifyTraffic({ country, origin: 'agent', useCase: 'customer-care', at: AT });
      expect(r.traffic).toBe('A2P');
      expect(r.ctiaClass).toBe('non-consumer');
      expect(r.regime).toBe('platform-a2p');
      expect(ids(r)).toContain('traffic.platform-rule');
      expect(r.reasons[0]?.sources.length).toBeGreaterThan(0);
    }
  });

  it('US/CA: proxy conversations between two users are A2P too', () => {
    expect(classifyTraffic({ country: 'us', origin: 'proxy', useCase: 'conversational', at: AT }).traffic).toBe('A2P');
  });

  it('outside US/CA, application-mediated conversations are P2P where the country allows it', () => {
    for (const origin of ['agent', 'proxy'] as const) {
      const r = classifyTraffic({ country: 'GB', origin, useCase: origin === 'agent' ? 'customer-care' : 'conversational', at: AT });
      expect(r.traffic).toBe('P2P');
      expect(r.ctiaClass).toBe('consumer');
      expect(r.regime).toBe('application-mediated-p2p');
      expect(ids(r)).toEqual(['traffic.application-mediated-p2p']);
    }
    // A delivery driver and a customer through a masked number, in Germany.
    expect(classifyTraffic({ country: 'DE', origin: 'proxy', twoWay: true, at: AT }).traffic).toBe('P2P');
  });

  it('a country whose regime is unknown classes relayed conversations A2P and says why', () => {
    const r = classifyTraffic({ country: 'AE', origin: 'agent', useCase: 'customer-care', at: AT });
    expect(r.traffic).toBe('A2P');
    expect(r.regime).toBe('unknown');
    expect(ids(r)).toContain('traffic.regime-unknown');
  });

  it('OTP, alerts, reminders, chatbots and marketing are A2P everywhere, whoever sends them', () => {
    const useCases: UseCase[] = ['otp', 'alert', 'reminder', 'chatbot', 'marketing', 'notification', 'transactional'];
    for (const country of ['US', 'GB', 'DE', 'BR', 'JP', 'KE'] as const) {
      for (const useCase of useCases) {
        for (const origin of ['application', 'agent', 'proxy'] as const) {
          const r = classifyTraffic({ country, origin, useCase, at: AT });
          expect(r.traffic, `${country} ${useCase} ${origin}`).toBe('A2P');
        }
      }
    }
    expect(ids(classifyTraffic({ country: 'GB', origin: 'agent', useCase: 'otp', at: AT }))).toContain('traffic.use-case-a2p');
  });

  it('software-originated traffic is A2P even without a use case', () => {
    const r = classifyTraffic({ country: 'GB', origin: 'application', at: AT });
    expect(r.traffic).toBe('A2P');
    expect(ids(r)).toEqual(['traffic.origin-application']);
  });

  it('a person on a personal phone blasting marketing to many recipients is A2P over a P2P route', () => {
    const r = classifyTraffic({ country: 'GB', origin: 'personal', useCase: 'marketing', recipientsPerSend: 500, at: AT });
    expect(r.traffic).toBe('A2P');
    expect(r.flags).toEqual(['a2p-over-p2p-route']);
    expect(ids(r)).toEqual(expect.arrayContaining(['traffic.use-case-a2p', 'traffic.volume', 'traffic.a2p-over-p2p-route']));
  });

  it('volume alone makes personal traffic A2P and flags the route', () => {
    const r = classifyTraffic({ country: 'DE', origin: 'personal', uniqueRecipientsPerDay: 800, at: AT });
    expect(r.traffic).toBe('A2P');
    expect(r.flags).toContain('a2p-over-p2p-route');
    expect(classifyTraffic({ country: 'DE', origin: 'personal', messagesPerMinute: 120, at: AT }).traffic).toBe('A2P');
    expect(classifyTraffic({ country: 'DE', origin: 'personal', messagesPerDay: 5000, at: AT }).traffic).toBe('A2P');
  });

  it('a person texting a few people from their own phone is P2P, even in the US', () => {
    const r = classifyTraffic({ country: 'US', origin: 'personal', useCase: 'conversational', recipientsPerSend: 3, twoWay: true, at: AT });
    expect(r.traffic).toBe('P2P');
    expect(r.flags).toEqual([]);
    expect(ids(r)).toEqual(['traffic.personal-conversation']);
  });

  it('in the US a business texting customers from a personal phone is Non-Consumer', () => {
    const r = classifyTraffic({ country: 'US', origin: 'personal', useCase: 'customer-care', at: AT });
    expect(r.traffic).toBe('A2P');
    expect(r.flags).toContain('a2p-over-p2p-route');
    expect(ids(r)).toContain('traffic.business-sender');
  });

  it('automation and one-way sending are A2P signals', () => {
    expect(ids(classifyTraffic({ country: 'GB', origin: 'agent', automated: true, at: AT }))).toContain('traffic.automated');
    expect(ids(classifyTraffic({ country: 'GB', origin: 'agent', twoWay: false, at: AT }))).toContain('traffic.one-way');
  });

  it('a region without a row in the table answers conservatively with country.not-researched', () => {
    const r = classifyWith({ country: 'KE', origin: 'proxy', useCase: 'conversational', at: AT }, createTable([US]));
    expect(r.status).toBe('not-researched');
    expect(r.traffic).toBe('A2P');
    expect(ids(r)).toEqual(['traffic.regime-unknown', 'country.not-researched']);
  });

  it('resolves phone numbers, national ones with defaultCountry', () => {
    const r = classifyTraffic({ to: '+44 7400 123456', origin: 'proxy', at: AT });
    expect(r.country).toBe('GB');
    expect(r.e164).toBe('+447400123456');
    expect(classifyTraffic({ to: '(415) 555-2671', defaultCountry: 'us', origin: 'agent', at: AT }).country).toBe('US');
  });

  it('core works with a custom table, and other countries fall back to not-researched', () => {
    const table = createTable([US]);
    expect(classifyWith({ country: 'US', origin: 'agent', at: AT }, table).traffic).toBe('A2P');
    expect(classifyWith({ country: 'GB', origin: 'agent', at: AT }, table).status).toBe('not-researched');
  });
});
