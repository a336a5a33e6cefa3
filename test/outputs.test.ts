import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from './helpers.js';

const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
const run = (...args: string[]) => spawnSync(path.join(ROOT, 'bin/dangjian'), args, { cwd: ROOT, encoding: 'utf8' });

describe('spreadsheet outputs', { timeout: 30_000 }, () => {
  it('writes CSV with a byte-order mark for Excel, quoting per RFC 4180', () => {
    const csv = run('extract', 'fixtures/articles/000_28415ed022daa7ed.txt', '--format', 'csv', '--excel', '--quiet').stdout;
    expect(csv.startsWith('\uFEFFfile,unit,year,')).toBe(true);
    expect(csv).toContain(',"20余项民生""痛点",');
    expect(run('extract', 'fixtures/articles', '--format', 'csv', '--shape', 'wide', '--bom', '--quiet').stdout.startsWith('\uFEFFfile,unit,year,branches_established,')).toBe(true);
  });

  it('writes a workbook with records, table, metrics and sources sheets', async () => {
    const out = path.join(tempDir(), 'results.xlsx');
    expect(run('extract', 'fixtures/articles', 'fixtures/messy/empty.txt', '--format', 'xlsx', '--out', out, '--quiet').status).toBe(1);
    const workbook = new ExcelJS.Workbook();
    const bytes = readFileSync(out);
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['records', 'table', 'metrics', 'sources']);

    const records = workbook.getWorksheet('records')!;
    expect(records.rowCount).toBe(118);
    expect(records.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(records.getRow(1).getCell(5).value).toBe('value');
    const first = records.getRow(2);
    expect(first.getCell(2).value).toBe('泰山路街道');
    expect(typeof first.getCell(5).value).toBe('number');
    expect(typeof first.getCell(3).value).toBe('number');
    expect(records.getColumn(9).width).toBeGreaterThan(10);

    const table = workbook.getWorksheet('table')!;
    expect(table.rowCount).toBe(14);
    expect(table.getRow(2).getCell(4).value).toBe(78);

    const metrics = workbook.getWorksheet('metrics')!;
    expect(metrics.rowCount).toBe(32);
    expect(metrics.getRow(1).values).toEqual([undefined, 'id', 'description', 'measure', 'combined by']);

    const sources = workbook.getWorksheet('sources')!;
    expect(sources.rowCount).toBe(7);
    const empty = sources.getRow(7);
    expect(empty.getCell(1).value).toBe('fixtures/messy/empty.txt');
    expect(empty.getCell(8).value).toBe('empty file');
  });

  it('refuses xlsx without --out', () => {
    const result = run('extract', 'fixtures/articles', '--format', 'xlsx');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/give --out/);
  });
});
