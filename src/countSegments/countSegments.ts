import { describe, SendrightError } from '../_lib/errors';
import { isRecord, own } from '../_lib/own';
import { SMART_ENCODING } from './smartEncoding';

/** How a message is encoded on the air: GSM 03.38 seven-bit, or UCS-2 (UTF-16 code units). */
export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** Options of {@link countSegments}. */
export interface CountSegmentsOptions {
  /** `'auto'` (default): GSM-7 when every character is in the GSM 03.38 tables, else UCS-2. Or force one. */
  readonly encoding?: SmsEncoding | 'auto';
  /** Count the text after Smart Encoding's replacements (curly quotes to straight ones and the like). Default `false`: count it as given. */
  readonly smartEncoding?: boolean;
}

/** A character of the text, at a UTF-16 offset. */
export interface CharacterAt {
  /** The character (one code point). */
  readonly char: string;
  /** Its UTF-16 offset in the text as given. */
  readonly index: number;
}

/** A character Smart Encoding replaces, and with what. */
export interface Replacement extends CharacterAt {
  /** What it becomes (possibly nothing, or several characters). */
  readonly replacement: string;
}

/** Result of {@link countSegments}. */
export interface SegmentCount {
  /** The encoding the message goes out in. */
  readonly encoding: SmsEncoding;
  /** How many SMS segments it takes (at least 1: an empty message is one segment). */
  readonly segments: number;
  /**
   * Its length in the units the segments count: GSM-7 septets (a character of
   * the extension table, such as `€` or `{`, costs two) or UCS-2 code units (a
   * character outside the Basic Multilingual Plane, such as most emoji, costs two).
   */
  readonly characters: number;
  /** Units still free in the last segment. */
  readonly remaining: number;
  /** Units one segment holds: 160 or 153 for GSM-7, 70 or 67 for UCS-2 (153 and 67 when the message is split). */
  readonly perSegment: number;
  /** Whether the count is after Smart Encoding's replacements. */
  readonly smartEncoding: boolean;
  /** The characters that are not in the GSM 03.38 tables (after the replacements, when `smartEncoding`), with their positions in the text as given. */
  readonly nonGsm: readonly CharacterAt[];
  /** The characters Smart Encoding would replace, with their positions and replacements (given whatever `smartEncoding` is). */
  readonly replacements: readonly Replacement[];
}

// GSM 03.38 default alphabet (one septet) and extension table (escape + one septet).
const BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

/** Septets per code unit: 1 for the default alphabet, 2 for the extension table, 0 for anything else. */
let septets: Map<number, number> | undefined;
function septetTable(): Map<number, number> {
  if (septets === undefined) {
    septets = new Map();
    for (const c of BASIC) septets.set(c.charCodeAt(0), 1);
    for (const c of EXTENSION) septets.set(c.charCodeAt(0), 2);
  }
  return septets;
}

let smart: Map<string, string> | undefined;
function smartTable(): Map<string, string> {
  if (smart === undefined) {
    smart = new Map();
    for (const [to, froms] of SMART_ENCODING) for (const from of froms) smart.set(from, to);
  }
  return smart;
}

/** For the ASCII range, looked up without hashing: septets per character, and whether Smart Encoding replaces it. */
let asciiSeptets: Uint8Array | undefined;
let asciiSmart: Uint8Array | undefined;
function asciiTables(): readonly [Uint8Array, Uint8Array] {
  if (asciiSeptets === undefined || asciiSmart === undefined) {
    const gsm = septetTable();
    const table = smartTable();
    asciiSeptets = new Uint8Array(128);
    asciiSmart = new Uint8Array(128);
    for (let code = 0; code < 128; code++) {
      asciiSeptets[code] = gsm.get(code) ?? 0;
      asciiSmart[code] = table.has(String.fromCharCode(code)) ? 1 : 0;
    }
  }
  return [asciiSeptets, asciiSmart];
}

/** Text made only of the basic table's characters in the ASCII range (line feed, carriage return, space to Z, underscore, a to z). */
const GSM_ASCII = /^[\n\r\x20-\x5A_a-z]*$/;

const SEGMENT_BITS = 1120; // 140 octets
const HEADER_BITS = 48; // the 6-octet user data header of a concatenated message

