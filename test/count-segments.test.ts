// countSegments against Twilio's open-source calculator (sms-segments-calculator,
// a development dependency used only here): its published cases, its Smart
// Encoding table, and random texts of every kind, with and without Smart Encoding.
import fc from 'fast-check';
import { SegmentedMessage } from 'sms-segments-calculator';
import { describe, expect, it } from 'vitest';
import { countSegments, isSendrightError } from '../src/index';
import { SMART_ENCODING } from '../src/countSegments/smartEncoding';

const RUNS = Number(process.env.SEGMENT_RUNS ?? 3000);
const digits = (n: number): string => Array.from({ length: n }, (_, i) => String((i + 1) % 10)).join('');
const oracle = (text: string, smart = false): { encoding: string; segments: number } => {
  const m = new SegmentedMessage(text, 'auto', smart);
  return { encoding: m.encodingName, segments: m.segmentsCount };
};
const ours = (text: string, smart = false): { encoding: string; segments: number } => {
  const r = countSegments(text, { smartEncoding: smart });
  return { encoding: r.encoding, segments: r.segments };
};

describe('the calculator\'s published cases', () => {
  // Body, encoding, segments and (for our own measure) units, as in its test suite.
  const cases: [string, string, 'GSM-7' | 'UCS-2', number, number][] = [
    ['GSM-7 in one segment', digits(160), 'GSM-7', 1, 160],
    ['GSM-7 in two segments', digits(161), 'GSM-7', 2, 161],
    ['GSM-7 in three segments', digits(307), 'GSM-7', 3, 307],
    ['UCS-2 in one segment', `😜${digits(69).slice(1)}`, 'UCS-2', 1, 70],
    ['UCS-2 in two segments', `😜${digits(70).slice(1)}`, 'UCS-2', 2, 71],
    ['UCS-2 in three segments', `😜${digits(134).slice(1)}`, 'UCS-2', 3, 135],
    ['a flag at the one-segment boundary', `🇮🇹${digits(67).slice(1)}`, 'UCS-2', 1, 70],
    ['a flag over the boundary', `🇮🇹${digits(68).slice(1)}`, 'UCS-2', 2, 71],
    ['a combined emoji at the boundary', `🏳️‍🌈${digits(65).slice(1)}`, 'UCS-2', 1, 70],
    ['a combined emoji over the boundary', `🏳️‍🌈${digits(66).slice(1)}`, 'UCS-2', 2, 71],
    ['GSM characters after an emoji, one segment', `😀${']'.repeat(68)}`, 'UCS-2', 1, 70],
    ['GSM characters after an emoji, two segments', `😀${']'.repeat(69)}`, 'UCS-2', 2, 71],
    ['three accents on one letter, one segment', `\u00e9\u0301\u0301\u0301${'a'.repeat(66)}`, 'UCS-2', 1, 70],
    ['three accents on one letter, two segments', `\u00e9\u0301\u0301\u0301${'a'.repeat(67)}`, 'UCS-2', 2, 71],
  ];
  it.each(cases)('%s', (_, body, encoding, segments, units) => {
    const r = countSegments(body);
    expect([r.encoding, r.segments]).toEqual([encoding, segments]);
    expect(oracle(body)).toEqual({ encoding, segments });
    expect(r.characters).toBe(units);
  });

  it.each(['|', '^', '€', '{', '}', '[', ']', '~', '\\'])('an escape character %s costs two septets', (c) => {
    expect(ours(`${c}${digits(158)}`)).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(countSegments(`${c}${digits(158)}`).characters).toBe(160);
    expect(ours(`${c}${digits(159)}`)).toEqual({ encoding: 'GSM-7', segments: 2 });
  });

  it.each(['Á', 'Ú', 'ú', 'ç', 'í', 'Í', 'ó', 'Ó'])('%s is outside GSM-7: 70 in one segment, 71 in two', (c) => {
    expect(ours(c.repeat(70))).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(ours(c.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2 });
    expect(countSegments(c.repeat(3)).nonGsm.map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('counts line breaks as written', () => {
    expect(countSegments('\rabcde\r\n123').characters).toBe(11);
    expect(countSegments('\nabcde\n\n123\n').characters).toBe(12);
    expect(ours(`${'a'.repeat(158)}\r\n`)).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(ours(`${'a'.repeat(159)}\r\n`)).toEqual({ encoding: 'GSM-7', segments: 2 });
  });

  it('replaces every Smart Encoding character as the calculator does', () => {
    let n = 0;
    for (const [to, froms] of SMART_ENCODING) {
      for (const from of froms) {
        n++;
        const r = countSegments(from, { smartEncoding: true });
        expect(r.replacements, JSON.stringify(from)).toEqual([{ char: from, index: 0, replacement: to }]);
        expect(ours(from, true)).toEqual(oracle(from, true));
        expect(ours(`x${from}y`, false)).toEqual(oracle(`x${from}y`, false));
      }
    }
    expect(n).toBe(271);
    const all = SMART_ENCODING.map(([, froms]) => froms).join('');
    expect(ours(all, true)).toEqual(oracle(all, true));
  });
});

// Pieces of text of every kind: GSM basic, the extension table, accented letters
// in and out of GSM, emoji of one and of several code points, Smart Encoding
// characters, line breaks and other scripts.
const PIECES = {
  gsm: [...'abcXYZ 0123456789.,!?@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"#¤%&\'()*+-/:;<=>¡ÄÖÑÜ§¿äöñüà'],
  extension: [...'^{}\\[~]|€\f'],
  accented: [...'áíóúÁÍÓÚçÇâêîôûãõàèìòùëïÿœŒšžłđ'],
  emoji: ['😀', '👍', '👍🏽', '🇮🇹', '🇫🇷', '🏳️‍🌈', '👨‍👩‍👧‍👦', '❤️', '☺', '✅', '🙂', '🤖'],
  smart: [...'‘’“”–—…\u00a0\u2009«»•€'],
  breaks: ['\n', '\r', '\r\n'],
  scripts: [...'你好세계مرحباПриветשלוםनमस्ते'],
};
const piece = fc.oneof(...Object.values(PIECES).map((list) => fc.constantFrom(...list)));
const text = fc.array(piece, { maxLength: 400 }).map((parts) => parts.join(''));
const gsmText = fc.array(fc.oneof(fc.constantFrom(...PIECES.gsm), fc.constantFrom(...PIECES.extension), fc.constantFrom(...PIECES.breaks)), { maxLength: 600 }).map((p) => p.join(''));
// Plain ASCII, where countSegments counts without walking the text unless a character is outside the basic table.
const asciiText = fc.array(fc.oneof(fc.constantFrom(...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))), fc.constantFrom('\n', '\r', '\r\n', '\t', '`')), { maxLength: 500 }).map((p) => p.join(''));
const ucsText = fc.array(fc.oneof(fc.constantFrom(...PIECES.gsm), fc.constantFrom(...PIECES.emoji), fc.constantFrom(...PIECES.accented)), { minLength: 1, maxLength: 300 }).map((p) => `á${p.join('')}`);

describe('agrees with the calculator on random texts', () => {
  it.each([false, true])('mixed texts, smart encoding %s', (smart) => {
    fc.assert(fc.property(text, (t) => {
      expect(ours(t, smart)).toEqual(oracle(t, smart));
    }), { numRuns: RUNS });
  });

  it('GSM-7 texts with extension characters near segment boundaries', () => {
    fc.assert(fc.property(gsmText, (t) => {
      expect(ours(t)).toEqual(oracle(t));
    }), { numRuns: RUNS });
  });

  it.each([false, true])('plain ASCII texts, smart encoding %s', (smart) => {
    fc.assert(fc.property(asciiText, (t) => {
      expect(ours(t, smart)).toEqual(oracle(t, smart));
    }), { numRuns: RUNS });
  });

  it('plain ASCII texts at every length around the segment boundaries', () => {
    for (const n of [0, 1, 152, 153, 154, 159, 160, 161, 305, 306, 307, 308, 459, 460, 461, 999]) {
      for (const t of ['a'.repeat(n), 'a'.repeat(Math.max(0, n - 1)) + '{', 'A b,'.repeat(Math.ceil(n / 4)).slice(0, n)]) {
        for (const smart of [false, true]) expect(ours(t, smart)).toEqual(oracle(t, smart));
      }
    }
  });

  it('UCS-2 texts with emoji of several code points near segment boundaries', () => {
    fc.assert(fc.property(ucsText, (t) => {
      expect(ours(t)).toEqual(oracle(t));
    }), { numRuns: RUNS });
  });
});

describe('what the count says', () => {
  it('gives length, capacity and what is left', () => {
    expect(countSegments('')).toMatchObject({ encoding: 'GSM-7', segments: 1, characters: 0, remaining: 160, perSegment: 160 });
    expect(countSegments('a'.repeat(160))).toMatchObject({ segments: 1, characters: 160, remaining: 0, perSegment: 160 });
    expect(countSegments('a'.repeat(161))).toMatchObject({ segments: 2, remaining: 145, perSegment: 153 });
    expect(countSegments('€'.repeat(80))).toMatchObject({ segments: 1, characters: 160, remaining: 0 });
    expect(countSegments('€'.repeat(81))).toMatchObject({ segments: 2, characters: 162, perSegment: 153 });
    expect(countSegments('á'.repeat(70))).toMatchObject({ encoding: 'UCS-2', segments: 1, characters: 70, remaining: 0, perSegment: 70 });
    expect(countSegments('😀'.repeat(36))).toMatchObject({ encoding: 'UCS-2', segments: 2, characters: 72, perSegment: 67 });
  });

  it('lists the characters that force UCS-2 at their positions in the text as given', () => {
    const r = countSegments('Hi “Ann” 😀!');
    expect(r.nonGsm).toEqual([{ char: '“', index: 3 }, { char: '”', index: 7 }, { char: '😀', index: 9 }]);
    const smart = countSegments('Hi “Ann” 😀!', { smartEncoding: true });
    expect(smart.nonGsm).toEqual([{ char: '😀', index: 9 }]);
    expect(smart.replacements).toEqual([{ char: '“', index: 3, replacement: '"' }, { char: '”', index: 7, replacement: '"' }]);
    // After a replacement longer than its character, positions still point into the text as given.
    expect(countSegments('…á', { smartEncoding: true }).nonGsm).toEqual([{ char: 'á', index: 1 }]);
  });

  it('a replacement that keeps the message in GSM-7 is counted only when asked', () => {
    expect(countSegments('Don’t miss out…')).toMatchObject({ encoding: 'UCS-2', smartEncoding: false });
    expect(countSegments('Don’t miss out…', { smartEncoding: true })).toMatchObject({ encoding: 'GSM-7', characters: 17, smartEncoding: true });
  });

  it('can be forced to an encoding', () => {
    expect(countSegments('hello', { encoding: 'UCS-2' })).toMatchObject({ encoding: 'UCS-2', characters: 5, remaining: 65 });
    expect(countSegments('hello', { encoding: 'GSM-7' }).encoding).toBe('GSM-7');
  });

  it('rejects what it cannot count with a typed error', () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return isSendrightError(e) ? e.code : 'untyped';
      }
      return undefined;
    };
    expect(code(() => countSegments(42 as never))).toBe('INVALID_INPUT');
    expect(code(() => countSegments('x', 'auto' as never))).toBe('INVALID_INPUT');
    expect(code(() => countSegments('x', { encoding: 'utf8' as never }))).toBe('INVALID_ENCODING');
    expect(code(() => countSegments('x', { smartEncoding: 'yes' as never }))).toBe('INVALID_INPUT');
    expect(code(() => countSegments('😀', { encoding: 'GSM-7' }))).toBe('INVALID_ENCODING');
  });
});
