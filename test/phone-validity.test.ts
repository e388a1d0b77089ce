// The phone resolver compiles each numbering plan's validity patterns once,
// instead of letting libphonenumber-js build them on every call. Here its
// answers are checked against libphonenumber-js's own parse and isValid(), the
// reference, for every region and non-geographic calling code: the example
// number, every one-digit change of its last four digits, one digit less and
// one more, and random digit strings of the plan's possible lengths.
import examples from 'libphonenumber-js/examples.mobile.json';
import metadata from 'libphonenumber-js/max/metadata';
import { getCountries, getCountryCallingCode, parsePhoneNumberWithError, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { createPhoneResolver } from '../src/core';
import { isSendrightError } from '../src/index';

const RANDOM_PER_PLAN = Number(process.env.PHONE_RUNS ?? 60);
const resolve = createPhoneResolver(metadata);

/** libphonenumber-js's own answer, in the resolver's terms. */
function reference(text: string): string {
  let parsed;
  try {
    parsed = parsePhoneNumberWithError(text);
  } catch {
    return 'unreadable';
  }
  if (!parsed.isValid()) return 'invalid';
  if (!parsed.country) return 'no-country';
  return `${parsed.country} ${parsed.number}`;
}

/** The resolver's answer. */
function ours(text: string): string {
  try {
    const r = resolve(text, undefined);
    return `${r.country} ${r.e164}`;
  } catch (error) {
    if (!isSendrightError(error) || error.code !== 'INVALID_PHONE_NUMBER') throw error;
    return error.message.includes('cannot be read') ? 'unreadable' : error.message.includes('is not a valid') ? 'invalid' : error.message.includes('no single country') ? 'no-country' : `other: ${error.message}`;
  }
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Numbers around a plan's example: its last four digits changed one at a time, one digit less and one more. */
function variants(e164: string): string[] {
  const out = [e164, e164.slice(0, -1), `${e164}5`];
  for (let i = Math.max(2, e164.length - 4); i < e164.length; i++) for (let d = 0; d < 10; d++) out.push(`${e164.slice(0, i)}${d}${e164.slice(i + 1)}`);
  return out;
}

const NON_GEOGRAPHIC = Object.keys((metadata as unknown as { nonGeographic?: Record<string, unknown> }).nonGeographic ?? {});
const LENGTHS = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

describe('the phone resolver agrees with libphonenumber-js on validity', () => {
  it('for every region: its example, the numbers around it, and random numbers', () => {
    const next = random(20261206);
    let compared = 0;
    let valid = 0;
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country as CountryCode);
      const example = (examples as Record<string, string | undefined>)[country];
      const texts = example === undefined ? [] : variants(parsePhoneNumberWithError(example, country as CountryCode).number);
      for (let k = 0; k < RANDOM_PER_PLAN; k++) {
        const length = LENGTHS[Math.floor(next() * LENGTHS.length)]!;
        let digits = '';
        for (let j = 0; j < length; j++) digits += Math.floor(next() * 10);
        texts.push(`+${code}${digits}`);
      }
      for (const text of texts) {
        const want = reference(text);
        expect(ours(text), text).toBe(want);
        compared++;
        if (want !== 'invalid' && want !== 'unreadable') valid++;
      }
    }
    // The comparison must have seen both outcomes in numbers.
    expect(compared).toBeGreaterThan(getCountries().length * RANDOM_PER_PLAN);
    expect(valid).toBeGreaterThan(getCountries().length * 5);
  });

  it('for every non-geographic calling code', () => {
    expect(NON_GEOGRAPHIC.length).toBeGreaterThan(5);
    const next = random(7);
    let noCountry = 0;
    for (const code of NON_GEOGRAPHIC) {
      for (let k = 0; k < RANDOM_PER_PLAN; k++) {
        const length = 6 + Math.floor(next() * 8);
        let digits = '';
        for (let j = 0; j < length; j++) digits += Math.floor(next() * 10);
        const text = `+${code}${digits}`;
        const want = reference(text);
        expect(ours(text), text).toBe(want);
        if (want === 'no-country') noCountry++;
      }
    }
    expect(noCountry).toBeGreaterThan(0);
  });

  it('in national format with a default country', () => {
    for (const [country, national] of [['US', '(415) 555-2671'], ['GB', '07400 123456'], ['GB', '07400 12345'], ['DE', '0151 23456789'], ['IN', '98765 43210'], ['BR', '(11) 91234-5678'], ['FR', '06 12 34 56 78'], ['FR', '06 12 34 56 7']] as const) {
      let want: string;
      try {
        const parsed = parsePhoneNumberWithError(national, country);
        want = !parsed.isValid() ? 'invalid' : `${parsed.country} ${parsed.number}`;
      } catch {
        want = 'unreadable';
      }
      let got: string;
      try {
        const r = resolve(national, country);
        got = `${r.country} ${r.e164}`;
      } catch (error) {
        got = isSendrightError(error) && error.message.includes('is not a valid') ? 'invalid' : 'unreadable';
      }
      expect(got, `${country} ${national}`).toBe(want);
    }
  });
});
