/**
 * From records to a panel: reposts found by their fingerprints, one row per unit and year across
 * articles, and the places where articles disagree.
 */
import { createRequire } from 'node:module';
import type { FileOutcome } from '../batch/index.js';
import { fileSink, stdoutSink, writeWhole, type Format } from '../output/index.js';
import type { FileResult } from '../result.js';
import type { MetricSpec } from '../rules/index.js';
import { buildPanel, type ArticleRecords, type Panel, type Table } from './table.js';

export { DUPLICATE_THRESHOLD, findDuplicates } from './duplicates.js';
export { duplicateMarker } from './mark.js';
export { fingerprint } from './fingerprint.js';
export { buildPanel, type ArticleRecords, type Panel, type Table } from './table.js';

/** The panel of a run's results, in the run's order, with the duplicates the run marked. */
export function panelOfResults(results: Pick<FileResult, 'file' | 'records' | 'duplicate_of'>[], metrics: MetricSpec[]): Panel {
  const copies = new Set(results.filter((r) => r.duplicate_of !== null).map((r) => r.file));
  return buildPanel(results, (file) => copies.has(file), metrics);
}

/**
 * Collects a run's records for the panel, which needs them all before it is written: only what
 * the panel reads is kept of each file (not its warnings, units or fingerprint).
 */
export function panelCollector(metrics: MetricSpec[]) {
  const results: Pick<FileResult, 'file' | 'records' | 'duplicate_of'>[] = [];
  return {
    add(outcome: FileOutcome) {
      const result = outcome.result;
      if (result) results.push({ file: result.file, records: result.records, duplicate_of: result.duplicate_of });
    },
    build: () => panelOfResults(results, metrics),
  };
}

/** The workbook's `panel` and `conflicts` sheets. */
export function panelSheets({ panel, conflicts }: Panel): { name: string; header: string[]; rows: unknown[][] }[] {
  return [
    { name: 'panel', ...panel },
    { name: 'conflicts', ...conflicts },
  ];
}

export interface PanelOutput {
  format: Exclude<Format, 'xlsx'>;
  /** CSV starts with a UTF-8 byte-order mark. */
  bom?: boolean;
  /** Where the panel goes; standard output without one. */
  out?: string;
  /** Where the conflicts go, as CSV. */
  conflicts?: string;
}

/** Writes the panel (and the conflicts, when asked), each file whole or not at all. */
export async function writePanel(panel: Panel, output: PanelOutput): Promise<void> {
  if (output.conflicts) await writeWhole(output.conflicts, tableText(panel.conflicts, 'csv', output.bom));
  const sink = output.out ? fileSink(output.out) : stdoutSink();
  try {
    await sink.write(tableText(panel.panel, output.format, output.bom));
    await sink.commit();
  } catch (error) {
    await sink.abort();
    throw error;
  }
}

/** A table as CSV (empty cells for null), a JSON array of objects, or JSON lines. */
export function tableText({ header, rows }: Table, format: PanelOutput['format'], bom = false): string {
  if (format === 'csv') return (bom ? '\uFEFF' : '') + csvRows([header, ...rows.map((row) => row.map((cell) => cell ?? ''))]);
  const objects = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  if (format === 'json') return JSON.stringify(objects, null, 2) + '\n';
  return objects.map((o) => JSON.stringify(o) + '\n').join('');
}

const require = createRequire(import.meta.url);
const csvRows = (rows: unknown[][]) =>
  (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify(rows, { cast: { number: (n) => String(n) } });
