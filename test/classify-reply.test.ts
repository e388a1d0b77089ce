// classifyReply: keywords per country and language, the US revocation rule
// (47 CFR 64.1200(a)(10)), how ambiguity is reported, and the keywords slice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyReply, getCountryRules, isSendrightError } from '../src/index';
import { classifyReply as classifyReplyCore, createTable } from '../src/core';
import * as keywords from '../src/rules/table/keywords';
import { ALL_COUNTRIES } from '../src/rules/table/index';
import { DEFAULT_REPLY_KEYWORDS } from '../src/rules/global';
import { replyWords } from '../src/classifyReply/classifyReply';

const AT = '2026-12-07T15:00:00Z'; // a Monday
const read = (text: string, country: string, at = AT) => classifyReply({ text, country, at } as Parameters<typeof classifyReply>[0]);

describe('whole-reply keywords', () => {
  it.each([
    ['STOP', 'US', 'opt-out', 'exact', 'STOP'],
    ['stop', 'US', 'opt-out', 'exact', 'STOP'],
    ['  Stop!!  ', 'US', 'opt-out', 'exact', 'STOP'],
    ['STOP 🙏', 'US', 'opt-out', 'exact', 'STOP'],
    ['opt-out', 'US', 'opt-out', 'exact', 'OPT OUT'],
    ['Revoke.', 'US', 'opt-out', 'exact', 'REVOKE'],
    ['START', 'US', 'opt-in', 'exact', 'START'],
    ['unstop', 'US', 'opt-in', 'exact', 'UNSTOP'],
    ['Help?', 'US', 'help', 'exact', 'HELP'],
    ['info', 'US', 'help', 'exact', 'INFO'],
    ['ARRET', 'CA', 'opt-out', 'exact', 'ARRET'],
    ['arrêt', 'CA', 'opt-out', 'exact', 'ARRET'],
    ['Aide', 'CA', 'help', 'exact', 'AIDE'],
    ['sair', 'BR', 'opt-out', 'exact', 'SAIR'],
    ['Pare.', 'BR', 'opt-out', 'exact', 'PARE'],
    ['baja', 'MX', 'opt-out', 'exact', 'BAJA'],
    ['baja', 'AR', 'opt-out', 'exact', 'BAJA'],
    ['stopp', 'NO', 'opt-out', 'exact', 'STOPP'],
    ['ＳＴＯＰ', 'GB', 'opt-out', 'exact', 'STOP'],
    ['11', 'IR', 'opt-out', 'exact', '11'],
    ['۱۱', 'IR', 'opt-out', 'exact', '11'],
    ['td', 'CN', 'opt-out', 'exact', 'TD'],
  ])('%j in %s is %s (%s)', (text, country, intent, confidence, keyword) => {
    const r = read(text, country);
    expect([r.intent, r.confidence, r.keyword]).toEqual([intent, confidence, keyword]);
    expect(r.reasons[0]?.id).toBe('reply.keyword');
    expect(r.reasons[0]?.sources.length).toBeGreaterThan(0);
  });

  it('every keyword in the table is read back as its own intent in its country', () => {
    let checked = 0;
    for (const row of ALL_COUNTRIES) {
      const lists: [string, { value: unknown }][] = [
        ['opt-out', row.optOut.keywords],
        ['opt-in', row.optOut.optInKeywords],
        ['help', row.help.keywords],
      ];
      for (const [intent, fact] of lists) {
        if (fact.value === 'unknown') continue;
        for (const k of fact.value as string[]) {
          const r = read(k.toLowerCase(), row.country);
          // An opt-out keyword wins over a help keyword spelt the same, which the schema check forbids anyway.
          expect(`${row.country} ${k} ${r.intent} ${r.confidence}`).toBe(`${row.country} ${k} ${intent} exact`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('English defaults a major provider acts on are likely, not exact, where the country names other keywords or none', () => {
    const de = read('unsubscribe', 'DE');
    expect([de.intent, de.confidence, de.reasons[0]?.id]).toEqual(['opt-out', 'likely', 'reply.default-keyword']);
    const fj = read('stop', 'FJ');
    expect(getCountryRules('FJ').optOut.keywords.value).toBe('unknown');
    expect([fj.intent, fj.confidence]).toEqual(['opt-out', 'likely']);
    expect(fj.reasons[0]?.sources).toEqual(DEFAULT_REPLY_KEYWORDS.sources);
    expect(read('help', 'FJ').intent).toBe('help');
    expect(read('start', 'FJ').intent).toBe('opt-in');
  });

  it('a local keyword of one country is not read as a keyword in another', () => {
    expect(read('SAIR', 'US').intent).toBeNull();
    expect(read('ARRET', 'GB').intent).toBeNull();
    expect(read('BAJA', 'DE').intent).toBeNull();
  });
});

describe('the US revocation rule, 47 CFR 64.1200(a)(10)', () => {
  it('a listed word inside a short reply revokes consent, with the deadline and scope', () => {
    const r = read('Stop texting me please', 'US');
    expect([r.intent, r.confidence, r.keyword]).toEqual(['opt-out', 'likely', 'STOP']);
    expect(r.reasons.map((x) => x.id)).toEqual(['reply.keyword-in-reply', 'reply.honour-by', 'reply.scope']);
    expect(r.reasons[0]?.sources.some((s) => s.kind === 'law')).toBe(true);
    expect(r.honourBy).toBe('2026-12-21'); // 10 weekdays after Monday 7 December
    expect(r.scope).toBe('replied-to');
  });

  it('counts business days from the day after the reply, over weekends', () => {
    expect(read('STOP', 'US', '2026-12-11T23:00:00Z').honourBy).toBe('2026-12-25'); // a Friday
    expect(read('STOP', 'US', '2026-12-12T12:00:00Z').honourBy).toBe('2026-12-25'); // a Saturday
  });

  it('other wording a reasonable person reads as revocation counts in the US only', () => {
    for (const text of ['Please remove me from this list', 'take me off', 'No more texts!', "Don't text me again", 'leave me alone']) {
      const r = read(text, 'US');
      expect([text, r.intent, r.confidence, r.reasons[0]?.id]).toEqual([text, 'opt-out', 'likely', 'reply.reasonable-means']);
    }
    expect(read('remove me', 'DE').intent).toBeNull();
  });

  it('the rule is dated: before 2025-04-11 no deadline, from 2027-01-31 revoke-all', () => {
    const before = read('STOP', 'US', '2025-03-01T12:00:00Z');
    expect([before.intent, before.honourBy, before.scope]).toEqual(['opt-out', null, null]);
    expect(read('remove me', 'US', '2025-03-01T12:00:00Z').intent).toBeNull();
    const after = read('STOP', 'US', '2027-02-01T12:00:00Z');
    expect([after.scope, after.honourBy]).toEqual(['all', '2027-02-15']);
    expect(read('STOP', 'US', '2027-01-30T12:00:00Z').scope).toBe('replied-to');
  });

  it('Canada gives the CASL deadline without a scope', () => {
    const r = read('arret', 'CA');
    expect([r.honourBy, r.scope]).toEqual(['2026-12-21', null]);
  });

  it('no deadline where the law sets none in the table', () => {
    expect(read('STOP', 'GB').honourBy).toBeNull();
  });
});

describe('ambiguity is reported, not guessed', () => {
  it.each([
    ["Don't stop the reminders", 'reply.negated'],
    ['Please do not cancel', 'reply.negated'],
    ['never stop sending me deals', 'reply.negated'],
    ['I will stop by the store tomorrow', 'reply.other-meaning'],
    ['Cancel my appointment', 'reply.other-meaning'],
    ['See you at the end of the week', 'reply.other-meaning'],
  ])('%j is not an opt-out (%s)', (text, id) => {
    const r = read(text, 'US');
    expect([r.intent, r.confidence, r.keyword, r.honourBy]).toEqual([null, null, null, null]);
    expect(r.reasons.map((x) => x.id)).toContain(id);
  });

  it('a negation in an earlier sentence does not negate a later keyword', () => {
    expect(read('I am not happy. Stop.', 'US').intent).toBe('opt-out');
  });

  it('long replies are not read for keywords inside them', () => {
    const long = `${'word '.repeat(25)}stop`;
    const r = read(long, 'US');
    expect(r.intent).toBeNull();
    expect(r.reasons.map((x) => x.id)).toEqual(['reply.long']);
  });

  it('an ordinary reply is none of them', () => {
    const r = read('Thanks, see you Tuesday', 'US');
    expect(r.intent).toBeNull();
    expect(r.reasons.map((x) => x.id)).toEqual(['reply.none']);
    expect(read('', 'US').intent).toBeNull();
    expect(read('🙂', 'US').intent).toBeNull();
  });

  it('keywords match whole words only', () => {
    expect(read('unstoppable', 'US').intent).toBeNull();
    expect(read('helpful thanks', 'US').intent).toBeNull();
    expect(read('the weekend', 'US').intent).toBeNull();
  });
});

describe('reduction of a reply', () => {
  it('drops case, Latin accents, punctuation and emoji, and keeps other scripts', () => {
    expect(replyWords(' Arrêt! ')).toBe('ARRET');
    expect(replyWords('opt_out')).toBe('OPT OUT');
    expect(replyWords('لغو ۱۱')).toBe('لغو 11');
    expect(replyWords('退订')).toBe('退订');
    expect(replyWords('стоп')).toBe('СТОП');
  });

  it('is idempotent and never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        const once = replyWords(s);
        expect(replyWords(once)).toBe(once);
        const r = read(s, 'US');
        expect([null, 'opt-out', 'opt-in', 'help']).toContain(r.intent);
      }),
      { numRuns: 500 },
    );
  });
});

describe('input and tables', () => {
  it('takes a phone number and gives its country', () => {
    const r = classifyReply({ text: 'stop', to: '+14155550123', at: AT });
    expect([r.country, r.e164, r.intent]).toEqual(['US', '+14155550123', 'opt-out']);
  });

  it('rejects bad input with typed errors', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return isSendrightError(e) ? e.code : 'not a SendrightError';
      }
      return undefined;
    };
    expect(code(() => classifyReply({ text: 42, country: 'US' } as never))).toBe('INVALID_INPUT');
    expect(code(() => classifyReply({ country: 'US' } as never))).toBe('INVALID_INPUT');
    expect(code(() => classifyReply({ text: 'stop' } as never))).toBe('MISSING_DESTINATION');
    expect(code(() => classifyReply({ text: 'stop', country: 'XX' } as never))).toBe('INVALID_COUNTRY');
    expect(code(() => classifyReply({ text: 'stop', country: 'US', at: 'yesterday' }))).toBe('INVALID_DATE');
    expect(code(() => classifyReply(null as never))).toBe('INVALID_INPUT');
  });

  it('the keywords rows answer exactly as the full rows, for every region', () => {
    const texts = ['STOP', 'stop please', 'Don\u2019t stop', 'arret', 'SAIR', 'help', 'start', 'remove me', 'TD', '11', 'hello'];
    const full = createTable(ALL_COUNTRIES);
    const slice = createTable(Object.values(keywords));
    for (const row of ALL_COUNTRIES) {
      for (const text of texts) {
        const input = { text, country: row.country, at: AT };
        expect(classifyReplyCore(input, slice)).toEqual(classifyReplyCore(input, full));
      }
    }
  });

  it('a region missing from a core table is read with the provider defaults and says it is not researched', () => {
    const r = classifyReplyCore({ text: 'STOP', country: 'FR', at: AT }, createTable([]));
    expect([r.status, r.intent, r.confidence]).toEqual(['not-researched', 'opt-out', 'likely']);
  });
});
