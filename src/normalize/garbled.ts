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
const SEED = new RegExp(`\uFFFD|(?<=\\p{Script=Han})\\^|[?？]?[a-z]*[${TONE}][a-z]*\\)?|[${CP1252}]|(?<=\\d)[?？](?=\\d)|(?<=\\p{Script=Han})\\?(?=\\d)`, 'gu');
const HAN = /^\p{Script=Han}$/u;
/** Punctuation inside a garbled run, taken in when a lone Han character (or more of it) follows. */
const STRAY = /^[?？。]$/;
const MAX_REACH = 8;

/** The characters every mark holds: most texts have none, and a lookup per character finds that fastest. */
const MARK_CODES = codeTable(`\uFFFD^${TONE}${CP1252}?？`);

/**
 * Finds garbled runs: each mark, widened over the single Han characters around it that do not
 * form words (mojibake rarely spells dictionary words), so 基层党建 after the run stays outside,
 * and over the question marks and full stops between them (a decoding accident, not punctuation).
 */
export function findGarbled(text: string, segmenter: Segmenter): Span[] {
  const spans: Span[] = [];
  if (!holdsAny(MARK_CODES, text)) return spans;
  for (const m of text.matchAll(SEED)) {
    const start = widen(text, m.index!, -1, segmenter);
    const end = widen(text, m.index! + m[0].length, 1, segmenter);
    const last = spans[spans.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return spans;
}

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