/** Splits text into grapheme clusters (user-perceived characters), keeping a CR LF pair apart. */
let segmenter: { segment(text: string): Iterable<{ segment: string }> } | null | undefined;
function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    const Segmenter = (Intl as unknown as { Segmenter?: new (locale?: string, options?: { granularity: string }) => { segment(text: string): Iterable<{ segment: string }> } }).Segmenter;
    segmenter = Segmenter === undefined ? null : new Segmenter(undefined, { granularity: 'grapheme' });
  }
  const out: string[] = [];
  if (segmenter === null) {
    // Without Intl.Segmenter: code points (a surrogate pair stays whole; combined emoji may split).
    for (const c of text) out.push(c);
    return out;
  }
  for (const { segment } of segmenter.segment(text)) {
    if (segment === '\r\n') out.push('\r', '\n');
    else out.push(segment);
  }
  return out;
}

/**
 * Packs items (sizes in bits) into segments the way a concatenated SMS is
 * built: the first segment holds 1,120 bits; once the message needs a second,
 * every segment carries a 48-bit header, and an item never splits across two
 * segments. Returns the number of segments and the bits used in the last.
 */
function pack(sizes: readonly number[], total: number): { count: number; lastBits: number } {
  if (total <= SEGMENT_BITS) return { count: 1, lastBits: total };
  const segments: { bits: number; header: boolean; items: number[] }[] = [{ bits: 0, header: false, items: [] }];
  let current = segments[0]!;
  for (const size of sizes) {
    if (SEGMENT_BITS - current.bits < size) {
      const next = { bits: HEADER_BITS, header: true, items: [] as number[] };
      segments.push(next);
      const previous = current;
      if (!previous.header) {
        // The first segment gets its header now; what no longer fits moves on.
        previous.header = true;
        previous.bits += HEADER_BITS;
        const moved: number[] = [];
        while (previous.bits > SEGMENT_BITS) {
          const item = previous.items.pop()!;
          previous.bits -= item;
          moved.unshift(item);
        }
        for (const item of moved) {
          next.items.push(item);
          next.bits += item;
        }
      }
      current = next;
    }
    current.items.push(size);
    current.bits += size;
  }
  return { count: segments.length, lastBits: current.bits };
}

/**
 * Counts the SMS segments a text takes, and says why: its encoding, its length
 * in septets or UCS-2 units, what is left in the last segment, the characters
 * that force UCS-2 and the replacements that would keep it in GSM-7.
 *
 * - GSM-7: 160 septets in one segment, 153 per segment once split; a character
 *   of the extension table costs two and its escape pair never splits.
 * - UCS-2: 70 units in one segment, 67 once split; a character outside the
 *   Basic Multilingual Plane costs two units, and a character made of several
 *   code points (a combined emoji, a letter with a combining mark) never splits.
 * - Line breaks count as written: `\r\n` is two characters.
 * - National language shift tables (Turkish, Spanish, Portuguese, Indian
 *   languages) are not modelled: text that needs them counts as UCS-2.
 *
 * It agrees with Twilio's segment calculator on encoding and segment count,
 * with and without Smart Encoding. Splitting into user-perceived characters
 * uses `Intl.Segmenter` where the platform has it.
 *
 * @param text - the message text
 * @param options - `encoding` (`'auto'`, `'GSM-7'` or `'UCS-2'`) and `smartEncoding`
 * @returns the encoding, segments, length and the characters behind them
 * @throws SendrightError `INVALID_INPUT` when `text` is not a string or an option is malformed; `INVALID_ENCODING` when `encoding: 'GSM-7'` is asked for text that has characters outside GSM-7
 * @example
 * ```ts
 * countSegments('Your code is 123456').segments;
 * //=> 1
 * countSegments('Don’t miss out…').encoding;
 * //=> 'UCS-2'
 * countSegments('Don’t miss out…', { smartEncoding: true }).encoding;
 * //=> 'GSM-7'
 * ```
 * @category Functions
 */
