import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ConverterBuilder, ConverterFactory, type DictGroup } from 'opencc-js/core';
import { BULLETS, codeTable, HAN_CODES, holdsAny } from './code-table.js';

export { findGarbled, type Span } from './garbled.js';

/**
 * Normalized text plus the way back: every UTF-16 unit of `text` knows the code-point
 * span of the original text it came from (including any annotation stripped after it).
 */
export interface Normalized {
  text: string;
  original: string;
  /** Maps a [start, end) span of normalized UTF-16 indices to code-point offsets in the original. */
  toOriginal(start: number, end: number): { start: number; end: number };
  /** The original text between two code-point offsets. */
  originalSlice(start: number, end: number): string;
}

/**
 * The text being rebuilt, one entry per kept code point, as parallel arrays (an object per
 * character would cost many times the memory on a long article): the normalized character and
 * the span of original code points behind it.
 */
interface Pieces {
  chars: string[];
  origStart: Int32Array;
  origEnd: Int32Array;
}

/** The converter and the set of simplified forms, built on first use (a thread that only writes output never needs them). */
let conversion: { toSimplified: (text: string) => string; simplifiedForms: Set<string> } | null = null;

/** opencc's Taiwan-to-mainland conversion of a line of text (the `tw` → `cn` converter, exactly). */
export const toSimplified = (text: string) => (conversion ??= buildConversion()).toSimplified(text);

/**
 * opencc's `tw` → `cn` converter, from the package's core and its traditional-to-simplified
 * dictionaries only (the simplified-to-traditional ones, a megabyte, are never loaded). opencc
 * first rewrites CJK compatibility ideographs (豈, U+F900 …) as their unified forms, a pass over
 * the whole text; a line that holds none is converted without that pass, with the same result.
 */
function buildConversion() {
  const T2CN = traditionalToSimplified();
  const { normalizationChain, ...tw2s } = T2CN.configs.tw2s as (typeof T2CN.configs)[string] & { normalizationChain?: DictGroup[] };
  const convert = ConverterBuilder({ from: T2CN.from, to: T2CN.to, configs: { tw2s } })({ from: 'tw', to: 'cn' });
  const normalizeCompatible = normalizationChain ? ConverterFactory(...normalizationChain) : (text: string) => text;
  const mayHoldCompatible = compatibleCheck(normalizationChain ?? []);
  // Every character that opencc's simplification writes for a single character is a simplified form.
  const simplifiedForms = new Set<string>();
  for (const [from, to] of dictionaryPairs(T2CN.to.cn!)) if ([...from].length === 1) for (const ch of to) simplifiedForms.add(ch);
  return { toSimplified: (text: string) => withoutMisusedVariants(convert(mayHoldCompatible(text) ? normalizeCompatible(text) : text)), simplifiedForms };
}

/**
 * Characters traditional reposts write for another that opencc leaves alone, since they are words of
 * their own: 陜 (narrow) for 陝 in 陜西, the province. One character for one, so every offset holds.
 */
const MISUSED_VARIANTS = new Set(['陜']);
const withoutMisusedVariants = (text: string) => (text.includes('陜西') ? text.replace(/陜西/g, '陕西') : text);

/**
 * opencc-js's traditional-to-simplified dictionaries, read when first needed: from its CommonJS
 * build, the same dictionaries as its ES modules, which could only be imported up front (some
 * 15 ms of every start, though most runs meet no traditional text).
 */
const traditionalToSimplified = () => createRequire(import.meta.url)('opencc-js/t2cn').Locale as typeof import('opencc-js/preset/t2cn');

/** The source and target of every entry of some opencc dictionary groups (`from to|from to|…`, or pairs). */
function* dictionaryPairs(groups: readonly DictGroup[]): Generator<readonly [string, string]> {
  for (const group of groups)
    for (const dictionary of group) {
      if (typeof dictionary !== 'string') yield* dictionary;
      else
        for (const pair of dictionary.split('|')) {
          const [from, to] = pair.split(' ');
          if (from && to) yield [from, to];
        }
    }
}

/**
 * Whether a text may hold a source character of the dictionaries: a table of their UTF-16 units
 * (an astral character by its first unit, so the check errs only towards yes).
 */
function compatibleCheck(groups: readonly DictGroup[]): (text: string) => boolean {
  const table = new Uint8Array(0x10000);
  for (const [from] of dictionaryPairs(groups)) table[from.charCodeAt(0)] = 1;
  return (text) => holdsAny(table, text);
}

