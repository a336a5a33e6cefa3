import { createRequire } from 'node:module';
import type { Workbook } from 'exceljs';
import type { FileOutcome } from '../batch/index.js';
import { RECORD_FIELDS, warningText, type FileResult } from '../result.js';
import type { MetricSpec } from '../rules/index.js';
import { panelSheets } from '../panel/index.js';
import { displayWidth, wideColumns, wideHeader, wideRows } from './index.js';

/**
 * A workbook for spreadsheets: `records` (one row per record), `table` (one row per file, unit and
 * year), `panel` and `conflicts` (src/panel), `metrics` (the catalog of the active packs) and
 * `sources` (what was read, and how). Header
 * rows are frozen, columns sized to their content, numbers stored as numbers.
 */
export async function xlsxWorkbook(outcomes: FileOutcome[], metrics: MetricSpec[]): Promise<Buffer> {
  // exceljs is large and only this format needs it: loaded here, on first use.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'dangjian';
  const results = outcomes.flatMap((o) => (o.result ? [o.result] : []));
  const columns = wideColumns(metrics);

  addSheet(workbook, 'records', [...RECORD_FIELDS], results.flatMap((r) => r.records.map((record) => RECORD_FIELDS.map((f) => record[f]))));
  addSheet(workbook, 'table', wideHeader(columns), results.flatMap((r) => wideRows(r, columns)));
  for (const sheet of panelSheets(results, metrics)) addSheet(workbook, sheet.name, sheet.header, sheet.rows);
  addSheet(
    workbook,
    'metrics',
    ['id', 'description', 'measure', 'combined by'],
    metrics.map((m) => [m.id, m.description, Array.isArray(m.measure) ? m.measure.join(', ') : m.measure, m.combine]),
  );
  addSheet(workbook, 'sources', ['file', 'encoding', 'format', 'units', 'unit codes', 'years', 'records', 'warnings', 'errors'], outcomes.map(sourceRow));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sourceRow(outcome: FileOutcome): unknown[] {
  const r: FileResult | undefined = outcome.result;
  if (!r) return [outcome.file, '', '', '', '', '', 0, '', outcome.failure];
  const years = [...new Set(r.units.map((u) => u.year ?? 'none'))].join(', ');
  const warnings = r.warnings.map(warningText).join('; ');
  return [r.file, r.encoding, r.format, r.units.map((u) => u.unit ?? '?').join(', '), r.units.map((u) => u.unit_code ?? '').join(', '), years, r.records.length, warnings, ''];
}

function addSheet(workbook: Workbook, name: string, header: string[], rows: unknown[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === null || cell === undefined ? '' : cell)));
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(displayWidth(header[i] ?? ''), ...rows.slice(0, 2000).map((row) => displayWidth(String(row[i] ?? ''))));
    column.width = Math.min(60, Math.max(6, widest + 2));
  });
}