export function countSegments(text: string, options?: CountSegmentsOptions): SegmentCount {
  if (typeof text !== 'string') throw new SendrightError('INVALID_INPUT', `countSegments expects the message text as a string; got ${describe(text)}.`, 'text');
  if (options !== undefined && !isRecord(options)) throw new SendrightError('INVALID_INPUT', `countSegments options must be an object such as { smartEncoding: true }; got ${describe(options)}.`, 'options');
  const asked = options === undefined ? undefined : own<unknown>(options, 'encoding');
  if (asked !== undefined && asked !== 'auto' && asked !== 'GSM-7' && asked !== 'UCS-2') {
    throw new SendrightError('INVALID_ENCODING', `\`encoding\` must be 'auto', 'GSM-7' or 'UCS-2'; got ${describe(asked)}.`, 'encoding');
  }
  const smartOption = options === undefined ? undefined : own<unknown>(options, 'smartEncoding');
  if (smartOption !== undefined && typeof smartOption !== 'boolean') throw new SendrightError('INVALID_INPUT', `\`smartEncoding\` must be true or false; got ${describe(smartOption)}.`, 'smartEncoding');
  const smartEncoding = smartOption === true;

  // The common case: only characters of the basic table's ASCII part, one septet each, none that Smart Encoding replaces.
  if (asked !== 'UCS-2' && GSM_ASCII.test(text)) {
    const n = text.length;
    const count = n <= 160 ? 1 : Math.ceil(n / 153);
    const perSegment = count === 1 ? 160 : 153;
    return { encoding: 'GSM-7', segments: count, characters: n, remaining: perSegment * count - n, perSegment, smartEncoding, nonGsm: [], replacements: [] };
  }

  // Replacements, and the text as counted with a map back to the text as given.
  const table = smartTable();
  const [asciiGsm, asciiReplaced] = asciiTables();
  const replacements: Replacement[] = [];
  let counted = text;
  let origin: number[] | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && asciiReplaced[code] === 0) continue;
    const to = table.get(text[i]!);
    if (to !== undefined) replacements.push({ char: text[i]!, index: i, replacement: to });
  }
  if (smartEncoding && replacements.length > 0) {
    let out = '';
    origin = [];
    let r = 0;
    for (let i = 0; i < text.length; i++) {
      const hit = replacements[r];
      const piece = hit !== undefined && hit.index === i ? (r++, hit.replacement) : text[i]!;
      out += piece;
      for (let k = 0; k < piece.length; k++) origin.push(i);
    }
    counted = out;
  }

  // Which characters are outside GSM-7, and the length in septets.
  const gsm = septetTable();
  const nonGsm: CharacterAt[] = [];
  let septetCount = 0;
  for (let i = 0; i < counted.length; i++) {
    const code = counted.charCodeAt(i);
    const s = code < 128 ? asciiGsm[code]! : (gsm.get(code) ?? 0);
    if (s !== 0) {
      septetCount += s;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < counted.length ? counted.codePointAt(i)! > 0xffff : false;
    nonGsm.push({ char: pair ? counted.slice(i, i + 2) : counted[i]!, index: origin === undefined ? i : origin[i]! });
    if (pair) i++;
  }
  const encoding: SmsEncoding = asked === 'GSM-7' || asked === 'UCS-2' ? asked : nonGsm.length > 0 ? 'UCS-2' : 'GSM-7';
  if (encoding === 'GSM-7' && nonGsm.length > 0) {
    throw new SendrightError('INVALID_ENCODING', `The text has characters outside GSM-7 (first: ${JSON.stringify(nonGsm[0]!.char)} at ${nonGsm[0]!.index}); count it as 'auto' or 'UCS-2'.`, 'encoding');
  }

  let characters: number;
  let sizes: number[];
  const bitsPerUnit = encoding === 'GSM-7' ? 7 : 16;
  if (encoding === 'GSM-7') {
    characters = septetCount;
    sizes = [];
    if (characters * 7 > SEGMENT_BITS) {
      for (let i = 0; i < counted.length; i++) {
        const code = counted.charCodeAt(i);
        sizes.push((code < 128 ? asciiGsm[code]! : gsm.get(code)!) * 7);
      }
    }
  } else {
    characters = counted.length;
    sizes = characters * 16 > SEGMENT_BITS ? graphemes(counted).map((g) => g.length * 16) : [];
  }
  const { count, lastBits } = pack(sizes, characters * bitsPerUnit);
  const capacity = count === 1 ? SEGMENT_BITS : SEGMENT_BITS - HEADER_BITS;
  return {
    encoding,
    segments: count,
    characters,
    remaining: Math.max(0, Math.floor((SEGMENT_BITS - lastBits) / bitsPerUnit)),
    perSegment: Math.floor(capacity / bitsPerUnit),
    smartEncoding,
    nonGsm,
    replacements,
  };
}
