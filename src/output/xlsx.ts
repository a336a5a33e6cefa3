import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type { stream as ExcelStream, Worksheet } from 'exceljs';
import type { FileOutcome } from '../batch/index.js';
import { RECORD_FIELDS, warningText } from '../result.js';
import type { MetricSpec } from '../rules/index.js';
import { panelCollector, panelSheets } from '../panel/index.js';
import { displayWidth, wideColumns, wideHeader, wideRows, type Sink } from './index.js';

type Cell = string | number | null | undefined;

/** Rows looked at to size a sheet's columns: the rows before them are held until then. */
const ROWS_FOR_WIDTHS = 2000;

/**
 * A workbook for spreadsheets, streamed with exceljs's WorkbookWriter: `records` (one row per
 * record), `table` (one row per file, unit and year), `panel` and `conflicts` (src/panel), `metrics` (the catalog of the active packs)
 * and `sources` (what was read, and how). Records are written as files come, so memory does not
 * grow with them; the table and sources rows wait as compact JSON until the records sheet is done,
 * because a streamed workbook writes its sheets one after another. Header rows are frozen and
 * filtered, columns sized to their first rows, numbers stored as numbers, missing values blank.
 */
export function xlsxWriter(sink: Sink, metrics: MetricSpec[]) {
  // exceljs is large and only this format needs it: loaded here, on first use.
  const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
  const bytes = new Writable({
    write: (chunk: Buffer, _encoding, done) => void sink.write(chunk).then(() => done(), done),
  });
  // A failed write (a full disk) ends the run at the next file, and the workbook is not waited for.
  let failure: Error | null = null;
  const finished = new Promise<void>((resolve, reject) => {
    bytes.once('finish', resolve);
    bytes.once('error', (error) => reject((failure = error)));
  });
  finished.catch(() => undefined);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: bytes, useStyles: true, useSharedStrings: false });
  workbook.creator = 'dangjian';
  const columns = wideColumns(metrics);
  const records = sheetWriter(workbook, 'records', [...RECORD_FIELDS]);
  const tableRows: string[] = [];
  const sourceRows: string[] = [];
  const panel = panelCollector(metrics);
  return {
    write(outcome: FileOutcome): void {
      if (failure) throw failure;
      const result = outcome.result;
      sourceRows.push(JSON.stringify(sourceRow(outcome)));
      panel.add(outcome);
      if (!result) return;
      for (const record of result.records) records.add(RECORD_FIELDS.map((f) => record[f]));
      for (const row of wideRows(result, columns)) tableRows.push(JSON.stringify(row));
    },
    async close(): Promise<void> {
      records.commit();
      const table = sheetWriter(workbook, 'table', wideHeader(columns));
      for (const row of tableRows.splice(0)) table.add(JSON.parse(row) as Cell[]);
      table.commit();
      for (const { name, header, rows } of panelSheets(panel.build())) {
        const sheet = sheetWriter(workbook, name, header);
        for (const row of rows) sheet.add(row as Cell[]);
        sheet.commit();
      }
      const catalog = sheetWriter(workbook, 'metrics', ['id', 'description', 'measure', 'combined by']);
      for (const m of metrics) catalog.add([m.id, m.description, Array.isArray(m.measure) ? m.measure.join(', ') : m.measure, m.combine]);
      catalog.commit();
      const sources = sheetWriter(workbook, 'sources', ['file', 'encoding', 'format', 'units', 'unit codes', 'years', 'records', 'warnings', 'errors']);
      for (const row of sourceRows.splice(0)) sources.add(JSON.parse(row) as Cell[]);
      sources.commit();
      await Promise.race([workbook.commit(), finished]);
      await finished;
    },
  };
}

function sourceRow(outcome: FileOutcome): Cell[] {
  const r = outcome.result;
  if (!r) return [outcome.file, null, null, null, null, null, 0, null, outcome.failure];
  const years = [...new Set(r.units.flatMap((u) => (u.year === null ? [] : [u.year])))].join(', ');
  const warnings = r.warnings.map(warningText).join('; ');
  const records = outcome.rendered?.records ?? r.records.length;
  return [r.file, r.encoding, r.format, r.units.map((u) => u.unit ?? '?').join(', '), r.units.some((u) => u.unit_code) ? r.units.map((u) => u.unit_code ?? '?').join(', ') : null, years, records, warnings, null];
}

/** A sheet written row by row: a bold, frozen, filtered header, and columns sized once the first rows are in. */
function sheetWriter(workbook: ExcelStream.xlsx.WorkbookWriter, name: string, header: string[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }) as unknown as Worksheet;
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  let held: Cell[][] | null = [];
  const flush = () => {
    if (!held) return;
    sheet.columns = header.map((title, i) => ({
      width: Math.min(60, Math.max(6, Math.max(displayWidth(title), ...held!.map((row) => displayWidth(String(row[i] ?? '')))) + 2)),
    }));
    const top = sheet.addRow(header);
    top.font = { bold: true };
    top.commit();
    for (const row of held) commitRow(row);
    held = null;
  };
  // An empty string or a missing value is a blank cell: no cell at all, so ISBLANK holds and =J2+1 is 1.
  const commitRow = (row: Cell[]) => sheet.addRow(row.map((cell) => (cell === '' || cell === null ? undefined : cell))).commit();
  return {
    add(row: Cell[]) {
      if (!held) return commitRow(row);
      held.push(row);
      if (held.length >= ROWS_FOR_WIDTHS) flush();
    },
    commit() {
      flush();
      sheet.commit();
    },
  };
}
