// checkMessage: per-country lint cases (each one a message that breaks a rule,
// and the same message fixed), content and URL-shortener findings, the text's
// own form, and input errors.
import { describe, expect, it } from 'vitest';
import { checkMessage, complianceChecklist, countSegments, isSendrightError } from '../src/index';
import type { CheckMessageInput } from '../src/index';
import { PUBLIC_SHORTENERS } from '../src/checkMessage/lexicon';

const AT = '2026-12-07T15:00:00Z';
const check = (input: Omit<CheckMessageInput, 'at'>) => checkMessage({ ...input, at: AT } as CheckMessageInput);
const ids = (input: Omit<CheckMessageInput, 'at'>): string[] => check(input).findings.map((f) => f.id);

describe('South Korea: advertising format (Network Act Article 50)', () => {
  const good = '(광고) 가나다 봄 세일 20% 할인 문의 02-123-4567 무료수신거부 080-123-4567';
  const base = { country: 'KR', useCase: 'marketing', brand: '가나다' } as const;

  it('a message with every part has no findings', () => {
    expect(check({ ...base, text: good }).findings).toEqual([]);
  });

  it.each([
    ['[광고]', '[광고] 가나다 봄 세일 문의 02-123-4567 무료수신거부 080-123-4567'],
    ['(광 고)', '(광 고) 가나다 봄 세일 문의 02-123-4567 무료수신거부 080-123-4567'],
    ['（광고）', '（광고） 가나다 봄 세일 문의 02-123-4567 무료수신거부 080-123-4567'],
  ])('the look-alike %s is a finding that points at it', (lookAlike, text) => {
    const f = check({ ...base, text }).findings;
    expect(f.map((x) => x.id)).toEqual(['identification.kr.advertising-prefix']);
    expect(f[0]?.level).toBe('required');
    expect(f[0]?.certainty).toBe('certain');
    expect(text.slice(f[0]?.span?.start, f[0]?.span?.end)).toBe(lookAlike);
    expect(f[0]?.sources.some((s) => s.kind === 'law')).toBe(true);
  });

  it('the prefix must come first', () => {
    const text = `가나다 ${good}`;
    const f = check({ ...base, text }).findings;
    expect(f.map((x) => x.id)).toEqual(['identification.kr.advertising-prefix']);
    expect(f[0]?.span).toEqual({ start: 4, end: 8 });
  });

  it('a missing 080 number, sender name or contact is a finding each', () => {
    expect(ids({ ...base, text: '(광고) 가나다 봄 세일 문의 02-123-4567' })).toEqual(['opt-out.kr.free-080']);
    expect(ids({ ...base, text: '(광고) 봄 세일 문의 02-123-4567 무료수신거부 080-123-4567' })).toEqual(['identification.kr.sender-name']);
    expect(ids({ ...base, text: '(광고) 가나다 봄 세일 무료수신거부 080-123-4567' })).toEqual(['identification.kr.contact']);
  });

  it('does not apply to one-time passcodes', () => {
    expect(check({ country: 'KR', useCase: 'otp', text: '인증번호 123456' }).findings.filter((f) => f.level === 'required')).toEqual([]);
  });
});

describe('China: signature and templates', () => {
  it('a message without 【brand】 is a finding; with it at the start, none', () => {
    expect(ids({ country: 'CN', useCase: 'otp', text: '您的验证码是123456' })).toContain('identification.cn.signature');
    expect(ids({ country: 'CN', useCase: 'otp', text: '【阿里】您的验证码是123456' })).not.toContain('identification.cn.signature');
  });

  it('a signature in the middle, or with another name than the brand, is a finding', () => {
    expect(ids({ country: 'CN', useCase: 'otp', text: '您的【阿里】验证码是123456' })).toContain('identification.cn.signature');
    expect(ids({ country: 'CN', useCase: 'otp', text: '【淘宝】您的验证码是123456', brand: '阿里' })).toContain('identification.cn.signature');
  });

  it('templates: checked when given (the signature apart), listed as unchecked when not', () => {
    const templates = ['您的验证码是{#var#}'];
    expect(ids({ country: 'CN', useCase: 'otp', text: '【阿里】您的验证码是123456', templates })).not.toContain('registration.cn.template-match');
    expect(ids({ country: 'CN', useCase: 'otp', text: '【阿里】您的登录码是123456', templates })).toContain('registration.cn.template-match');
    const r = check({ country: 'CN', useCase: 'otp', text: '【阿里】您的验证码是123456' });
    expect(r.unchecked.map((u) => [u.id, u.needs])).toContainEqual(['registration.cn.template-match', 'templates']);
  });
});

describe('India: DLT templates', () => {
  const templates = ['Your OTP for {#var#} is {#var#}. Do not share it. - Acme', 'Dear {#var#}, your order {#var#} has shipped. - Acme'];
  it.each([
    ['Your OTP for login is 483920. Do not share it. - Acme', true],
    ['Dear Asha, your order A-1182 has shipped. - Acme', true],
    ['Your OTP for login is 483920. - Acme', false],
    ['Dear Asha, your order A-1182 has shipped!', false],
    [`Dear ${'x'.repeat(31)}, your order 1 has shipped. - Acme`, false],
  ])('%j matches a registered template: %s', (text, matches) => {
    expect(ids({ country: 'IN', useCase: 'otp', text, templates }).includes('registration.in.dlt-template')).toBe(!matches);
  });
});

