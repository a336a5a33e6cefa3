import { levelRank, type PlaceName } from './place-names.js';

/** A stretch of text (UTF-16 offsets) reported by a unit below the one around it. */
export interface SubjectSpan {
  /** Null for figures of a province the file never names (全省, 我省). */
  unit: string | null;
  start: number;
  end: number;
}

interface Paragraph {
  text: string;
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？!?；;]/g;
const CLAUSE_END = /[，,、]/g;
/** A figure, not a date or an anniversary (2021年, 100周年, 5月). */
const FIGURE = /\d[\d.]*(?![\d.]|周年|年|月|日|届)/;
/** 全省共有…, 我省已建成…: figures of the province, when the file never names it, have no unit. */
const PROVINCE_SUBJECT = /(?:^|[^在于])(?:全省|我省|本省)/;
const LEAD = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[)）])?[\s\u3000]*/u;
/** 在某村 is a venue, 从某街道了解到 / 据某镇 a source: neither is a subject. */
const VENUE_BEFORE = /[在于赴到至从据]$/;
const BACK_REFERENCE = /本村|该村|全村|本社区|该社区|全社区|该镇|全镇|本镇|该街道/;

/**
 * Units the article reports as units of their own: a paragraph led by a village, community or
 * town below or beside the unit of its section (某村：党员21名…), or a sentence whose subject,
 * named before its first figure, is one (某村累计完成…、某社区收集问题65个); 本村 and 该村 in
 * the same paragraph refer back to it. A venue (在某村) is never a subject.
 */
export function subjectSpans(paragraphs: Paragraph[], names: PlaceName[], unitAt: (offset: number) => string | null): SubjectSpan[] {
  const spans: SubjectSpan[] = [];
  const provinceUnnamed = !names.some((n) => n.name.endsWith('省'));
  for (const paragraph of paragraphs) {
    const outer = unitAt(paragraph.start);
    if (outer === null) continue;
    const outerRank = levelRank(outer);
    const lower = (n: PlaceName) => n.name !== outer && levelRank(n.name) >= outerRank && !outer.endsWith(n.name) && !n.name.endsWith(outer);
    const inParagraph = names.filter((n) => n.start >= paragraph.start && n.end <= paragraph.end && !n.commonStem);
    const leadEnd = paragraph.start + (LEAD.exec(paragraph.text)?.[0].length ?? 0);
    const leading = leadingChain(paragraph, inParagraph, leadEnd);
    if (leading && lower(leading)) {
      spans.push({ unit: leading.name, start: paragraph.start, end: paragraph.end });
      continue;
    }
    let last: string | null = null;
    /** The first unit named before the part's first figure (or anywhere, without one); the last of a path (某镇某村). */
    const subjectOf = (part: Paragraph) => {
      const firstFigure = part.text.search(FIGURE);
      const figureAt = firstFigure < 0 ? part.end : part.start + firstFigure;
      const before = (n: PlaceName) => paragraph.text.slice(0, n.start - paragraph.start);
      const after = (n: PlaceName) => paragraph.text.slice(n.end - paragraph.start, n.end - paragraph.start + 1);
      // A unit above the section's is a subject only where it opens a clause and acts (，某区将…), not as a source or a parent.
      const upper = (n: PlaceName) => n.name !== outer && /(?:^|[，,。；;])$/.test(before(n)) && /^[将已共累全先还积]/.test(after(n));
      const i = inParagraph.findIndex(
        (n) => n.start >= part.start && n.end <= figureAt && (lower(n) || upper(n)) && !VENUE_BEFORE.test(before(n)),
      );
      if (i < 0) return null;
      let k = i;
      while (inParagraph[k + 1]?.start === inParagraph[k]!.end && lower(inParagraph[k + 1]!)) k++;
      // 某镇甲村、乙村的45名: one figure of several villages goes to the town above them.
      const next = inParagraph[k + 1];
      const parent = inParagraph[k - 1];
      const joint = next && /^[、和及与]$/.test(paragraph.text.slice(inParagraph[k]!.end - paragraph.start, next.start - paragraph.start));
      if (joint && parent && parent.end === inParagraph[k]!.start) return parent.name;
      return inParagraph[k]!.name;
    };
    // 乙区97.6%: a clause that is a name and its figure, nothing else.
    const listedFigure = (clause: Paragraph) => {
      const opening = clause.start + (/^[\s\u3000]*(?:其中|分别为|分别是|依次为)?[:：]?/.exec(clause.text)?.[0].length ?? 0);
      const n = inParagraph.find((x) => x.start === opening && lower(x));
      return n && /^[\s\u3000]*(?:为|达|是|有)?[\s\u3000]*[\d.]+[%％]?\p{Script=Han}{0,2}[\s\u3000]*[，,、；;。]?$/u.test(clause.text.slice(n.end - clause.start)) ? n.name : null;
    };
    for (const sentence of sentencesOf(paragraph, SENTENCE_END)) {
      if (provinceUnnamed && outerRank > 1 && PROVINCE_SUBJECT.test(sentence.text.slice(0, Math.max(0, sentence.text.search(FIGURE))))) {
        spans.push({ unit: null, start: sentence.start, end: sentence.end });
        continue;
      }
      if (!/\d/.test(sentence.text)) {
        last = subjectOf(sentence) ?? last; // 某村老党员…。在他的带动下，本村又有5名…
        continue;
      }
      const unit: string | null = subjectOf(sentence) ?? (last && BACK_REFERENCE.test(sentence.text) ? last : null);
      // A list of subdivisions each with its own figure: 甲区99.2%、乙区97.6%.
      let at = sentence.start;
      for (const clause of sentencesOf(sentence, CLAUSE_END)) {
        const own = clause.start > sentence.start ? listedFigure(clause) : null;
        if (!own) continue;
        if (unit && clause.start > at) spans.push({ unit, start: at, end: clause.start });
        spans.push({ unit: own, start: clause.start, end: clause.end });
        at = clause.end;
      }
      if (unit && at < sentence.end) spans.push({ unit, start: at, end: sentence.end });
      last = unit ?? last;
    }
  }
  return spans;
}

/** The last of the names that follow each other from `at` (某镇某村 → 某村); their parent when a list of several follows (某镇甲村、乙村). */
function leadingChain(paragraph: Paragraph, names: PlaceName[], at: number): PlaceName | null {
  const chain: PlaceName[] = [];
  for (const n of names) {
    if (n.start !== (chain[chain.length - 1]?.end ?? at)) break;
    chain.push(n);
  }
  const last = chain[chain.length - 1];
  if (!last) return null;
  const next = names[names.indexOf(last) + 1];
  const joint = next && /^[、和及与]$/.test(paragraph.text.slice(last.end - paragraph.start, next.start - paragraph.start));
  return joint ? (chain[chain.length - 2] ?? null) : last;
}

function sentencesOf(paragraph: Paragraph, ends: RegExp): Paragraph[] {
  const sentences: Paragraph[] = [];
  let start = 0;
  for (const m of paragraph.text.matchAll(ends)) {
    sentences.push({ text: paragraph.text.slice(start, m.index! + 1), start: paragraph.start + start, end: paragraph.start + m.index! + 1 });
    start = m.index! + 1;
  }
  if (start < paragraph.text.length) sentences.push({ text: paragraph.text.slice(start), start: paragraph.start + start, end: paragraph.end });
  return sentences;
}