const isSimplifiedForm = (ch: string) => (conversion ??= buildConversion()).simplifiedForms.has(ch);

/**
 * A traditional character changes when simplified and is no simplified form itself (黨, 著).
 * 么 is one: simplifying it alone would turn it into 幺, so simplified text must keep it.
 */
export const judgedTraditional = (ch: string) => toSimplified(ch) !== ch && !isSimplifiedForm(ch);

/** Where the build writes `judgedTraditional` of every BMP character (see compile.ts). */
export const TRADITIONAL_TABLE = new URL('../../dist/normalize/traditional.bin', import.meta.url);

/**
 * What is known of each BMP character: 0 not yet asked, 1 traditional, 2 not. Read from the
 * build's table, so that a simplified article never needs the converter built (a cold start's
 * first file); without the table, each character is judged when first met.
 */
let traditionalBmp: Uint8Array | undefined;
const bmpKnown = () => (traditionalBmp ??= existsSync(TRADITIONAL_TABLE) ? new Uint8Array(readFileSync(TRADITIONAL_TABLE)) : new Uint8Array(0x10000));
const traditionalAstral = new Map<string, boolean>();

function isTraditional(ch: string): boolean {
  if (ch.length === 1) {
    const known = bmpKnown();
    const code = ch.charCodeAt(0);
    if (known[code] === 0) known[code] = judgedTraditional(ch) ? 1 : 2;
    return known[code] === 1;
  }
  let known = traditionalAstral.get(ch);
  if (known === undefined) traditionalAstral.set(ch, (known = judgedTraditional(ch)));
  return known;
}

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/** A syllable with a tone mark or a tone number, spaces allowed inside the parentheses: (gè), (huì ), ( ge4 ). */
const PINYIN_BODY = new RegExp(`^[ \u3000]*[a-z${TONE_VOWELS}]{1,7}[1-5]?[ \u3000]*$`);
const HAS_TONE = new RegExp(`[${TONE_VOWELS}1-5]`);
const HAN = /\p{Script=Han}/u;

/** Full-width forms folded to ASCII (the no-break space, &nbsp; in saved pages, and 丨 to a space in `foldWidth`). */
const WIDTH_FOLD: { [ch: string]: string } = { '％': '%', '﹪': '%', '．': '.' };

/** Invisible format characters (zero-width, bidi controls, soft hyphen, BOM): dropped, so 1\u200b2 reads 12. */
const INVISIBLE = '\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb';
/** The invisible characters (all are in the BMP) as a table: looked up for every character of an article. */
const INVISIBLE_CODES = codeTable(INVISIBLE);
const isInvisible = (ch: string) => ch.length === 1 && INVISIBLE_CODES[ch.charCodeAt(0)] === 1;

/** Characters normalization folds or drops wherever they stand (full-width digits, ％ ﹪ ．, 丨, invisible characters; the no-break space is folded in place). */
const FOLDED_OR_DROPPED_CHARS = `０-９％﹪．丨${INVISIBLE}`;
const FOLDED_OR_DROPPED = codeTable(FOLDED_OR_DROPPED_CHARS);
/** The letters a pinyin syllable starts with. */
const PINYIN_LETTER = codeTable(`a-z${TONE_VOWELS}`);

/** Whether a bracket at `i` may open a pinyin annotation: a letter follows, after at most one space. */
function mayOpenAnnotation(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 0x28 && code !== 0xff08) return false;
  const next = text.charCodeAt(i + 1);
  return PINYIN_LETTER[next] === 1 || ((next === 0x20 || next === 0x3000) && PINYIN_LETTER[text.charCodeAt(i + 2)] === 1);
}

export function normalize(original: string): Normalized {
  const wraps = hardWraps(original);
  // The no-break space (&nbsp;) folds to a space in place, one unit for one: the offsets stay the same.
  if (wraps.size === 0 && isAlreadyNormal(original)) return identity(original, original.includes('\u00a0') ? original.replace(NO_BREAK_SPACES, ' ') : original);
  const codePoints = codePointsOf(original);
  const pieces = stripPinyin(codePoints, wraps.size ? codePointOffsets(original, wraps) : wraps);
  simplify(pieces, isTraditionalText(pieces.chars));
  return buildNormalized(original, codePoints, pieces);
}

/**
 * The original's characters, indexed by code point: the text itself when all of them are in the
 * BMP, where each UTF-16 unit is one (most texts: no array of a string per character to build and
 * keep), else one string per character.
 */
