import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import { RECORD_FIELDS, type FileResult, type Record } from '../record.js';
import type { MetricSpec } from '../rules/index.js';

export const FORMATS = ['jsonl', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
export const SHAPES = ['long', 'wide'] as const;
export type Shape = (typeof SHAPES)[number];

export interface OutputOptions {
  format: Format;
  shape: Shape;
  /** The active metrics, in catalog order: the wide table's columns. */
  metrics: MetricSpec[];
}

/** Renders the records of every file in the requested format. */
export function render(results: FileResult[], options: OutputOptions): string {
  const records = results.flatMap((r) => r.records);
  if (options.shape === 'wide') return renderCsvRows(wideTable(results, options.metrics));
  if (options.format === 'json') return JSON.stringify(records, null, 2) + '\n';
  if (options.format === 'csv') return renderCsvRows([RECORD_FIELDS, ...records.map((r) => RECORD_FIELDS.map((f) => r[f]))]);
  return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}

function renderCsvRows(rows: unknown[][]): string {
  return stringify(rows, { cast: { number: (n) => String(n) } });
}

/**
 * One row per file, unit and year; one column per metric (per metric and measure where a metric
 * has several measures), combined as the metric declares (sum, max or first), and a `_n` column
 * telling how many records went into it.
 */
export function wideTable(results: FileResult[], metrics: MetricSpec[]): unknown[][] {
  const columns = metrics.flatMap((m) =>
    Array.isArray(m.measure) ? m.measure.map((measure) => ({ metric: m, measure, name: `${m.id}.${measure}` })) : [{ metric: m, measure: m.measure, name: m.id }],
  );
  const rows: unknown[][] = [['file', 'unit', 'year', ...columns.flatMap((c) => [c.name, `${c.name}_n`])]];
  for (const result of results) {
    for (const { unit, year } of result.units) {
      const own = result.records.filter((r) => r.unit === unit && r.year === year);
      const cells = columns.flatMap(({ metric, measure }) => {
        const values = own.filter((r) => r.metric === metric.id && r.measure === measure).map((r) => r.value);
        return [values.length ? combine(values, metric.combine) : '', values.length];
      });
      rows.push([result.file, unit ?? '', year ?? '', ...cells]);
    }
  }
  return rows;
}

function combine(values: number[], how: MetricSpec['combine']): number {
  if (how === 'max') return Math.max(...values);
  if (how === 'first') return values[0]!;
  return values.reduce((a, b) => a + b, 0);
}

/** Writes a file whole or not at all: a temporary file beside it, renamed when complete. */
export async function writeWhole(file: string, content: string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

export type { Record };