describe('opt-out instructions in the country wording', () => {
  it('France: marketing must carry STOP; with "STOP au 36xxx" no finding', () => {
    const without = check({ country: 'FR', useCase: 'marketing', text: 'Promo -20% chez Acme ce week-end !', brand: 'Acme' });
    expect(without.findings.map((f) => f.id)).toEqual(['optout.fr.stop-short-code']);
    expect(without.findings[0]?.text).toContain('36xxx');
    expect(check({ country: 'FR', useCase: 'marketing', text: 'Promo -20% chez Acme ce week-end ! STOP au 36180', brand: 'Acme' }).findings).toEqual([]);
  });

  it('United States: marketing without a STOP line is a required finding with the US wording', () => {
    const r = check({ country: 'US', useCase: 'marketing', text: 'Acme: 20% off everything this weekend.', brand: 'Acme', senderType: 'local-long-code' });
    const f = r.findings.find((x) => x.id === 'optout.instructions');
    expect(f?.level).toBe('required');
    expect(f?.certainty).toBe('likely');
    expect(f?.text).toContain('Reply STOP to opt out');
    expect(check({ country: 'US', useCase: 'marketing', text: 'Acme: 20% off everything this weekend. Reply STOP to opt out.', brand: 'Acme', senderType: 'local-long-code' }).findings).toEqual([]);
  });

  it('Canada: the finding gives the English and French wording; ARRET alone counts as an instruction', () => {
    const f = check({ country: 'CA', useCase: 'marketing', text: 'Acme: 20% off this weekend.', brand: 'Acme' }).findings.find((x) => x.id === 'optout.instructions');
    expect(f?.text).toMatch(/French/);
    expect(ids({ country: 'CA', useCase: 'marketing', text: 'Acme : 20 % de rabais. Texter ARRET pour annuler.', brand: 'Acme' })).not.toContain('optout.instructions');
  });

  it('the level follows the table: required for US marketing, recommended for US transactional messages', () => {
    const level = (useCase: 'marketing' | 'transactional'): string | undefined => check({ country: 'US', useCase, text: 'Acme: hello', brand: 'Acme' }).findings.find((x) => x.id === 'optout.instructions')?.level;
    expect(level('marketing')).toBe('required');
    expect(level('transactional')).toBe('recommended');
  });

  it('every failed check is a checklist duty of the same destination, use case and sender type, at its level', () => {
    for (const country of ['US', 'CA', 'FR', 'DE', 'GB', 'KR', 'CN', 'IN', 'BR', 'JP', 'MX', 'TR', 'ZA', 'PH'] as const) {
      for (const useCase of ['marketing', 'otp'] as const) {
        const items = new Map(complianceChecklist({ country, useCase, at: AT } as Parameters<typeof complianceChecklist>[0]).items.map((i) => [i.id, i]));
        for (const f of check({ country, useCase, text: 'Hello there' }).findings) {
          if (f.id.startsWith('message.')) continue;
          expect(items.get(f.id)?.level, `${country} ${useCase} ${f.id}`).toBe(f.level);
        }
      }
    }
  });
});

describe('content: prohibited and restricted topics, and URL shorteners', () => {
  it.each([
    ['20% off CBD gummies', 'content.us.cannabis', 'CBD'],
    ['Our new vape flavours are in', 'content.us.tobacco', 'vape'],
    ['Happy hour: half-price beer', 'content.us.alcohol', 'Happy hour'],
    ['Get a payday loan in minutes', 'content.us.high-risk-financial', 'payday loan'],
    ['Ammo restock this Friday', 'content.us.firearms', 'Ammo'],
  ])('US: %j is a likely %s finding pointing at %j', (body, id, word) => {
    const text = `Acme: ${body}. Reply STOP to opt out.`;
    const f = check({ country: 'US', useCase: 'marketing', text, brand: 'Acme' }).findings.find((x) => x.id === id);
    expect(f?.certainty).toBe('likely');
    expect(f?.level).toBe('required');
    expect(f?.text).toContain('keyword match');
    expect(text.slice(f?.span?.start, f?.span?.end)).toBe(word);
  });

  it('the same words are no finding where the country has no such rule', () => {
    expect(ids({ country: 'DE', useCase: 'transactional', text: 'Acme: your beer order has shipped.' }).some((id) => id.includes('alcohol'))).toBe(false);
  });

  it('words inside other words do not match', () => {
    expect(ids({ country: 'US', useCase: 'marketing', text: 'Acme: visit our Sussex store, open slots this afternoon. Reply STOP to opt out.', brand: 'Acme' })).toEqual([]);
  });

  it('a public shortener is a certain finding under the country rule; a brand domain is not', () => {
    const text = 'Acme: track your order at https://bit.ly/3xYz. Reply STOP to opt out.';
    const f = check({ country: 'US', useCase: 'transactional', text, brand: 'Acme' }).findings;
    expect(f.map((x) => [x.id, x.certainty])).toEqual([['content.us.url-shorteners', 'certain']]);
    expect(text.slice(f[0]?.span?.start, f[0]?.span?.end)).toBe('https://bit.ly/3xYz.');
    expect(check({ country: 'US', useCase: 'transactional', text: 'Acme: track your order at https://acme.co/t/3xYz. Reply STOP to opt out.', brand: 'Acme' }).findings).toEqual([]);
  });

  it('elsewhere a public shortener is a best-practice finding citing a provider', () => {
    const f = check({ country: 'DE', useCase: 'transactional', text: 'Your parcel: tinyurl.com/abc' }).findings.find((x) => x.id === 'message.url-shortener');
    expect(f?.level).toBe('best-practice');
    expect(f?.sources[0]?.kind).toBe('provider');
  });

  it('every listed shortener is found, with or without a scheme', () => {
    for (const domain of PUBLIC_SHORTENERS) {
      expect(ids({ country: 'DE', useCase: 'transactional', text: `See ${domain}/x1 now` }), domain).toContain('message.url-shortener');
      expect(ids({ country: 'DE', useCase: 'transactional', text: `See https://${domain}/x1` }), domain).toContain('message.url-shortener');
    }
    expect(ids({ country: 'DE', useCase: 'transactional', text: 'See notbit.ly/x and bit.lyrics.com' })).not.toContain('message.url-shortener');
  });
});