type CodePoints = string | readonly string[];
const codePointsOf = (text: string): CodePoints => (BEYOND_BMP.test(text) ? [...text] : text);
const BEYOND_BMP = /[\ud800-\udbff]/;

/** Distinct traditional characters that make a text traditional, whatever its length. */
const TRADITIONAL_DISTINCT = 3;
/** The share of Han characters that makes a short text traditional: 黨支部, 新建12個支部. */
const TRADITIONAL_SHARE = 0.2;

/**
 * Characters opencc takes for traditional ones that simplified writing keeps in names and words
 * (乾县, 乾隆, 於潜镇, 著名, 瞭望, 宫商角徵羽): a simplified text keeps them, and they make no text traditional.
 */
const KEPT_IN_SIMPLIFIED = new Set([...'乾於著徵瞭']);

/** Whether the text is written in traditional characters, not simplified with a stray traditional one (長乐区). */
function isTraditionalText(chars: string[]): boolean {
  const seen = new Set<string>();
  let traditional = 0;
  let han = 0;
  for (const ch of chars) {
    if (HAN_CODES[ch.charCodeAt(0)] !== 1) continue;
    han++;
    if (!isTraditional(ch) || KEPT_IN_SIMPLIFIED.has(ch)) continue;
    traditional++;
    seen.add(ch);
    if (seen.size >= TRADITIONAL_DISTINCT) return true;
  }
  return traditional > 0 && traditional >= han * TRADITIONAL_SHARE;
}

/**
 * Most articles are simplified, without annotations or full-width digits: nothing to change. Text
 * with characters beyond the BMP is never taken as it is (see `identity`).
 */
function isAlreadyNormal(text: string): boolean {
  const traditionalBmp = bmpKnown();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (LOOK_CLOSER[code] === 1) {
      if ((code >= 0xd800 && code <= 0xdbff) || FOLDED_OR_DROPPED[code] === 1 || mayOpenAnnotation(text, i)) return false;
      if ((code === 0x20 || code === 0x3000) && SPACED_CODES[text.charCodeAt(i - 1)] === 1 && SPACED_CODES[text.charCodeAt(i + 1)] === 1 && (text.charCodeAt(i - 2) === code || text.charCodeAt(i + 2) === code)) return false;
    }
    const known = traditionalBmp[code];
    if (known === 1 || (known === 0 && isTraditional(text[i]!))) return false;
  }
  return true;
}

/** The characters `isAlreadyNormal` looks at more closely (a table: it reads every character of most articles): high surrogates, what is folded or dropped, brackets that may open an annotation, spaces. */
const LOOK_CLOSER = codeTable(`\ud800-\udbff${FOLDED_OR_DROPPED_CHARS}(（ \u3000`);

const NO_BREAK_SPACES = /\u00a0/g;

/** The identity map, for text of BMP characters only, where UTF-16 and code-point offsets agree. */
function identity(original: string, text: string): Normalized {
  return {
    text,
    original,
    toOriginal: (start, end) => ({ start, end: Math.max(start, end) }),
    originalSlice: (start, end) => original.slice(start, end),
  };
}

/**
 * Removes pinyin injected after characters, such as 個(gè) or 區（qū）, keeping it in the previous
 * character's span, and invisible format characters.
 */
function stripPinyin(codePoints: CodePoints, dropped: Set<number>): Pieces {
  const chars: string[] = [];
  const origStart = new Int32Array(codePoints.length);
  const origEnd = new Int32Array(codePoints.length);
  for (let i = 0; i < codePoints.length; i++) {
    const annotationEnd = chars.length > 0 ? pinyinAnnotationEnd(codePoints, i) : -1;
    if (annotationEnd > 0) {
      origEnd[chars.length - 1] = annotationEnd;
      i = annotationEnd - 1;
      continue;
    }
    // A dropped character stays inside any span around it: spans are ranges of the original.
    if (isInvisible(codePoints[i]!) || isLetterSpacing(codePoints, i) || dropped.has(i)) continue;
    origStart[chars.length] = i;
    origEnd[chars.length] = i + 1;
    chars.push(foldWidth(codePoints[i]!));
  }
  return { chars, origStart: origStart.subarray(0, chars.length), origEnd: origEnd.subarray(0, chars.length) };
}

