import type { Segmenter } from '../segment/index.js';
import { matchSentence, type Match, type RuleIndex } from './match.js';

/**
 * Tables written as text: a header line whose columns name a metric and its measure in brackets
 * (发展党员（名）, 村级集体经济收入（万元）), then rows of a name and figures, the columns apart by
 * tabs, bars or two spaces and more. Each figure is read as its column's label, the figure and the
 * measure written together (发展党员2名); the evidence runs from the row's start to the figure. A table
 * of years (项目  2021年  2022年, then rows such as 发展党员（名）  31  27) gives each figure its
 * row's metric and its column's year; so does a table whose rows are years (年度  发展党员（名） …, then
 * rows such as 2022  12 …), each figure in its row's year. A first column of ranks (排名, 序号) is
 * no part of a row.
 */
export function tableMatches(index: RuleIndex, text: string, segmenter: Segmenter): Match[] {
  if (!TABLE_HINT.test(text)) return [];
  const matches: Match[] = [];
  let header: Column[] | null = null;
  let years: number[] | null = null;
  let lineStart = 0;
  let ranked = false;
  for (const line of text.split('\n')) {
    const all = cellsOf(line, lineStart);
    const cells = ranked && all.length > 1 && RANK.test(all[0]!.text) ? all.slice(1) : all;
    const rowStart = lineStart + (line.length - line.trimStart().length);
    const rowYear = header && YEAR_LABEL.test(header[0]!.label) ? YEAR_COLUMN.exec(cells[0]?.text ?? '') : null;
    if (header && (isRow(cells, header) || (rowYear && isYearOfRow(cells, header)))) {
      for (const [k, cell] of cells.entries()) {
        const column = header[k];
        if (k === 0 || !column || !(column.measure ? FIGURE.test(cell.text) : MEASURED_FIGURE.test(cell.text))) continue;
        const match = readCell(index, segmenter, column, cell, rowStart);
        // 年度  发展党员（名） / 2022  12: the row's year is its figures'.
        if (match) matches.push(rowYear ? { ...match, year: Number(rowYear[1]) } : match);
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
      // 排名  村名  集体经济收入（万元）…: the ranks' column goes, from the header and from each row.
      ranked = all.length > 3 && RANK_LABEL.test(all[0]!.text);
      header = headerOf(ranked ? all.slice(1) : all);
      years = yearsOf(all);
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
/** A text holds a table only where a bracketed measure closes a column's label, or a figure with its measure stands in a column. */
const TABLE_HINT = new RegExp(`[（(](?:${MEASURES})[)）]|\\d(?:${MEASURES})(?:\\t|[ \\u3000]{2,})\\d`);
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

/**
 * A header: three columns or more, most of them labels, at least one with its measure in brackets;
 * or all of them short labels, where the rows write each figure with its measure (286名  4名  126件).
 */
function headerOf(cells: Cell[]): Column[] | null {
  if (cells.length < 3 || cells.some((c) => FIGURE.test(c.text))) return null;
  const columns = cells.map((c) => labelled(c.text));
  return columns.some((c) => c.measure) || cells.every((c) => SHORT_LABEL.test(c.text)) ? columns : null;
}
const SHORT_LABEL = /^[\p{Script=Han}“”"]{1,8}$/u;
/** A cell's figure written with its measure, under a header that gives none: 286名, 126件, 100%. */
const MEASURED_FIGURE = new RegExp(`^\\d+(?:\\.\\d+)?(?:余|多)?(?:${MEASURES})$`);

/** A label and the measure it gives in brackets: 发展党员（名）. */
function labelled(text: string): Column {
  const m = MEASURE_IN_BRACKETS.exec(text);
  const label = m ? text.slice(0, m.index) : text;
  // A column of 党员 (名) counts the members each row's unit has: its stock, as 党员数 says.
  return { label: STOCK_OF_MEMBERS.test(label) ? '党员数' : label, measure: m ? m[1]!.replace('％', '%') : null };
}
const STOCK_OF_MEMBERS = /^(?:党员|党员数)$/;

const YEAR_COLUMN = /^((?:19|20)\d{2})年?度?$/;
/** A header's first column over rows of years (each row's year a cell like a column of years: YEAR_COLUMN). */
const YEAR_LABEL = /^(?:年度|年份|年)$/;
/** A first column of ranks or serial numbers: its label, and a row's rank. */
const RANK_LABEL = /^(?:排名|序号|名次|编号|排序)$/;
const RANK = /^\d{1,3}$/;

/** As many cells as the header has columns, or one fewer (a last text column may be empty). */
const fitsHeader = (cells: Cell[], header: Column[]) => cells.length >= header.length - 1 && cells.length <= header.length;

/** A row of a table of years: its year, then figures for as many columns as the header (a last text column may be empty). */
const isYearOfRow = (cells: Cell[], header: Column[]) => fitsHeader(cells, header) && cells.slice(1).some((c) => FIGURE.test(c.text));

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
  if (cells.length < 2 || !fitsHeader(cells, header)) return false;
  const measured = header.some((c) => c.measure);
  return !FIGURE.test(cells[0]!.text) && cells.slice(1).some((c) => (measured ? FIGURE : MEASURED_FIGURE).test(c.text));
}

function readCell(index: RuleIndex, segmenter: Segmenter, column: Column, cell: Cell, rowStart: number): Match | null {
  const figure = column.measure ? cell.text.replace(/%$/, '') : cell.text;
  const digits = /^[\d.]+/.exec(figure)![0];
  const text = `${column.label}${figure}${column.measure ?? ''}`;
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
