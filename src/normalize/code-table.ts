/**
 * Tables of UTF-16 codes, for scans that look at every character of an article: a lookup per
 * character is faster than a regex test. Kept apart from the normalize stage's index so that any
 * module can use them without loading the converters.
 */

/** The bullets that open a list's items (▲某镇：…, ◎某村党支部书记：…), as a regex class's contents. */
export const BULLETS = '▲△■□●○◆◇★☆※•·◎◉⊙◈♦❖➤►▶▷✦✧✿❀☞';

/** The markers of a list's items as regex sources, from the outermost list to the innermost: 一、 （一） 1. （1） and bullets. */
export const ITEM_MARKERS = [String.raw`[一二三四五六七八九十]+[、.．]`, String.raw`[（(][一二三四五六七八九十]+[)）]`, String.raw`\d+[、.．]`, String.raw`[（(]\d+[)）]`, `[${BULLETS}]+`];

/** A table with 1 for each character of `set`, written like a regex class without brackets: `a-z`, `\u200b-\u200f`. */
export function codeTable(set: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < set.length; i++) {
    const from = set.charCodeAt(i);
    const to = set[i + 1] === '-' && i + 2 < set.length ? set.charCodeAt((i += 2)) : from;
    table.fill(1, from, to + 1);
  }
  return table;
}

/** Whether any character of the text is in the table. */
export function holdsAny(table: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Han characters of the Basic Multilingual Plane, as `\p{Script=Han}` has them (a test holds the two equal). */
export const HAN_CODES = codeTable('\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9');

/** Whether the UTF-16 unit at `at` is a Han character of the BMP (false outside the text). */
export const isHanAt = (text: string, at: number) => at >= 0 && at < text.length && HAN_CODES[text.charCodeAt(at)] === 1;
