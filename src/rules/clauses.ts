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

const SENTENCE_ENDS = new Set([...'。！？!?；;\n'].map((ch) => ch.charCodeAt(0)));
const CLAUSE_BREAKS = new Set([...'，：:'].map((ch) => ch.charCodeAt(0)));
const COMMA = ','.charCodeAt(0);

/**
 * Splits text into sentences and clauses, keeping every offset. Scans character codes rather
 * than matching a regex: this runs on every sentence of every file, and match objects were a
 * large share of all the memory the pipeline allocated.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_ENDS.has(text.charCodeAt(i))) continue;
    if (i > start) sentences.push(toSentence(text.slice(start, i), start));
    start = i + 1;
  }
  return sentences;
}

function toSentence(text: string, start: number): Sentence {
  const clauses: Clause[] = [];
  let clauseStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isClauseBreak(text, i)) continue;
    clauses.push({ text: text.slice(clauseStart, i), start: start + clauseStart });
    clauseStart = i + 1;
  }
  clauses.push({ text: text.slice(clauseStart), start: start + clauseStart });
  return { text, start, clauses };
}

/** An ASCII comma between digits with exactly three after it is a thousands separator, not a clause break. */
function isClauseBreak(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (CLAUSE_BREAKS.has(code)) return true;
  if (code !== COMMA) return false;
  return !(isDigit(text, i + 1) && isDigit(text, i + 2) && isDigit(text, i + 3) && !isDigit(text, i + 4));
}

const isDigit = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
};
