import type { Segmenter } from '../segment/index.js';
import { codeTable, holdsAny } from './code-table.js';

export interface Span {
  start: number;
  end: number;
}

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** Windows-1252 characters that Chinese prose never uses, left where GBK bytes were read as that code page (全?。保梗祩€). */
const CP1252 = '€ƒ†‡ˆŠ‹ŒŽ˜š›œžŸ';
/**
 * Marks of mojibake in normalized text: a replacement character, a caret after a Han character,
 * pinyin left over after annotations were stripped (平?jīng)鍪嗅轻紖^), a Windows-1252 symbol, or a
 * question mark inside a number or before one (3?2名, 党员?32名). A plain question mark between Han
 * characters is no mark: 怎么办?在… is a question.
 */
const SEED = `\uFFFD|(?<=\\p{Script=Han})\\^|[?？]?[a-z]*[${TONE}][a-z]*\\)?|[${CP1252}]|(?<=\\d)[?？](?=\\d)|(?<=\\p{Script=Han})\\?(?=\\d)`;
/** SEED tried at one place only. */
const SEED_AT = new RegExp(SEED, 'uy');
const HAN = /^\p{Script=Han}$/u;
/** Punctuation inside a garbled run, taken in when a lone Han character (or more of it) follows. */
const STRAY = /^[?？。]$/;
const MAX_REACH = 8;

/** The characters every mark holds: most texts have none, and a lookup per character finds that fastest. */
const MARK_CODES = codeTable(`\uFFFD^${TONE}${CP1252}?？`);
const LETTER_CODES = codeTable('a-z');

/**
 * Finds garbled runs: each mark, widened over the single Han characters around it that do not
 * form words (mojibake rarely spells dictionary words), so 基层党建 after the run stays outside,
 * and over the question marks and full stops between them (a decoding accident, not punctuation).
 */
export function findGarbled(text: string, segmenter: Segmenter): Span[] {
  const spans: Span[] = [];
  if (!holdsAny(MARK_CODES, text)) return spans;
  for (const m of seeds(text)) {
    const start = widen(text, m.index, -1, segmenter);
    const end = widen(text, m.index + m.text.length, 1, segmenter);
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

/**
 * The matches of SEED, as a global search would find them, but tried only next to a mark: every
 * match holds one, and only pinyin letters can stand before it in a match (a regex search over a
 * whole article costs many times the lookups).
 */
function* seeds(text: string): Generator<{ index: number; text: string }> {
  let from = 0;
  for (let mark = nextMark(text, 0); mark < text.length; mark = nextMark(text, Math.max(mark + 1, from))) {
    let start = mark;
    while (start > from && LETTER_CODES[text.charCodeAt(start - 1)] === 1) start--;
    for (let at = start; at <= mark; at++) {
      SEED_AT.lastIndex = at;
      const m = SEED_AT.exec(text);
      if (!m) continue;
      yield { index: at, text: m[0] };
      from = at + Math.max(1, m[0].length);
      break;
    }
  }
}

const nextMark = (text: string, from: number) => {
  let i = from;
  while (i < text.length && MARK_CODES[text.charCodeAt(i)] !== 1) i++;
  return i;
};

function widen(text: string, from: number, direction: -1 | 1, segmenter: Segmenter): number {
  const windowStart = direction < 0 ? Math.max(0, from - MAX_REACH) : from;
  const windowEnd = direction < 0 ? from : Math.min(text.length, from + MAX_REACH);
  const tokens = segmenter.words(text.slice(windowStart, windowEnd)).map((t) => ({ ...t, start: t.start + windowStart, end: t.end + windowStart }));
  const ordered = direction < 0 ? tokens.reverse() : tokens;
  let edge = from;
  for (const [i, token] of ordered.entries()) {
    const next = ordered[i + 1];
    const inside = HAN.test(token.word) || (STRAY.test(token.word) && next !== undefined && (HAN.test(next.word) || STRAY.test(next.word)));
    if (token.word.length !== 1 || !inside) break;
    edge = direction < 0 ? token.start : token.end;
  }
  return edge;
}
