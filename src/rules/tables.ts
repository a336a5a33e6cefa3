import type { Segmenter } from '../segment/index.js';
import { matchSentence, type Match, type RuleIndex } from './match.js';

/**
 * Tables written as text: a header line whose columns name a metric and its measure in brackets
 * (发展党员（名）, 村级集体经济收入（万元）), then rows of a name and figures, the columns apart by
 * tabs, bars or two spaces and more. Each figure is read as its column's label, the figure and the
 * measure written together (发展党员2名); the evidence runs from the row's start to the figure. A table
 * of years (项目  2021年  2022年, then rows such as 发展党员（名）  31  27) gives each figure its
 * row's metric and its column's year.
 */
export function tableMatches(index: RuleIndex, text: string, segmenter: Segmenter): Match[] {
  if (!TABLE_HINT.test(text)) return [];
  const matches: Match[] = [];
  let header: Column[] | null = null;
  let years: number[] | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const cells = cellsOf(line, lineStart);
    const rowStart = lineStart + (line.length - line.trimStart().length);
    if (header && isRow(cells, header)) {
      for (const [k, cell] of cells.entries()) {
        const column = header[k];
        if (k === 0 || !column?.measure || !FIGURE.test(cell.text)) continue;
        const match = readCell(index, segmenter, column, cell, rowStart);
        if (match) matches.push(match);
      }
    } else if (years && isYearRow(cells, years)) {
      // 项目  2021年  2022年 / 发展党员（名）  31  27: each figure is its row's metric in its column's year.
      const [label, ...figures] = cells;
      const column = labelled(label!.text);
      figures.forEach((cell, k) => {
        const match = readCell(index, segmenter, column, cell, rowStart);
        if (match) matches.push({ ...match, year: years![k]! });
      });
    } else {
      header = headerOf(cells);
      years = yearsOf(cells);
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
/** A cell's figure: digits, a percent sign, or 余/多 after them (740余). */
const FIGURE = /^\d+(?:\.\d+)?(?:%|余|多)?$/;

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
  const columns = cells.map((c) => labelled(c.text));
  return columns.some((c) => c.measure) ? columns : null;
}

/** A label and the measure it gives in brackets: 发展党员（名）. */
function labelled(text: string): Column {
  const m = MEASURE_IN_BRACKETS.exec(text);
  return { label: m ? text.slice(0, m.index) : text, measure: m ? m[1]!.replace('％', '%') : null };
}

const YEAR_COLUMN = /^((?:19|20)\d{2})年?度?$/;

/** A header of years: a first column, then two years or more (项目  2019年  2020年  2021年). */
function yearsOf(cells: Cell[]): number[] | null {
  if (cells.length < 3 || !cells.slice(1).every((c) => YEAR_COLUMN.test(c.text))) return null;
  return cells.slice(1).map((c) => Number(YEAR_COLUMN.exec(c.text)![1]));
}

/** A row under a header of years: a label with its measure in brackets, then a figure for each year. */
const isYearRow = (cells: Cell[], years: number[]) =>
  cells.length === years.length + 1 && MEASURE_IN_BRACKETS.test(cells[0]!.text) && cells.slice(1).every((c) => FIGURE.test(c.text));

/** A row: a name first, then as many columns as the header (a last text column may be empty), figures among them. */
function isRow(cells: Cell[], header: Column[]): boolean {
  if (cells.length < 2 || cells.length > header.length || cells.length < header.length - 1) return false;
  return !FIGURE.test(cells[0]!.text) && cells.slice(1).some((c) => FIGURE.test(c.text));
}

function readCell(index: RuleIndex, segmenter: Segmenter, column: Column, cell: Cell, rowStart: number): Match | null {
  const figure = cell.text.replace(/%$/, '');
  const digits = figure.replace(/[余多]$/, '');
  const text = `${column.label}${figure}${column.measure!}`;
  const sentence = { text, start: 0, clauses: [{ text, start: 0 }] };
  const match = matchSentence(index, sentence, segmenter).find((m) => m.quantity.end === text.length);
  if (!match) return null;
  const q = match.quantity;
  const start = cell.start;
  return {
    rule: match.rule,
    partOf: null,
    quantity: { ...q, start, end: start + cell.text.length, numberStart: start, numberEnd: start + digits.length },
    evidence: { start: rowStart, end: start + cell.text.length },
  };
}
