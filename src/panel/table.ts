import { combine, wideColumns } from '../output/index.js';
import type { Record } from '../record.js';
import type { MetricSpec } from '../rules/index.js';

/** A file's records, as the panel takes them: files in the run's order, records in the file's. */
export interface ArticleRecords {
  file: string;
  records: Record[];
}

export type Cell = string | number | null;

export interface Table {
  header: string[];
  rows: Cell[][];
}

export interface Panel {
  /** One row per unit and year: the unit's coding, the number of articles, and per metric its value and number of records. */
  panel: Table;
  /** One row per record behind a cell where articles disagree. */
  conflicts: Table;
}

const UNIT_FIELDS = ['unit', 'unit_code', 'unit_level', 'unit_path', 'year'] as const;

export const CONFLICT_HEADER = ['unit', 'unit_code', 'year', 'metric', 'panel_value', 'file', 'file_value', 'value', 'qualifier', 'text', 'start', 'end', 'rule'];

interface Group {
  first: Record;
  files: Set<string>;
  /** Per column name, per file, the file's records of that column. */
  cells: Map<string, Map<string, Record[]>>;
}

/**
 * The panel: one row per unit (by `unit_code` when known, else by name) and year across all
 * articles; duplicate articles and parts (`part_of`) left out. A cell is built in two steps:
 *
 * 1. each article's value is its records combined by the metric's rule (the wide table's cell);
 * 2. articles giving the same value report one figure, counted once; when they give different
 *    values, the cell is the rule applied to those values (sum adds them, max takes the largest,
 *    first the earliest article's) and each record behind them is listed as a conflict.
 *
 * Rows come sorted: coded units by code, then units known by name only, then records without a
 * unit; within a unit by year, records without a year last.
 */
export function buildPanel(articles: ArticleRecords[], isDuplicate: (file: string) => boolean, metrics: MetricSpec[]): Panel {
  const columns = wideColumns(metrics);
  const groups = new Map<string, Group>();
  for (const { file, records } of articles) {
    if (isDuplicate(file)) continue;
    for (const record of records) {
      if (record.part_of !== null) continue;
      const key = groupKey(record);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { first: record, files: new Set(), cells: new Map() }));
      group.files.add(file);
      const column = columnName(record);
      const byFile = group.cells.get(column) ?? new Map<string, Record[]>();
      group.cells.set(column, byFile);
      const own = byFile.get(file) ?? [];
      byFile.set(file, own);
      own.push(record);
    }
  }
  const rows: Cell[][] = [];
  const conflicts: Cell[][] = [];
  for (const [, group] of [...groups].sort(([a], [b]) => compareKeys(a, b))) {
    const { first } = group;
    const cells = columns.flatMap(({ metric, measure, name }) => {
      const byFile = group.cells.get(metric.id + '\u0000' + measure);
      if (!byFile) return [null, 0];
      const fileValues = [...byFile].map(([file, records]) => ({ file, records, value: combine(records.map((r) => r.value), metric.combine) }));
      const distinct = [...new Set(fileValues.map((f) => f.value))];
      const value = combine(distinct, metric.combine);
      if (distinct.length > 1) {
        for (const f of fileValues) {
          for (const r of f.records) conflicts.push([first.unit, first.unit_code, first.year, name, value, f.file, f.value, r.value, r.qualifier, r.text, r.start, r.end, r.rule]);
        }
      }
      return [value, fileValues.reduce((n, f) => n + f.records.length, 0)];
    });
    rows.push([...UNIT_FIELDS.map((f) => first[f]), group.files.size, ...cells]);
  }
  return {
    panel: { header: [...UNIT_FIELDS, 'n_articles', ...columns.flatMap((c) => [c.name, `${c.name}_n`])], rows },
    conflicts: { header: CONFLICT_HEADER, rows: conflicts },
  };
}

const columnName = (record: Record) => record.metric + '\u0000' + record.measure;

/** Sorts as the rows should come: 0 coded, 1 named, 2 no unit; then the code or name; then the year, none last. */
function groupKey(record: Record): string {
  const unit = record.unit_code !== null ? `0${record.unit_code}` : record.unit !== null ? `1${record.unit}` : '2';
  const year = record.year === null ? '9999' : String(record.year).padStart(4, '0');
  return `${unit}\u0000${year}`;
}

const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
