/** A clause of a sentence: the window a rule's objects and verbs must stand in. */
export interface Clause {
  text: string;
  /** Offset of the clause in the whole text. */
  start: number;
}

export interface Sentence {
  text: string;
  start: number;
  clauses: Clause[];
}

/** What each UTF-16 code means to the splitter: a table, since this runs on every character of every file. */
const SENTENCE_END = 1;
const CLAUSE_BREAK = 2;
const COMMA = 3;
const ROLE = new Uint8Array(0x10000);
for (const ch of '。！？!?；;\n') ROLE[ch.charCodeAt(0)] = SENTENCE_END;
for (const ch of '，：:') ROLE[ch.charCodeAt(0)] = CLAUSE_BREAK;
ROLE[','.charCodeAt(0)] = COMMA;

/**
 * Splits text into sentences and clauses, keeping every offset. Scans character codes rather
 * than matching a regex: this runs on every sentence of every file, and match objects were a
 * large share of all the memory the pipeline allocated.
 *
 * With `holding` (a table of UTF-16 codes), only the sentences that hold one of its characters
 * are made: matching needs only those with a numeral, and most sentences have none.
 */
export function splitSentences(text: string, holding?: Uint8Array): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let holds = holding === undefined;
  for (let i = 0; i <= text.length; i++) {
    const code = text.charCodeAt(i);
    if (i < text.length && ROLE[code] !== SENTENCE_END) {
      if (!holds && holding![code]) holds = true;
      continue;
    }
    if (i > start && holds) sentences.push(toSentence(text.slice(start, i), start));
    start = i + 1;
    holds = holding === undefined;
  }
  return sentences;
}

function toSentence(text: string, start: number): Sentence {
  const clauses: Clause[] = [];
  let clauseStart = 0;
  let asideEnd = -1;
  for (let i = 0; i < text.length; i++) {
    // 现有党员58名（其中预备党员1名，女党员19名）: a breakdown in brackets stays in the clause of the total it breaks down.
    // So does a note on the figures' currency (5万元（人民币，下同）到…: see CURRENCY_NOTE).
    if (i > asideEnd && isOpeningBracket(text.charCodeAt(i)) && KEPT_IN_CLAUSE.test(text.slice(i + 1, i + 4))) asideEnd = closingBracketAfter(text, i);
    if (i < asideEnd || !isClauseBreak(text, i)) continue;
    clauses.push({ text: text.slice(clauseStart, i), start: start + clauseStart });
    clauseStart = i + 1;
  }
  clauses.push({ text: text.slice(clauseStart), start: start + clauseStart });
  return { text, start, clauses };
}

const isOpeningBracket = (code: number) => code === 0xff08 || code === 0x28;
/** The words a breakdown in brackets opens with (其中, 含, 女 …), for the splitter here and for match.ts's asides. */
export const BREAKDOWN_WORDS = '(?:其中|含|包括|女|男|预备|正式)';
const KEPT_IN_CLAUSE = new RegExp(`^(?:${BREAKDOWN_WORDS}|人民币|下同)`);
/** A note on the figures' currency, in brackets after the first (（人民币，下同）, （下同）): no part of what the clause says. */
export const CURRENCY_NOTE = /[（(](?:人民币[，,、]?下同|人民币|下同)[)）]/g;
/** The offset of the bracket closing the one at `open`, within the sentence; -1 where none does. */
function closingBracketAfter(text: string, open: number): number {
  const close = text.slice(open + 1).search(/[)）]/);
  return close < 0 ? -1 : open + 1 + close;
}

/**
 * A comma between digits with exactly three after it is a thousands separator, not a clause break
 * (1,289; ８，６００, as full-width text writes it); one after a word (万元,289户) is a break.
 */
function isClauseBreak(text: string, i: number): boolean {
  const role = ROLE[text.charCodeAt(i)];
  if (role !== COMMA && role !== CLAUSE_BREAK) return false;
  const grouping = isDigit(text, i - 1) && isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3) && !isDigit(text, i + 4);
  if (role === COMMA || text[i] === '，') return !grouping;
  // A label and its figure (新发展党员：2名, 走访群众: 320户, 疫苗接种：累计8.9万人次): one clause, as a table's row is.
  const after = firstAfterSpaces(text, i + 1);
  return !isDigit(text, after) && !LINK_BEFORE_DIGIT.test(text.slice(after, after + 4));
}

/** A word of totalling or a qualifier between a label's colon and its figure. */
const LINK_BEFORE_DIGIT = /^(?:累计|共计|合计|总计|共|约|达|近|超过|逾)\d/;

/** The offset of the first character at or after `from` that is no space. */
function firstAfterSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\u3000' || text[i] === '\t') i++;
  return i;
}

const isDigit = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
};

export interface Heading {
  text: string;
  start: number;
}

/** An enumerated heading opens its line: 一、 (二) （三） 3. 4、 第五, 其一. */
const ENUMERATED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]、?|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[,，、是]?)/;
const SHORT_LINE = 30;
const SENTENCE_END_MARK = /[。！？!?；;]/;
const DIGIT = /\d/;

/**
 * The headings of a text, in order: a line that opens with an enumeration, taken up to its first
 * sentence end, or a short line without one and without digits. Rules with `window: heading` see the last heading
 * before a sentence (软弱涣散 in "二、整顿软弱涣散党组织" carries over to the paragraphs below).
 */
export function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (ENUMERATED.test(line)) {
      const firstEnd = line.search(SENTENCE_END_MARK);
      headings.push({ text: firstEnd < 0 ? line : line.slice(0, firstEnd), start: lineStart });
    } else if (line.length <= SHORT_LINE && line.trim() && !SENTENCE_END_MARK.test(line) && !DIGIT.test(line)) {
      headings.push({ text: line, start: lineStart });
    }
    lineStart = lineEnd + 1;
  }
  return headings;
}