/** If an annotation such as (gè), or (dǎng yuán) after 党员, starts at `i`, returns the index just past it, else -1. */
function pinyinAnnotationEnd(codePoints: CodePoints, i: number): number {
  const open = codePoints[i];
  if (open !== '(' && open !== '（') return -1;
  let j = i + 1;
  while (j < codePoints.length && j - i <= MAX_ANNOTATION && codePoints[j] !== ')' && codePoints[j] !== '）') j++;
  if (codePoints[j] !== ')' && codePoints[j] !== '）') return -1;
  let body = '';
  for (let k = i + 1; k < j; k++) if (!isInvisible(codePoints[k]!)) body += codePoints[k];
  if (!PINYIN_BODY.test(body)) return isWordAnnotation(body, codePoints, i) ? j + 1 : -1;
  const previous = codePoints[i - 1] ?? '';
  // Toneless syllables like (de) are only taken as annotations right after a Han character.
  if (!HAS_TONE.test(body) && !HAN.test(previous)) return -1;
  // 黨(dang) 員: a space the annotation left between two characters of a word goes with it.
  return codePoints[j + 1] === ' ' && HAN.test(previous) && HAN.test(codePoints[j + 2] ?? '') ? j + 2 : j + 1;
}

/** Up to four syllables of seven letters, spaces between and around. */
const MAX_ANNOTATION = 36;
const SYLLABLE = new RegExp(`^[a-z${TONE_VOWELS}]{1,7}[1-5]?$`);

/**
 * A word's annotation, one syllable for each of the Han characters right before it, every
 * syllable with its tone (党员（dǎng yuán）, 组织(zu3 zhi1)): without tones, (dang yuan) may be
 * an English or romanised name and stays.
 */
function isWordAnnotation(body: string, codePoints: CodePoints, i: number): boolean {
  const syllables = body.trim().split(/[ \u3000]+/);
  if (syllables.length < 2 || syllables.length > 4 || !syllables.every((s) => SYLLABLE.test(s) && HAS_TONE.test(s))) return false;
  for (let k = 1; k <= syllables.length; k++) if (!HAN.test(codePoints[i - k] ?? '')) return false;
  return true;
}

/** A long line of a hard-wrapped text: as PDF exports cut prose, every 30 to 40 characters. */
const WRAPPED_LINE = 18;
/** How many wraps make a text wrapped: a page's few short header lines (headline, menu path, date, source) make none. */
const MIN_WRAPS = 4;
/** What ends a line that is no wrap: a sentence's end, a colon; what opens one: a heading's or an item's marker. */
const LINE_END = /[。！？!?；;：:]$/;
/** A table's row or a label's line: columns apart by tabs, bars or runs of spaces. */
const COLUMNS = /\t|\S[ \u3000]{2,}\S|[|｜]/;
const ITEM_OPENING = new RegExp(`^[ \\t\\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d)|[${BULLETS}【—\\-①-⑳❶-❿]|\\p{Extended_Pictographic})`, 'u');

/**
 * The line breaks of a hard-wrapped text (a PDF export cuts its prose every 30 to 40 characters,
 * inside sentences, names and numbers: 覆盖率达到96⏎.3%): a break after a long line that ends
 * inside a sentence, before a line that opens no heading or item. A text is taken as wrapped only
 * where four such breaks or more are two in five of its breaks between lines of text. Offsets
 * are UTF-16 ones.
 */
function hardWraps(text: string): Set<number> {
  const wraps = new Set<number>();
  if (text.length < 200) return wraps;
  // Each line's bounds without its surrounding spaces, found once: [start, end) in UTF-16 units.
  const lines: [number, number, number][] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let a = start;
    let b = end;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    lines.push([a, b, end]);
    start = end + 1;
  }
  let breaks = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const [a, b, newline] = lines[k]!;
    const [c, d] = lines[k + 1]!;
    if (a === b || c === d) continue;
    breaks++;
    const length = b - a;
    // A heading before its paragraph is followed by a far longer line; a wrapped line by one no longer than itself, give or take.
    if (length < WRAPPED_LINE || d - c > length * 1.5 || c !== newline + 1) continue;
    const line = text.slice(a, b);
    const next = text.slice(c, d);
    if (!LINE_END.test(line) && !ITEM_OPENING.test(next) && !COLUMNS.test(line) && !COLUMNS.test(next)) wraps.add(newline);
  }
  if (wraps.size < MIN_WRAPS || wraps.size * 5 < breaks * 2) return new Set();
  // A Windows line end (\r\n) goes whole: a \r left inside a number (23\r0件) would cut it in two.
  for (const newline of [...wraps]) if (text.charCodeAt(newline - 1) === 0x0d) wraps.add(newline - 1);
  return wraps;
}

const isSpaceCode = (code: number) => code === 0x20 || code === 0x09 || code === 0x0d || code === 0x3000 || code === 0xa0;

