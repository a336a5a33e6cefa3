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

const SENTENCE_END = /[。！？!?；;\n]/g;
// An ASCII comma between digits with exactly three after it is a thousands separator, not a clause break.
const CLAUSE_BREAK = /[，：:]|,(?!\d{3}(?!\d))/g;

/** Splits text into sentences and clauses, keeping every offset. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index! > start) sentences.push(toSentence(text.slice(start, m.index), start));
    start = m.index! + 1;
  }
  if (text.length > start) sentences.push(toSentence(text.slice(start), start));
  return sentences;
}

function toSentence(text: string, start: number): Sentence {
  const clauses: Clause[] = [];
  let clauseStart = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    clauses.push({ text: text.slice(clauseStart, m.index), start: start + clauseStart });
    clauseStart = m.index! + 1;
  }
  clauses.push({ text: text.slice(clauseStart), start: start + clauseStart });
  return { text, start, clauses };
}
