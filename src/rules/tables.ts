import type { Segmenter } from '../segment/index.js';
import { matchSentence, type Match, type RuleIndex } from './match.js';

/**
 * Tables written as text: a header line whose columns name a metric and its measure in brackets
 * (发展党员（名）, 村级集体经济收入（万元）), then rows of a name and figures, the columns apart by
 * tabs, bars or two spaces and more. Each figure is read as its column's label, the figure and the
 * measure written together (发展党员2名); the evidence runs from the row's start to the figure.
 */
export function tableMatches(index: RuleIndex, text: string, segmenter: Segmenter): Match[] {
  if (!TABLE_HINT.test(text)) return [];
  const matches: Match[] = [];
  let header: Column[] | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line, lineStart);
    if (header && isRow(cells, header)) {
      for (const [k, cell] of cells.entries()) {
        const column = header[k];
        if (k === 0 || !column?.measure || !FIGURE.test(cell.text)) continue;
        const match = readCell(index, segmenter, column, cell, lineStart + (line.length - line.trimStart().length));
        if (match) matches.push(match);
      }
    } else {
      header = headerOf(cells);
    }
    lineStart += line.length + 1;
  }
  return matches;
}

interface Cell {
  text: string;
  start: number;
}

interface Column {
  label: string;
  /** The measure word the header gives in brackets (名, 个, 万元, %), if any. */
  measure: string | null;
}

/** The measures a column's label may give in brackets. */
const MEASURES = '名|人|个|户|次|场|场次|人次|支|件|条|期|元|万元|亿元|%|％';
/** A text holds a table only where a bracketed measure closes a column's label. */
const TABLE_HINT = new RegExp(`[（(](?:${MEASURES})[)）]`);
const MEASURE_IN_BRACKETS = new RegExp(`[（(](${MEASURES})[)）]$`);
const SEPARATOR = /\t+|[ \u3000]{2,}|\s*[|｜]\s*/;
const FIGURE = /^\d+(?:\.\d+)?%?$/;

function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  const trimmed = line.trimStart();
  let offset = lineStart + line.length - trimmed.length;
  for (const part of trimmed.split(SEPARATOR)) {
    const at = line.indexOf(part, offset - lineStart);
    if (part) cells.push({ text: part, start: lineStart + at });
    offset = lineStart + at + part.length;
  }
  return cells;
}

/** A header: three columns or more, most of them labels, at least one with its measure in brackets. */
function headerOf(cells: Cell[]): Column[] | null {
  if (cells.length < 3 || cells.some((c) => FIGURE.test(c.text))) return null;
  const columns = cells.map((c) => {
    const m = MEASURE_IN_BRACKETS.exec(c.text);
    return { label: m ? c.text.slice(0, m.index) : c.text, measure: m ? m[1]!.replace('％', '%') : null };
  });
  return columns.some((c) => c.measure) ? columns : null;
}

/** A row: a name first, then as many columns as the header (a last text column may be empty), figures among them. */
function isRow(cells: Cell[], header: Column[]): boolean {
  if (cells.length < 2 || cells.length > header.length || cells.length < header.length - 1) return false;
  return !FIGURE.test(cells[0]!.text) && cells.slice(1).some((c) => FIGURE.test(c.text));
}

function readCell(index: RuleIndex, segmenter: Segmenter, column: Column, cell: Cell, rowStart: number): Match | null {
  const figure = cell.text.replace(/%$/, '');
  const text = `${column.label}${figure}${column.measure!}`;
  const sentence = { text, start: 0, clauses: [{ text, start: 0 }] };
  const match = matchSentence(index, sentence, segmenter).find((m) => m.quantity.end === text.length);
  if (!match) return null;
  const q = match.quantity;
  const start = cell.start;
  return {
    rule: match.rule,
    partOf: null,
    quantity: { ...q, start, end: start + cell.text.length, numberStart: start, numberEnd: start + figure.length },
    evidence: { start: rowStart, end: start + cell.text.length },
  };
}