/** UTF-16 offsets as code-point offsets (they differ after a character beyond the BMP). */
function codePointOffsets(text: string, offsets: Set<number>): Set<number> {
  const points = new Set<number>();
  let point = 0;
  for (let i = 0; i < text.length; i++, point++) {
    if (offsets.has(i)) points.add(point);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) i++;
  }
  return points;
}

/**
 * A space between single characters in a run spaced out letter by letter (党 员 2 6 名, as PDF
 * exports write headings and sometimes whole paragraphs): dropped, so words and numbers read whole.
 * A space that does not alternate with single characters stays (开展 46 场, 3 150 元).
 */
function isLetterSpacing(codePoints: CodePoints, i: number): boolean {
  if (codePoints[i] !== ' ' && codePoints[i] !== '\u3000') return false;
  if (!isSpacedCharacter(codePoints[i - 1]) || !isSpacedCharacter(codePoints[i + 1])) return false;
  return codePoints[i - 2] === codePoints[i] || codePoints[i + 2] === codePoints[i];
}

const isSpacedCharacter = (ch: string | undefined) => ch !== undefined && SPACED_CODES[ch.charCodeAt(0)] === 1;
/** Han characters, digits and Chinese punctuation: what a spaced-out run is made of. */
const SPACED_CODES = codeTable('\u3400-\u4dbf\u4e00-\u9fff0-9\uff10-\uff19\uff0c\u3001\u3002\uff1a\uff1b\uff08\uff09\u201c\u201d');

/**
 * A character as normalized text writes it: full-width forms as ASCII, the no-break space as a space,
 * and 丨, an ideograph headlines use as a bar (回眸2022丨某街道：…), as a space too: left a Han
 * character, it would run into the name after it.
 */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code === 0xa0 || code === 0x4e28) return ' ';
  if (code < 0xfe6a) return ch;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return WIDTH_FOLD[ch] ?? ch;
}

/**
 * Converts traditional to simplified line by line, so that phrase-level conversions apply; only
 * traditional characters take the converted form, so simplified text never changes. A line whose
 * conversion changes its length in code points is converted character by character instead,
 * which keeps the one-to-one offset map exact.
 */
function simplify({ chars }: Pieces, traditionalText: boolean): void {
  // In simplified text a stray traditional character is simplified (長乐区), one simplified writing keeps is not (乾县).
  const converts = (ch: string) => (isTraditional(ch) && (traditionalText || !KEPT_IN_SIMPLIFIED.has(ch))) || (traditionalText && MISUSED_VARIANTS.has(ch));
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && chars[i] !== '\n') continue;
    if (hasConverted(chars, lineStart, i, converts)) simplifyLine(chars, lineStart, i, converts);
    lineStart = i + 1;
  }
}

function hasConverted(chars: string[], from: number, to: number, converts: (ch: string) => boolean): boolean {
  for (let k = from; k < to; k++) if (converts(chars[k]!)) return true;
  return false;
}

function simplifyLine(chars: string[], from: number, to: number, converts: (ch: string) => boolean): void {
  const line = chars.slice(from, to).join('');
  const converted = toSimplified(line);
  // Without surrogate pairs a string's UTF-16 units are its code points: index it directly rather than spread it into one string per character.
  const points: ArrayLike<string> = line.length === to - from && converted.length === line.length ? converted : [...converted];
  const sameLength = points.length === to - from;
  for (let k = from; k < to; k++) {
    if (converts(chars[k]!)) chars[k] = sameLength ? points[k - from]! : toSimplified(chars[k]!);
  }
}

function buildNormalized(original: string, codePoints: CodePoints, { chars, origStart, origEnd }: Pieces): Normalized {
  const text = chars.join('');
  const unitStart = new Int32Array(text.length + 1);
  const unitEnd = new Int32Array(text.length + 1);
  let u = 0;
  for (let i = 0; i < chars.length; i++) {
    for (let k = 0; k < chars[i]!.length; k++, u++) {
      unitStart[u] = origStart[i]!;
      unitEnd[u] = origEnd[i]!;
    }
  }
  unitStart[text.length] = codePoints.length;
  return {
    text,
    original,
    toOriginal(start, end) {
      if (end <= start) return { start: unitStart[start]!, end: unitStart[start]! };
      return { start: unitStart[start]!, end: unitEnd[end - 1]! };
    },
    originalSlice(start, end) {
      return typeof codePoints === 'string' ? codePoints.slice(start, end) : codePoints.slice(start, end).join('');
    },
  };
}