describe("the text's own form", () => {
  it.each(['{{first_name}}', '%FIRST_NAME%', '[NAME]', '${name}', '{name}', '{#var#}', '<NAME>'])('%s is an unfilled variable', (v) => {
    const text = `Hi ${v}, your order has shipped.`;
    const f = check({ country: 'GB', useCase: 'transactional', text }).findings.filter((x) => x.id === 'message.unfilled-variable');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]?.span?.start, f[0]?.span?.end)).toBe(v);
  });

  it('ordinary brackets and percentages are not variables', () => {
    expect(ids({ country: 'GB', useCase: 'transactional', text: 'Save 20% today [limited offer] (see site) <3' })).not.toContain('message.unfilled-variable');
  });

  it('length beyond maxSegments (default 3) is a finding; segments is countSegments of the text', () => {
    const text = 'a'.repeat(153 * 3 + 1);
    const r = check({ country: 'GB', useCase: 'transactional', text });
    expect(r.segments).toEqual(countSegments(text));
    expect(r.findings.map((f) => f.id)).toContain('message.segments');
    expect(ids({ country: 'GB', useCase: 'transactional', text, maxSegments: 4 })).not.toContain('message.segments');
  });

  it('characters with GSM-7 look-alikes that cost a segment are a finding', () => {
    const text = `Don\u2019t miss it ${'x'.repeat(60)}`;
    const f = check({ country: 'GB', useCase: 'transactional', text }).findings.find((x) => x.id === 'message.encoding');
    expect(f?.text).toContain('1 segment instead of 2');
    expect(f?.span).toEqual({ start: 3, end: 4 });
  });
});

describe('unchecked duties and input', () => {
  it('duties that need the brand are listed as unchecked without it, and checked with it', () => {
    const r = check({ country: 'KR', useCase: 'marketing', text: '(광고) 봄 세일 문의 02-123-4567 무료수신거부 080-123-4567' });
    expect(r.unchecked.map((u) => [u.id, u.needs])).toEqual([['identification.kr.sender-name', 'brand']]);
    expect(r.findings).toEqual([]);
  });

  it('rejects bad input with typed errors', () => {
    const code = (input: unknown): string | undefined => {
      try {
        checkMessage(input as CheckMessageInput);
      } catch (e) {
        return isSendrightError(e) ? e.code : 'not a SendrightError';
      }
      return undefined;
    };
    expect(code({ country: 'US', useCase: 'otp' })).toBe('INVALID_INPUT');
    expect(code({ text: 'hi', country: 'US' })).toBe('INVALID_USE_CASE');
    expect(code({ text: 'hi', country: 'US', useCase: 'otp', senderType: 'pigeon' })).toBe('INVALID_SENDER_TYPE');
    expect(code({ text: 'hi', country: 'US', useCase: 'otp', brand: ' ' })).toBe('INVALID_INPUT');
    expect(code({ text: 'hi', country: 'US', useCase: 'otp', templates: 'x' })).toBe('INVALID_INPUT');
    expect(code({ text: 'hi', country: 'US', useCase: 'otp', maxSegments: 0 })).toBe('INVALID_INPUT');
    expect(code({ text: 'hi', useCase: 'otp' })).toBe('MISSING_DESTINATION');
  });

  it('takes a phone number', () => {
    const r = checkMessage({ text: 'Acme: your code is 123456', to: '+821012345678', useCase: 'otp', at: AT });
    expect([r.country, r.e164]).toEqual(['KR', '+821012345678']);
  });
});
